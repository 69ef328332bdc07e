import { describe, expect, test } from 'vitest';
import { libraryBackupSchema } from '../pitch/schema';
import { emptyProgress, MAX_SESSIONS, rehearsalProgressSchema } from './progress-schema';
import { addSession, countRecall, countReview } from './sessions';

describe('rehearsal progress', () => {
  test.each([
    ['not an object', 'hello'],
    ['a newer version', { version: 2, cards: {}, sessions: [] }],
    ['a key that is not a content hash', { version: 1, cards: { abc: {} }, sessions: [] }],
    ['an unknown session kind', { version: 1, cards: {}, sessions: [{ at: 1, kind: 'nap', cardsReviewed: 0 }] }],
    ['accuracy over 100', { version: 1, cards: {}, sessions: [{ at: 1, kind: 'recall', cardsReviewed: 1, accuracy: 120 }] }],
    ['a cue shift off the scale', { version: 1, cards: { '0123456789abcdef': { cueShift: 5 } }, sessions: [] }],
  ])('damaged progress is refused: %s', (_name, value) => {
    expect(rehearsalProgressSchema.safeParse(value).success).toBe(false);
  });

  test('a sitting of reviews is one history entry', () => {
    let progress = emptyProgress();
    progress = countReview(countReview(progress, 1000), 1000);
    progress = countReview(countRecall(progress, 1000, 90), 1000);
    progress = countReview(progress, 5000);
    expect(progress.sessions).toEqual([
      { at: 1000, kind: 'review', cardsReviewed: 3 },
      { at: 1000, kind: 'recall', cardsReviewed: 1, accuracy: 90 },
      { at: 5000, kind: 'review', cardsReviewed: 1 },
    ]);
  });

  test('a sitting of typed recalls is one entry with their mean accuracy', () => {
    const progress = countRecall(countRecall(countRecall(emptyProgress(), 7, 100), 7, 50), 7, 60);
    expect(progress.sessions).toEqual([{ at: 7, kind: 'recall', cardsReviewed: 3, accuracy: 70 }]);
  });

  test('the history keeps the newest entries', () => {
    let progress = emptyProgress();
    for (let at = 0; at < MAX_SESSIONS + 10; at++) progress = addSession(progress, { at, kind: 'recall', cardsReviewed: 1, accuracy: 50 });
    expect(progress.sessions).toHaveLength(MAX_SESSIONS);
    expect(progress.sessions[0]?.at).toBe(10);
  });

  test('a library backup carries validated progress', () => {
    const backup = (progress: unknown) => ({
      format: 'one-slide-pitch-library',
      version: 1,
      pitches: [],
      rehearsal: [{ pitchIndex: 0, progress }],
    });
    expect(libraryBackupSchema.safeParse(backup(emptyProgress())).success).toBe(true);
    expect(libraryBackupSchema.safeParse(backup({ version: 1 })).success).toBe(false);
  });
});

describe('messages', () => {
  test('checks without a message of their own explain the problem in English', () => {
    const result = rehearsalProgressSchema.safeParse({
      version: 1,
      cards: {},
      sessions: [{ at: -1, kind: 'nope', cardsReviewed: 1.5 }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Too small: expected number to be >=0',
      'Invalid option: expected one of "review"|"recall"|"run-through"',
      'Invalid input: expected int, received number',
    ]);
  });
});
