import type { PitchFile } from '../pitch/schema';
import {
  buildFlashcards,
  dueCount,
  emptyProgress,
  measuredPace,
  mergeProgressWithDeck,
  rehearsalProgressSchema,
  rehearsalScript,
  type RehearsalProgress,
} from '../rehearsal';
import type { LibraryDatabase } from './library-database';
import { setMeasuredPace } from './settings-store';

export type ParsedProgress =
  | { ok: true; progress: RehearsalProgress }
  | { ok: false; progress: RehearsalProgress; problem: string };

/**
 * Validates stored or imported progress with the rehearsal schema. Damaged progress gives a fresh
 * start plus a message for the user (the pitch itself is never touched).
 */
export function parseStoredProgress(value: unknown): ParsedProgress {
  if (value === undefined) return { ok: true, progress: emptyProgress() };
  const parsed = rehearsalProgressSchema.safeParse(value);
  if (parsed.success) return { ok: true, progress: parsed.data };
  return {
    ok: false,
    progress: emptyProgress(),
    problem: 'Your rehearsal progress for this pitch was damaged and could not be read, so it starts afresh.',
  };
}

/** Reads the rehearsal progress of one pitch (empty when never rehearsed). */
export async function loadRehearsal(db: LibraryDatabase, pitchId: string): Promise<ParsedProgress> {
  const row = await db.get('rehearsal', pitchId);
  return parseStoredProgress(row?.progress);
}

/** Stores the rehearsal progress of one pitch, validated first so only readable progress is kept. */
export async function saveRehearsal(
  db: LibraryDatabase,
  pitchId: string,
  progress: RehearsalProgress,
  now = Date.now(),
): Promise<void> {
  const row = { pitchId, progress: rehearsalProgressSchema.parse(progress), updatedAt: now };
  await db.write(['rehearsal'], (tx) => tx.put('rehearsal', row));
}

/**
 * Re-measures the user's pace after a run-through: the median of their last five plausible
 * run-throughs across every pitch (see `measuredPace`), stored with `setMeasuredPace` so every
 * time estimate in the app uses it. Returns the new pace (wpm), or undefined if none yet.
 */
export async function updateMeasuredPace(db: LibraryDatabase): Promise<number | undefined> {
  const rows = await db.getAll('rehearsal');
  const sessions = rows.flatMap((row) => {
    const parsed = rehearsalProgressSchema.safeParse(row.progress);
    return parsed.success ? parsed.data.sessions : [];
  });
  const pace = measuredPace(sessions);
  if (pace !== undefined) await setMeasuredPace(db, pace);
  return pace;
}

/**
 * How many rehearsal cards of a pitch are due at `now` (epoch ms), e.g. for a "3 cards due" badge
 * in the library. A pitch never rehearsed has all its cards due.
 */
export async function loadDueCount(db: LibraryDatabase, pitchId: string, pitch: PitchFile, now = Date.now()): Promise<number> {
  const deck = buildFlashcards(pitch, rehearsalScript(pitch).text);
  const { progress } = await loadRehearsal(db, pitchId);
  return dueCount(deck, mergeProgressWithDeck(progress, deck), now);
}
