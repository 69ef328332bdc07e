import { countWords } from '../pitch/spoken-time';
import type { SessionEntry } from './progress-schema';

/** Run-throughs faster or slower than this (words per minute) were not real recitations. */
export const PLAUSIBLE_WPM = { min: 60, max: 300 } as const;
/** How many recent run-throughs the measured pace is the median of. */
export const PACE_WINDOW = 5;

/** Speaking pace in words per minute for `words` said in `seconds` (0 when no time passed). */
export function wordsPerMinute(words: number, seconds: number): number {
  if (!(seconds > 0)) return 0;
  return (words * 60) / seconds;
}

export interface RunThroughResult {
  seconds: number;
  words: number;
  wpm: number;
  /** Seconds over (+) or under (−) the target. */
  overTargetSeconds: number;
  /** False when the pace is outside 60–300 wpm: stopped by mistake or skipped ahead. */
  plausible: boolean;
}

/** Scores a timed run-through of `script` that took `seconds` against `targetSeconds`. */
export function scoreRunThrough(script: string, seconds: number, targetSeconds: number): RunThroughResult {
  const words = countWords(script);
  const wpm = wordsPerMinute(words, seconds);
  return {
    seconds,
    words,
    wpm,
    overTargetSeconds: seconds - targetSeconds,
    plausible: wpm >= PLAUSIBLE_WPM.min && wpm <= PLAUSIBLE_WPM.max,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/**
 * The user's speaking pace (wpm): the median of their last PACE_WINDOW plausible run-throughs,
 * across all pitches. The median, not the mean, so one hurried or halting attempt does not
 * swing every time estimate in the app. Undefined before the first run-through.
 */
export function measuredPace(runThroughs: SessionEntry[]): number | undefined {
  const recent = runThroughs
    .flatMap((s) => (s.kind === 'run-through' && s.wpm !== undefined ? [{ at: s.at, wpm: s.wpm }] : []))
    .filter(({ wpm }) => wpm >= PLAUSIBLE_WPM.min && wpm <= PLAUSIBLE_WPM.max)
    .sort((a, b) => a.at - b.at)
    .slice(-PACE_WINDOW)
    .map(({ wpm }) => wpm);
  return recent.length > 0 ? median(recent) : undefined;
}
