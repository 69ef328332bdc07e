'use client';

import { timeFit, type TimeFit } from '@/lib/drafter';
import { countWords, DEFAULT_WORDS_PER_MINUTE, estimateSpokenSeconds } from '@/lib/pitch/spoken-time';

const FIT: Record<TimeFit, { label: string; bar: string; text: string }> = {
  empty: { label: 'Nothing to say yet', bar: 'bg-slate-300 dark:bg-slate-600', text: 'text-slate-600 dark:text-slate-400' },
  short: { label: 'Short: under half the target', bar: 'bg-amber-500', text: 'text-amber-800 dark:text-amber-300' },
  'on-target': { label: 'On target', bar: 'bg-emerald-600 dark:bg-emerald-500', text: 'text-emerald-800 dark:text-emerald-300' },
  over: { label: 'Over target: trim a point', bar: 'bg-amber-500', text: 'text-amber-800 dark:text-amber-300' },
  'far-over': { label: 'Far over target: cut it down', bar: 'bg-rose-600 dark:bg-rose-500', text: 'text-rose-800 dark:text-rose-300' },
};
/** The bar spans 0 to 150% of the target, so the target mark sits at two thirds. */
const SPAN = 1.5;

interface SpokenTimeBarProps {
  text: string;
  targetSeconds: number;
  wordsPerMinute: number;
  /** What to add to the slide when all of it, said in full, is short of the target ("Add an outcome to fill 90 s."). */
  fill?: string;
}

/**
 * Word count and spoken time at the user's pace, as a bar against the target with a text verdict;
 * below 90% of the target, what to add to the slide when the slide itself is too thin to fill it.
 */
export function SpokenTimeBar({ text, targetSeconds, wordsPerMinute, fill }: SpokenTimeBarProps) {
  const words = countWords(text);
  const seconds = Math.round(estimateSpokenSeconds(text, wordsPerMinute));
  const fit = timeFit(seconds, targetSeconds);
  const style = FIT[fit];
  const width = Math.min(100, (seconds / (targetSeconds * SPAN)) * 100);
  const pace = wordsPerMinute === DEFAULT_WORDS_PER_MINUTE ? 'at 140 wpm' : `at your pace of ${wordsPerMinute} wpm`;
  return (
    <div className="grid gap-1.5" data-time-fit={fit}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">
          <span className="font-semibold text-slate-900 dark:text-slate-100">{words} words</span> · about{' '}
          <span className="font-semibold text-slate-900 dark:text-slate-100">{seconds} s</span> {pace}
        </p>
        <p className={`font-semibold ${style.text}`}>{style.label}</p>
      </div>
      <div
        role="meter"
        aria-label="Spoken time"
        aria-valuemin={0}
        aria-valuemax={Math.round(targetSeconds * SPAN)}
        aria-valuenow={Math.min(seconds, Math.round(targetSeconds * SPAN))}
        aria-valuetext={`About ${seconds} seconds of a ${targetSeconds}-second target: ${style.label}`}
        className="relative h-3 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className={`h-full rounded-full transition-[width] duration-200 ${style.bar}`} style={{ width: `${width}%` }} />
        <div aria-hidden="true" className="absolute inset-y-0 w-0.5 bg-slate-900 dark:bg-white" style={{ left: `${100 / SPAN}%` }} />
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
        Target {targetSeconds} s (the mark); green from {Math.round(targetSeconds * 0.5)} to {Math.round(targetSeconds * 1.1)} s.
      </p>
      {fill && seconds > 0 && seconds < targetSeconds * 0.9 && (
        <p className="text-sm font-medium text-amber-800 dark:text-amber-300" data-testid="time-fill">
          The slide has no more to say for {targetSeconds} s. {fill}
        </p>
      )}
    </div>
  );
}
