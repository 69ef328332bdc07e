import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CLAIMS_PITCH } from '@/test-support/claims-pitch';
import { addSession, buildFlashcards, emptyProgress, rehearsalScript, scheduleReview, type RehearsalProgress } from '@/lib/rehearsal';
import type { LibraryDatabase } from '@/lib/storage/library-database';
import { openLibraryDatabase } from './open-library-database';
import { putRow } from '@/test-support/put-row';
import { loadDueCount, loadRehearsal, saveRehearsal, updateMeasuredPace } from '@/lib/storage/rehearsal-store';
import { getEffectivePace, getMeasuredPace } from '@/lib/storage/settings-store';

let db: LibraryDatabase;
let n = 0;
beforeEach(() => {
  db = openLibraryDatabase(`rehearsal-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const withRunThrough = (progress: RehearsalProgress, at: number, wpm: number) =>
  addSession(progress, { at, kind: 'run-through', cardsReviewed: 0, seconds: 45, wpm });

describe('rehearsal store', () => {
  test('a pitch never rehearsed starts empty', async () => {
    expect(await loadRehearsal(db, 'p1')).toEqual({ ok: true, progress: emptyProgress() });
  });

  test('progress survives a save and a reload', async () => {
    const progress = addSession(emptyProgress(), { at: 5, kind: 'recall', cardsReviewed: 1, accuracy: 88 });
    await saveRehearsal(db, 'p1', progress, 10);
    expect(await loadRehearsal(db, 'p1')).toEqual({ ok: true, progress });
  });

  test('damaged progress starts afresh and says so', async () => {
    await putRow(db, 'rehearsal', { pitchId: 'p1', progress: { version: 1, cards: 'oops' }, updatedAt: 1 });
    const loaded = await loadRehearsal(db, 'p1');
    expect(loaded.ok).toBe(false);
    expect(loaded.progress).toEqual(emptyProgress());
    if (!loaded.ok) expect(loaded.problem).toMatch(/damaged.*starts afresh/);
  });

  test('the measured pace is the median of the last run-throughs across pitches', async () => {
    expect(await updateMeasuredPace(db)).toBeUndefined();
    expect(await getEffectivePace(db)).toBe(140);
    await saveRehearsal(db, 'p1', withRunThrough(withRunThrough(emptyProgress(), 1, 150), 3, 170));
    await saveRehearsal(db, 'p2', withRunThrough(emptyProgress(), 2, 160));
    expect(await updateMeasuredPace(db)).toBe(160);
    expect(await getMeasuredPace(db)).toBe(160);
    expect(await getEffectivePace(db)).toBe(160);
  });
});

describe('due count for the library', () => {
  test('all cards are due before rehearsing; graded ones leave the count until they fall due', async () => {
    const deck = buildFlashcards(CLAIMS_PITCH, rehearsalScript(CLAIMS_PITCH).text);
    expect(await loadDueCount(db, 'p1', CLAIMS_PITCH, 1000)).toBe(deck.length);
    const first = deck[0]?.key ?? '';
    await saveRehearsal(db, 'p1', scheduleReview(emptyProgress(), first, 'easy', 1000));
    expect(await loadDueCount(db, 'p1', CLAIMS_PITCH, 2000)).toBe(deck.length - 1);
    expect(await loadDueCount(db, 'p1', CLAIMS_PITCH, 1000 + 60 * 86_400_000)).toBe(deck.length);
  });
});
