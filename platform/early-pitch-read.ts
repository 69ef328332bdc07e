import type { LibraryRows } from '@/lib/storage/library-database';
import { getEffectivePace } from '@/lib/storage/settings-store';
import { browserLibrary } from './browser-library';

/** A pitch's stored row (not yet validated) and the speaking pace, read from the library. */
export interface PitchRead {
  row: LibraryRows['pitches'] | undefined;
  wordsPerMinute: number;
}

const started = new Map<string, Promise<PitchRead>>();

/** Reads a pitch's row and the pace: only the storage port, so no schema code is needed yet. */
export function readPitchRow(id: string): Promise<PitchRead> {
  const db = browserLibrary();
  return Promise.all([db.get('pitches', id), getEffectivePace(db)]).then(([row, wordsPerMinute]) => ({
    row,
    wordsPerMinute,
  }));
}

/**
 * Starts reading the pitch that the page's `?id=` names, while the editor's code is still loading
 * (the pitch page calls it as its first script runs), so the read is done by the time the editor
 * can show it. Does nothing outside a browser or without an id.
 */
export function startReadingPitchOfUrl(): void {
  if (typeof window === 'undefined' || typeof indexedDB === 'undefined') return;
  const id = new URLSearchParams(window.location.search).get('id');
  if (!id || started.has(id)) return;
  const read = readPitchRow(id);
  read.catch(() => undefined); // Whoever takes it reports the error.
  started.set(id, read);
}

/** The read `startReadingPitchOfUrl` started for `id` (once), or a fresh read. */
export function takePitchRead(id: string): Promise<PitchRead> {
  const early = started.get(id);
  started.delete(id);
  return early ?? readPitchRow(id);
}
