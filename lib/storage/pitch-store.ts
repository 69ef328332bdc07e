import { pitchFileSchema, type PitchFile } from '../pitch/schema';
import { summarizeIssues, toPitchIssues, WITH_INPUT } from '../pitch/issues';
import { toEditablePitch } from '../pitch/editable-pitch';
import type { LibraryDatabase, LibraryRows, StoredPitch } from './library-database';
import { mergePitch, sameValue, type PitchMerge } from './merge-pitch';

export type SaveResult =
  | { status: 'saved'; record: StoredPitch }
  | { status: 'conflict'; current: StoredPitch }
  /** Saved on top of another tab's newer revision, field by field (`merge.conflicts` still to choose). */
  | { status: 'merged'; record: StoredPitch; merge: PitchMerge }
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

type PitchRow = LibraryRows['pitches'];

/** A stored row read through the pitch schema: the pitch, or what is wrong with it. */
function readRow(row: PitchRow): { ok: true; record: StoredPitch } | { ok: false; damaged: DamagedPitch } {
  const parsed = pitchFileSchema.safeParse(row.pitch, WITH_INPUT);
  if (parsed.success) return { ok: true, record: { ...row, pitch: parsed.data } };
  return { ok: false, damaged: { id: row.id, raw: row.pitch, problem: summarizeIssues(toPitchIssues(parsed.error)) } };
}

/** Reads a stored row as a pitch; throws with a readable message when it is damaged. */
export function pitchFromRow(row: PitchRow): StoredPitch {
  const read = readRow(row);
  if (!read.ok) throw new Error(`This pitch is damaged: ${read.damaged.problem}`);
  return read.record;
}

const newestEditFirst = (a: PitchRow, b: PitchRow) =>
  b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Reads every pitch, newest edit first, validating each with the pitch schema. */
export async function listPitches(
  db: LibraryDatabase,
): Promise<{ pitches: StoredPitch[]; damaged: DamagedPitch[] }> {
  const rows = (await db.getAll('pitches')).sort(newestEditFirst);
  const pitches: StoredPitch[] = [];
  const damaged: DamagedPitch[] = [];
  for (const read of rows.map(readRow)) {
    if (read.ok) pitches.push(read.record);
    else damaged.push(read.damaged);
  }
  return { pitches, damaged };
}

/** Reads one pitch; `undefined` when it does not exist; throws with a readable message when damaged. */
export async function getPitch(db: LibraryDatabase, id: string): Promise<StoredPitch | undefined> {
  const row = await db.get('pitches', id);
  return row && pitchFromRow(row);
}

/** Adds a new pitch with a fresh id at revision 1. */
export async function createPitch(
  db: LibraryDatabase,
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
  await db.write(['pitches'], (tx) => tx.add('pitches', record));
  return record;
}

/**
 * Saves an edit made on top of `baseRevision`. If another tab saved a newer revision since,
 * nothing is written and the newer record is returned, so no edit is ever silently overwritten.
 */
export async function savePitch(
  db: LibraryDatabase,
  id: string,
  pitch: PitchFile,
  baseRevision: number,
  now = Date.now(),
): Promise<SaveResult> {
  const valid = pitchFileSchema.parse(pitch);
  return db.write(['pitches'], async (tx): Promise<SaveResult> => {
    const current = await tx.get('pitches', id);
    if (!current) return { status: 'missing' };
    // The newer revision is shown to the user to choose from, so it must read as a pitch.
    if (current.revision !== baseRevision) return { status: 'conflict', current: pitchFromRow(current) };
    const record: StoredPitch = { ...current, pitch: valid, revision: current.revision + 1, updatedAt: now };
    await tx.put('pitches', record);
    return { status: 'saved', record };
  });
}

/** An edit and what it was made on: the revision and its pitch, as the form started from them. */
export interface EditOnBase {
  pitch: PitchFile;
  base: PitchFile;
  baseRevision: number;
}

