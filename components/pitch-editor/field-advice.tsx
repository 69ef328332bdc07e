'use client';

import { useState } from 'react';
import type { Finding } from '@/lib/advice';
import {
  MarkedAcronymsNotice,
  MarkKnownAcronymsButton,
  type MarkedAcronyms,
} from '@/components/ui/known-acronyms';

const tone: Record<Finding['severity'], string> = {
  error:
    'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100',
  tip: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/50 dark:text-sky-100',
};
const label: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Advice',
  tip: 'Tip',
};

/**
 * The advice that concerns one field, shown right under it as the user types. An `acronyms`
 * finding offers to mark its acronyms as known to this audience (confirmed, with Undo, below).
 */
export function FieldAdvice({ id, findings }: { id?: string; findings: Finding[] }) {
  const [marked, setMarked] = useState<MarkedAcronyms | null>(null);
  return (
    <>
      {findings.length > 0 ? (
        <ul id={id} className="mt-1.5 grid gap-1" aria-live="polite">
          {findings.map((f, i) => (
            <li
              key={`${f.rule}-${i}`}
              className={`rounded-md border px-2.5 py-1.5 text-sm ${tone[f.severity]}`}
              data-rule={f.rule}
            >
              <span className="font-semibold">{label[f.severity]}:</span> {f.message}
              {f.rule === 'acronyms' ? (
                <MarkKnownAcronymsButton field={f.field} onMarked={setMarked} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <MarkedAcronymsNotice marked={marked} onClear={() => setMarked(null)} />
    </>
  );
}
