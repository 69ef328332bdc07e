/** How a spoken length compares with its target, in the bands the pitch rules use. */
export type TimeFit = 'empty' | 'short' | 'on-target' | 'over' | 'far-over';

/**
 * Band of `seconds` against `targetSeconds`: on target from 50% to 110% (the span where neither
 * `pitch-too-short` nor `pitch-too-long` fires), over up to 130%, far over beyond.
 */
export function timeFit(seconds: number, targetSeconds: number): TimeFit {
  if (seconds <= 0) return 'empty';
  const share = seconds / targetSeconds;
  if (share < 0.5) return 'short';
  if (share <= 1.1) return 'on-target';
  return share <= 1.3 ? 'over' : 'far-over';
}

/** Words a speaker fits into `targetSeconds` at `wordsPerMinute`. */
export function wordsForSeconds(targetSeconds: number, wordsPerMinute: number): number {
  return Math.round((targetSeconds * wordsPerMinute) / 60);
}
