'use client';

import { useId } from 'react';
import type { ChecklistItem } from '@/lib/drafter';

const HINTS: Record<ChecklistItem['id'], string> = {
  claim: 'Say the headline’s claim in the first half.',
  situation: 'Name the problem the slide describes.',
  action: 'Say what you will do.',
  number: 'Say one of the outcome’s numbers.',
  ask: 'Ask for the decision directly.',
};

/** The five things a pitch must carry, ticking as the text covers each (with words, not colour alone). */
export function PitchChecklist({ items }: { items: ChecklistItem[] }) {
  const done = items.filter((i) => i.done).length;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 p-3 dark:border-slate-800">
      <h3 id={headingId} className="text-sm font-semibold">
        Checklist <span className="font-normal text-slate-600 dark:text-slate-400">({done} of {items.length})</span>
      </h3>
      <ul className="mt-2 grid gap-1.5 @md:grid-cols-2">
        {items.map((item) => (
          <li key={item.id} className="flex items-start gap-2 text-sm" data-checklist={item.id} data-done={item.done}>
            <span
              aria-hidden="true"
              className={`mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ${
                item.done
                  ? 'bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950'
                  : 'border border-slate-400 text-transparent dark:border-slate-500'
              }`}
            >
              ✓
            </span>
            <span>
              <span className="font-medium">{item.label}</span>
              <span className="sr-only">{item.done ? ': done' : ': not yet'}</span>
              {item.done ? null : <span className="block text-xs text-slate-600 dark:text-slate-400">{HINTS[item.id]}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
