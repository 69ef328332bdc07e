import { DEFAULT_WORDS_PER_MINUTE } from '../pitch/spoken-time';
import type { LibraryDatabase } from './library-database';

const PACE_KEY = 'measuredWordsPerMinute';
const PERSIST_KEY = 'persistRequested';

const readSetting = (db: LibraryDatabase, key: string) => db.get('settings', key);
const writeSetting = (db: LibraryDatabase, key: string, value: unknown) =>
  db.write(['settings'], (tx) => tx.put('settings', { key, value }));

/** The user's own speaking pace from timed run-throughs, or `undefined` before the first one. */
export async function getMeasuredPace(db: LibraryDatabase): Promise<number | undefined> {
  const row = await readSetting(db, PACE_KEY);
  const value = row?.value;
  return typeof value === 'number' && value >= 60 && value <= 300 ? value : undefined;
}

/** Pace to use in every time estimate: measured if known, else 140 wpm. */
export async function getEffectivePace(db: LibraryDatabase): Promise<number> {
  return (await getMeasuredPace(db)) ?? DEFAULT_WORDS_PER_MINUTE;
}

/** Stores the measured pace (words per minute), clamped to a humanly plausible 60–300. */
export async function setMeasuredPace(db: LibraryDatabase, wordsPerMinute: number): Promise<void> {
  const value = Math.round(Math.min(300, Math.max(60, wordsPerMinute)));
  await writeSetting(db, PACE_KEY, value);
}

/** True once we have asked the browser for persistent storage (we ask only once). */
export async function wasPersistRequested(db: LibraryDatabase): Promise<boolean> {
  return (await readSetting(db, PERSIST_KEY))?.value === true;
}

export async function markPersistRequested(db: LibraryDatabase): Promise<void> {
  await writeSetting(db, PERSIST_KEY, true);
}
