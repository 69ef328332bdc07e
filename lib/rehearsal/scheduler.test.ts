import { describe, expect, test } from 'vitest';
import { buildFlashcards } from './deck';
import { mergeProgressWithDeck } from './merge-progress';
import { emptyProgress, rehearsalProgressSchema, type RehearsalProgress } from './progress-schema';
import { dueCount, isDue, nextDueAt, previewIntervals, scheduleReview, type GradeName } from './scheduler';
import { CLAIMS_PITCH } from '@/test-support/claims-pitch';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MONDAY_9AM = Date.UTC(2026, 0, 5, 9, 0);
const deck = buildFlashcards(CLAIMS_PITCH, CLAIMS_PITCH.pitch?.text ?? '');

function gradeAll(progress: RehearsalProgress, keys: string[], grade: GradeName, now: number): RehearsalProgress {
  return keys.reduce((p, key) => scheduleReview(p, key, grade, now), progress);
}

describe('scheduler', () => {
  test('a new user has every card due', () => {
    expect(dueCount(deck, emptyProgress(), MONDAY_9AM)).toBe(deck.length);
  });

  test('due counts over a week of daily practice', () => {
    const keys = deck.map((c) => c.key);
    const [hardKey, ...rest] = keys;
    let progress = emptyProgress();
    // Monday: everything Good once; one card Again.
    progress = gradeAll(progress, rest, 'good', MONDAY_9AM);
    progress = scheduleReview(progress, hardKey ?? '', 'again', MONDAY_9AM);
    expect(dueCount(deck, progress, MONDAY_9AM)).toBe(0);
    // A minute later the forgotten card comes back; ten minutes later all of them (learning step).
    expect(dueCount(deck, progress, MONDAY_9AM + MINUTE)).toBe(1);
    expect(dueCount(deck, progress, MONDAY_9AM + 10 * MINUTE)).toBe(deck.length);
    // Second pass Monday morning: Good graduates the cards to days, except the forgotten one,
    // which needs one more learning step.
    const later = MONDAY_9AM + 10 * MINUTE;
    progress = gradeAll(progress, keys, 'good', later);
    expect(dueCount(deck, progress, later + 9 * MINUTE)).toBe(0);
    expect(dueCount(deck, progress, later + 10 * MINUTE)).toBe(1);
    progress = scheduleReview(progress, hardKey ?? '', 'good', later + 10 * MINUTE);
    expect(dueCount(deck, progress, later + DAY - MINUTE)).toBe(0);
    // Tuesday: only the card forgotten on Monday is back (it graduated with a shorter interval).
    const tuesday = MONDAY_9AM + DAY + 60 * MINUTE;
    expect(dueCount(deck, progress, tuesday)).toBe(1);
    progress = scheduleReview(progress, hardKey ?? '', 'good', tuesday);
    // Wednesday at 10: the cards learnt on Monday are due again; Good pushes them past a week.
    const wednesday = MONDAY_9AM + 2 * DAY + 60 * MINUTE;
    expect(dueCount(deck, progress, wednesday - 2 * 60 * MINUTE)).toBe(0);
    expect(dueCount(deck, progress, wednesday)).toBe(deck.length - 1);
    progress = gradeAll(progress, rest, 'good', wednesday);
    expect(dueCount(deck, progress, wednesday)).toBe(0);
    // A week on, only the card forgotten on Monday is back (due Thursday, still not well known).
    expect(dueCount(deck, progress, wednesday + 7 * DAY)).toBe(1);
    expect(dueCount(deck, progress, wednesday + 30 * DAY)).toBe(deck.length);
  });

  test('Again comes back sooner than Hard, Hard than Good, Good than Easy', () => {
    const p = scheduleReview(emptyProgress(), deck[0]?.key ?? '', 'good', MONDAY_9AM);
    const hints = previewIntervals(p, deck[0]?.key ?? '', MONDAY_9AM + 10 * MINUTE);
    expect(hints.again).toBeLessThan(hints.hard);
    expect(hints.hard).toBeLessThan(hints.good);
    expect(hints.good).toBeLessThan(hints.easy);
  });

  test('a new card previews one minute for Again and days for Easy', () => {
    const hints = previewIntervals(emptyProgress(), deck[0]?.key ?? '', MONDAY_9AM);
    expect(hints.again).toBe(MINUTE);
    expect(hints.easy).toBeGreaterThanOrEqual(DAY);
  });

  test('scheduling is pure and deterministic, and its result is valid stored progress', () => {
    const empty = emptyProgress();
    const a = scheduleReview(empty, deck[0]?.key ?? '', 'hard', MONDAY_9AM);
    const b = scheduleReview(empty, deck[0]?.key ?? '', 'hard', MONDAY_9AM);
    expect(a).toEqual(b);
    expect(empty.cards).toEqual({});
    expect(rehearsalProgressSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  test('nextDueAt is the soonest due time', () => {
    const p = gradeAll(emptyProgress(), deck.map((c) => c.key), 'easy', MONDAY_9AM);
    const soonest = nextDueAt(deck, p) ?? 0;
    expect(soonest).toBeGreaterThan(MONDAY_9AM);
    expect(dueCount(deck, p, soonest)).toBeGreaterThan(0);
    expect(nextDueAt([], p)).toBeUndefined();
  });

  test('merging with an edited deck keeps untouched cards and drops changed ones', () => {
    const progress = gradeAll(emptyProgress(), deck.map((c) => c.key), 'easy', MONDAY_9AM);
    const edited = buildFlashcards({ ...CLAIMS_PITCH, ask: 'Approve $400K from March' }, CLAIMS_PITCH.pitch?.text ?? '');
    const merged = mergeProgressWithDeck(progress, edited);
    expect(Object.keys(merged.cards)).toHaveLength(deck.length - 1);
    expect(dueCount(edited, merged, MONDAY_9AM + MINUTE)).toBe(1);
    expect(edited.find((c) => isDue(merged, c.key, MONDAY_9AM + MINUTE))?.kind).toBe('ask');
  });
});
