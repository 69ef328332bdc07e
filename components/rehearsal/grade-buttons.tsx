'use client';

import { formatInterval, GRADE_LABELS, GRADES, type GradeName } from '@/lib/rehearsal';

const TONE: Record<GradeName, string> = {
  again: 'border-rose-300 bg-rose-50 text-rose-900 hover:bg-rose-100 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100 dark:hover:bg-rose-900',
  hard: 'border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900',
  good: 'border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100 dark:hover:bg-emerald-900',
  easy: 'border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900',
};

/** Again / Hard / Good / Easy, each with when the card comes back; keys 1–4 do the same. */
export function GradeButtons({
  intervals,
  onGrade,
  suggested,
}: {
  intervals: Record<GradeName, number>;
  onGrade: (grade: GradeName) => void;
  suggested?: GradeName;
}) {
  return (
    <div role="group" aria-label="How well did you remember it?" className="grid grid-cols-4 gap-2">
      {GRADES.map((grade, i) => (
        <button
          key={grade}
          type="button"
          onClick={() => onGrade(grade)}
          aria-keyshortcuts={String(i + 1)}
          aria-label={`${GRADE_LABELS[grade]}, next in ${formatInterval(intervals[grade])}${suggested === grade ? ' (suggested)' : ''}`}
          className={`flex min-h-14 flex-col items-center justify-center rounded-xl border px-1 py-2 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 ${TONE[grade]} ${suggested === grade ? 'ring-3 ring-indigo-500 ring-offset-2 dark:ring-offset-slate-900' : ''}`}
        >
          <span>{GRADE_LABELS[grade]}</span>
          <span className="text-xs font-normal opacity-80">{formatInterval(intervals[grade], { short: true })}</span>
          <kbd aria-hidden="true" className="mt-0.5 hidden text-[0.65rem] font-normal opacity-60 sm:block">
            {i + 1}
          </kbd>
        </button>
      ))}
    </div>
  );
}
