'use client';

import { useState } from 'react';
import type { Finding } from '@/lib/advice';
import {
  MarkedAcronymsNotice,
  MarkKnownAcronymsButton,
  type MarkedAcronyms,
} from '@/components/ui/known-acronyms';

const LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Advice',
  tip: 'Tip',
};
const TONE: Record<Finding['severity'], string> = {
  error:
    'border-rose-300 bg-rose-50 text-rose-950 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100',
  tip: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/50 dark:text-sky-100',
};

interface PitchAdviceListProps {
  id: string;
  findings: Finding[];
  /** The text the findings' offsets refer to; quoted words come from it. */
  text: string;
  /** Selects the words in the editor so the user can fix them. */
  onShow: (start: number, end: number) => void;
}

/**
 * The pitch rules' advice, each with the words concerned quoted; a quote selects them in the text.
 * An `acronyms` finding offers to mark its acronyms as known to this audience (confirmed, with Undo, below).
 */
export function PitchAdviceList({ id, findings, text, onShow }: PitchAdviceListProps) {
  const [marked, setMarked] = useState<MarkedAcronyms | null>(null);
  return (
    <>
      <ul id={id} aria-live="polite" className="grid gap-1.5 empty:hidden">
        {findings.map((f, i) => {
          const words =
            f.start !== undefined && f.end !== undefined && f.end <= text.length
              ? text.slice(f.start, f.end)
              : '';
          return (
            <li
              key={`${f.rule}-${f.start ?? i}`}
              data-rule={f.rule}
              className={`rounded-md border px-2.5 py-1.5 text-sm ${TONE[f.severity]}`}
            >
              <span className="font-semibold">{LABEL[f.severity]}:</span>{' '}
              {words ? (
                <>
                  <button
                    type="button"
                    className="rounded font-semibold underline decoration-2 underline-offset-2 focus-visible:outline-3 focus-visible:outline-indigo-500"
                    onClick={() => onShow(f.start!, f.end!)}
                    aria-label={`Select “${words}” in the pitch`}
                  >
                    “{words}”
                  </button>{' '}
                  —{' '}
                </>
              ) : null}
              {f.message}
              {f.rule === 'acronyms' ? (
                <MarkKnownAcronymsButton field={f.field} onMarked={setMarked} />
              ) : null}
            </li>
          );
        })}
      </ul>
      <MarkedAcronymsNotice marked={marked} onClear={() => setMarked(null)} />
    </>
  );
}
