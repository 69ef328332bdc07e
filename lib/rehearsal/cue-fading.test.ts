import { describe, expect, test } from 'vitest';
import { cueLevelFor, cueLines, masteryCueLevel, stepCueLevel } from './cue-fading';
import { buildFlashcards } from './deck';
import { emptyProgress, type RehearsalProgress } from './progress-schema';
import { scheduleReview } from './scheduler';
import { CLAIMS_PITCH } from '@/test-support/claims-pitch';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5, 9, 0);
const deck = buildFlashcards(CLAIMS_PITCH, CLAIMS_PITCH.pitch?.text ?? '');
const ask = deck.find((c) => c.kind === 'ask');
const key = ask?.key ?? '';

/** Reviews the card Good each time it falls due, `times` times. */
function learn(times: number): RehearsalProgress {
  let progress = emptyProgress();
  let now = START;
  for (let i = 0; i < times; i++) {
    progress = scheduleReview(progress, key, 'good', now);
    now = progress.cards[key]?.fsrs?.due ?? now;
  }
  return progress;
}

describe('cue fading', () => {
  test.each([
    [0, 'full'],
    [1, 'first-letters'],
    [2, 'first-letters'],
    [3, 'keywords'],
    [4, 'none'],
  ] as const)('after %i Good reviews the cue is %s', (times, level) => {
    expect(cueLevelFor(learn(times), key)).toBe(level);
  });

  test('forgetting a card brings the full text back', () => {
    let progress = learn(4);
    const due = progress.cards[key]?.fsrs?.due ?? START;
    progress = scheduleReview(progress, key, 'again', due + DAY);
    expect(cueLevelFor(progress, key)).not.toBe('none');
    expect(masteryCueLevel(scheduleReview(emptyProgress(), key, 'again', START).cards[key]?.fsrs)).toBe('full');
  });

  test('the user steps the cue up and down, within the ends of the scale', () => {
    let progress = learn(1);
    progress = stepCueLevel(progress, key, 'less-help');
    expect(cueLevelFor(progress, key)).toBe('keywords');
    progress = stepCueLevel(stepCueLevel(progress, key, 'less-help'), key, 'less-help');
    expect(cueLevelFor(progress, key)).toBe('none');
    progress = stepCueLevel(progress, key, 'more-help');
    expect(cueLevelFor(progress, key)).toBe('keywords');
    progress = stepCueLevel(stepCueLevel(stepCueLevel(progress, key, 'more-help'), key, 'more-help'), key, 'more-help');
    expect(cueLevelFor(progress, key)).toBe('full');
  });

  test('a step keeps fading with mastery and leaves other cards alone', () => {
    let progress = stepCueLevel(emptyProgress(), key, 'less-help');
    expect(cueLevelFor(progress, key)).toBe('first-letters');
    progress = scheduleReview(progress, key, 'good', START);
    expect(cueLevelFor(progress, key)).toBe('keywords');
    expect(cueLevelFor(progress, deck[0]?.key ?? '')).toBe('full');
  });

  test('the cue shows the answer at its level', () => {
    if (!ask) throw new Error('no ask card');
    expect(cueLines(ask, 'full')).toEqual([CLAIMS_PITCH.ask]);
    expect(cueLines(ask, 'first-letters')[0]).toMatch(/^A \$350K a t i e f M$/);
    expect(cueLines(ask, 'none')).toEqual(['']);
  });
});