/**
 * Saves an edit made on top of `baseRevision`. If another tab saved since, the two are merged
 * field by field in the same transaction (`mergePitch`): what only one tab changed is kept, and
 * a field both changed keeps the stored value until the user chooses (`merge.conflicts`), so
 * neither tab's text is overwritten unseen.
 */
export async function saveMergingPitch(
  db: LibraryDatabase,
  id: string,
  edit: EditOnBase,
  now = Date.now(),
): Promise<Exclude<SaveResult, { status: 'conflict' }>> {
  const mine = pitchFileSchema.parse(edit.pitch);
  return db.write(['pitches'], async (tx) => {
    const row = await tx.get('pitches', id);
    if (!row) return { status: 'missing' as const };
    if (row.revision === edit.baseRevision) {
      const record: StoredPitch = { ...row, pitch: mine, revision: row.revision + 1, updatedAt: now };
      await tx.put('pitches', record);
      return { status: 'saved' as const, record };
    }
    const current = pitchFromRow(row);
    const merge = mergePitch(edit.base, current.pitch, mine);
    if (sameValue(merge.stored, toEditablePitch(current.pitch))) return { status: 'merged' as const, record: current, merge };
    const record: StoredPitch = { ...current, pitch: pitchFileSchema.parse(merge.stored), revision: row.revision + 1, updatedAt: now };
    await tx.put('pitches', record);
    return { status: 'merged' as const, record, merge };
  });
}

/** What a delete removed, kept by the caller so "Undo" can put it back exactly. */
export interface DeletedPitch {
  /** The title to name it by ("Deleted “…”"). */
  title: string;
  record: LibraryRows['pitches'];
  rehearsal: LibraryRows['rehearsal'] | undefined;
}

const titleOf = (row: PitchRow) => {
  const read = readRow(row);
  return (read.ok && read.record.pitch.title?.trim()) || 'Untitled pitch';
};

/** Deletes a pitch and its rehearsal progress; returns what was deleted so it can be undone. */
export async function deletePitch(db: LibraryDatabase, id: string): Promise<DeletedPitch | undefined> {
  return db.write(['pitches', 'rehearsal'], async (tx) => {
    const record = await tx.get('pitches', id);
    if (!record) return undefined;
    const rehearsal = await tx.get('rehearsal', id);
    await tx.delete('pitches', id);
    await tx.delete('rehearsal', id);
    return { title: titleOf(record), record, rehearsal };
  });
}

/** Puts a deleted pitch and its rehearsal progress back exactly as they were (undo). */
export async function restorePitch(db: LibraryDatabase, deleted: DeletedPitch): Promise<void> {
  await db.write(['pitches', 'rehearsal'], async (tx) => {
    await tx.put('pitches', deleted.record);
    if (deleted.rehearsal) await tx.put('rehearsal', deleted.rehearsal);
  });
}

/** Copies a pitch as a new entry titled "<title> (copy)"; rehearsal progress is not copied. */
export async function duplicatePitch(db: LibraryDatabase, id: string, now = Date.now()): Promise<StoredPitch | undefined> {
  const source = await getPitch(db, id);
  if (!source) return undefined;
  const title = `${source.pitch.title?.trim() || 'Untitled pitch'} (copy)`.slice(0, 600);
  return createPitch(db, { ...source.pitch, title }, now);
}

/** Renames a pitch (its title) as a new revision. */
export async function renamePitch(
  db: LibraryDatabase,
  id: string,
  title: string,
  now = Date.now(),
): Promise<Exclude<SaveResult, { status: 'conflict' | 'merged' }>> {
  // Read and write in one transaction: a save from an open editor can land before or after it,
  // never between, so neither the new title nor the edit is refused or lost.
  return db.write(['pitches'], async (tx) => {
    const row = await tx.get('pitches', id);
    if (!row) return { status: 'missing' as const };
    const current = pitchFromRow(row);
    const pitch = pitchFileSchema.parse({ ...current.pitch, title });
    const record: StoredPitch = { ...current, pitch, revision: current.revision + 1, updatedAt: now };
    await tx.put('pitches', record);
    return { status: 'saved' as const, record };
  });
}
