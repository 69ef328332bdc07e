import { pitchFileSchema, type PitchFile } from '../pitch/schema';
import { summarizeIssues, toPitchIssues, WITH_INPUT } from '../pitch/issues';
import type { PitchDatabase, StoredPitch, StoredRehearsal } from './pitch-db';

export type SaveResult =
  | { status: 'saved'; record: StoredPitch }
  | { status: 'conflict'; current: StoredPitch }
  | { status: 'missing' };

/** A stored record whose pitch no longer passes the schema (e.g. edited by hand in devtools). */
export interface DamagedPitch {
  id: string;
  raw: unknown;
  problem: string;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Reads every pitch, newest edit first, validating each with the pitch schema. */
export async function listPitches(
  db: PitchDatabase,
): Promise<{ pitches: StoredPitch[]; damaged: DamagedPitch[] }> {
  const rows = (await (await db.connection()).getAllFromIndex('pitches', 'updatedAt')).reverse();
  const pitches: StoredPitch[] = [];
  const damaged: DamagedPitch[] = [];
  for (const row of rows) {
    const parsed = pitchFileSchema.safeParse(row.pitch, WITH_INPUT);
    if (parsed.success) pitches.push({ ...row, pitch: parsed.data });
    else damaged.push({ id: row.id, raw: row.pitch, problem: summarizeIssues(toPitchIssues(parsed.error)) });
  }
  return { pitches, damaged };
}

/** Reads one pitch; `undefined` when it does not exist; throws with a readable message when damaged. */
export async function getPitch(db: PitchDatabase, id: string): Promise<StoredPitch | undefined> {
  const row = await (await db.connection()).get('pitches', id);
  if (!row) return undefined;
  const parsed = pitchFileSchema.safeParse(row.pitch, WITH_INPUT);
  if (!parsed.success) {
    throw new Error(`This pitch is damaged: ${summarizeIssues(toPitchIssues(parsed.error))}`);
  }
  return { ...row, pitch: parsed.data };
}

/** Adds a new pitch with a fresh id at revision 1. */
export async function createPitch(
  db: PitchDatabase,
  pitch: PitchFile,
  now = Date.now(),
): Promise<StoredPitch> {
  const record: StoredPitch = {
    id: newId(),
    pitch: pitchFileSchema.parse(pitch),
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  await db.write(['pitches'], (tx) => tx.objectStore('pitches').add(record));
  return record;
}

/**
 * Saves an edit made on top of `baseRevision`. If another tab saved a newer revision since,
 * nothing is written and the newer record is returned, so no edit is ever silently overwritten.
 */
export async function savePitch(
  db: PitchDatabase,
  id: string,
  pitch: PitchFile,
  baseRevision: number,
  now = Date.now(),
): Promise<SaveResult> {
  const valid = pitchFileSchema.parse(pitch);
  return db.write(['pitches'], async (tx): Promise<SaveResult> => {
    const pitches = tx.objectStore('pitches');
    const current = await pitches.get(id);
    if (!current) return { status: 'missing' };
    if (current.revision !== baseRevision) return { status: 'conflict', current };
    const record: StoredPitch = { ...current, pitch: valid, revision: current.revision + 1, updatedAt: now };
    await pitches.put(record);
    return { status: 'saved', record };
  });
}

/** What a delete removed, kept by the caller so "Undo" can put it back exactly. */
export interface DeletedPitch {
  record: StoredPitch;
  rehearsal: StoredRehearsal | undefined;
}

/** Deletes a pitch and its rehearsal progress; returns what was deleted so it can be undone. */
export async function deletePitch(db: PitchDatabase, id: string): Promise<DeletedPitch | undefined> {
  return db.write(['pitches', 'rehearsal'], async (tx) => {
    const record = await tx.objectStore('pitches').get(id);
    if (!record) return undefined;
    const rehearsal = await tx.objectStore('rehearsal').get(id);
    await tx.objectStore('pitches').delete(id);
    await tx.objectStore('rehearsal').delete(id);
    return { record, rehearsal };
  });
}

/** Puts a deleted pitch and its rehearsal progress back exactly as they were (undo). */
export async function restorePitch(db: PitchDatabase, deleted: DeletedPitch): Promise<void> {
  await db.write(['pitches', 'rehearsal'], async (tx) => {
    await tx.objectStore('pitches').put(deleted.record);
    if (deleted.rehearsal) await tx.objectStore('rehearsal').put(deleted.rehearsal);
  });
}

/** Copies a pitch as a new entry titled "<title> (copy)"; rehearsal progress is not copied. */
export async function duplicatePitch(db: PitchDatabase, id: string, now = Date.now()): Promise<StoredPitch | undefined> {
  const source = await getPitch(db, id);
  if (!source) return undefined;
  const title = `${source.pitch.title?.trim() || 'Untitled pitch'} (copy)`.slice(0, 600);
  return createPitch(db, { ...source.pitch, title }, now);
}

/** Renames a pitch (its title) as a new revision. */
export async function renamePitch(db: PitchDatabase, id: string, title: string, now = Date.now()): Promise<SaveResult> {
  const current = await getPitch(db, id);
  if (!current) return { status: 'missing' };
  return savePitch(db, id, { ...current.pitch, title }, current.revision, now);
}
