import { describe, expect, test } from 'vitest';
import { measuredPace, scoreRunThrough, wordsPerMinute } from './pace';
import type { SessionEntry } from './progress-schema';

const run = (at: number, wpm: number): SessionEntry => ({ at, kind: 'run-through', cardsReviewed: 0, seconds: 40, wpm });

describe('pace', () => {
  test.each([
    [140, 60, 140],
    [70, 30, 140],
    [100, 40, 150],
    [100, 0, 0],
  ])('%i words in %i s is %i wpm', (words, seconds, wpm) => {
    expect(wordsPerMinute(words, seconds)).toBe(wpm);
  });

  test('a run-through is scored against the target', () => {
    const script = Array.from({ length: 120 }, () => 'word').join(' ');
    expect(scoreRunThrough(script, 48, 45)).toEqual({ seconds: 48, words: 120, wpm: 150, overTargetSeconds: 3, plausible: true });
    expect(scoreRunThrough(script, 2, 45).plausible).toBe(false);
    expect(scoreRunThrough(script, 600, 45).plausible).toBe(false);
  });

  test.each<[string, SessionEntry[], number | undefined]>([
    ['no run-through yet', [], undefined],
    ['one run-through', [run(1, 150)], 150],
    ['median, so one outlier does not swing it', [run(1, 150), run(2, 155), run(3, 290)], 155],
    ['even count averages the middle two', [run(1, 150), run(2, 160)], 155],
    ['only the last five count', [run(1, 100), run(2, 100), run(3, 100), run(4, 160), run(5, 160), run(6, 160), run(7, 160), run(8, 160)], 160],
    ['implausible attempts are ignored', [run(1, 150), run(2, 2000), run(3, 20)], 150],
    ['other sessions are ignored', [{ at: 1, kind: 'recall', cardsReviewed: 1, accuracy: 90 }, run(2, 130)], 130],
  ])('%s', (_name, sessions, expected) => {
    expect(measuredPace(sessions)).toBe(expected);
  });
});
