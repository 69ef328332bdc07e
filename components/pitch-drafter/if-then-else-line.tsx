'use client';

import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { ifThenElseSentence } from '@/lib/drafter';
import type { PitchFile } from '@/lib/pitch/schema';
import { buttonStyles } from '@/components/ui/button-styles';

/** The If / Then / Else sentence built from the trace, offered for the pitch. */
export function IfThenElseLine({ onAdd }: { onAdd: (sentence: string) => void }) {
  const trace = useWatch<PitchFile, 'trace'>({ name: 'trace' });
  const sentence = ifThenElseSentence(trace);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        If / Then / Else
      </h3>
      {sentence ? (
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
          <p className="min-w-0 flex-1 rounded-lg border-l-4 border-indigo-300 bg-indigo-50 px-3 py-2 text-sm dark:border-indigo-700 dark:bg-indigo-950/40">
            {sentence}
          </p>
          <button type="button" className={buttonStyles.secondary} onClick={() => onAdd(sentence)} aria-label="Add to pitch: If / Then / Else">
            Add to pitch
          </button>
        </div>
      ) : (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Fill in If and Then in the Trace step to get a line that makes the stakes plain.
        </p>
      )}
    </section>
  );
}
