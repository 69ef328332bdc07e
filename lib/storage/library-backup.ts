import { serializeLibrary } from '../pitch/serialize';
import { rehearsalProgressSchema } from '../rehearsal/progress-schema';
import { pitchFileSchema, type LibraryBackup, type PitchFile } from '../pitch/schema';
import type { LibraryDatabase, StoredPitch } from './library-database';
import { listPitches } from './pitch-store';

/** The whole library (newest first) and its rehearsal progress as backup JSON text. */
export async function exportLibraryJson(db: LibraryDatabase): Promise<{ json: string; count: number }> {
  const { pitches } = await listPitches(db);
  const progress = await Promise.all(pitches.map((p) => db.get('rehearsal', p.id)));
  const rehearsal: NonNullable<LibraryBackup['rehearsal']> = [];
  progress.forEach((row, pitchIndex) => {
    // Progress that no longer passes its schema could not be imported again; the pitch still is.
    const parsed = rehearsalProgressSchema.safeParse(row?.progress);
    if (parsed.success) rehearsal.push({ pitchIndex, progress: parsed.data });
  });
  return { json: serializeLibrary(pitches.map((p) => p.pitch), rehearsal), count: pitches.length };
}

/**
 * Adds imported pitches (and the backup's rehearsal progress) as new library entries, in one
 * transaction: either everything is added or nothing is. Existing pitches are never overwritten.
 */
export async function importIntoLibrary(
  db: LibraryDatabase,
  pitches: PitchFile[],
  rehearsal: LibraryBackup['rehearsal'] = [],
  now = Date.now(),
): Promise<StoredPitch[]> {
  // Validate everything before writing anything.
  const valid = pitches.map((pitch) => pitchFileSchema.parse(pitch));
  return db.write(['pitches', 'rehearsal'], async (tx) => {
    const records = valid.map((pitch, i) => ({
      id: globalThis.crypto.randomUUID(),
      pitch,
      revision: 1,
      createdAt: now,
      updatedAt: now - i,
    }));
    await Promise.all(records.map((record) => tx.add('pitches', record)));
    const progressRows = rehearsal.flatMap((entry) => {
      const record = records[entry.pitchIndex];
      return record ? [{ pitchId: record.id, progress: entry.progress, updatedAt: now }] : [];
    });
    await Promise.all(progressRows.map((row) => tx.put('rehearsal', row)));
    return records;
  });
}
