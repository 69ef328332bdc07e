import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { parseImportText } from '@/lib/pitch/parse-pitch-file';
import type { PitchFile } from '@/lib/pitch/schema';
import { serializeLibrary } from '@/lib/pitch/serialize';
import { fullV2Pitch } from '@/test-support/pitch-fixtures';
import { exportLibraryJson, importIntoLibrary } from '@/lib/storage/library-backup';
import type { LibraryDatabase } from '@/lib/storage/library-database';
import { openLibraryDatabase } from './open-library-database';
import { putRow } from '@/test-support/put-row';
import {
  createPitch,
  deletePitch,
  duplicatePitch,
  getPitch,
  listPitches,
  renamePitch,
  restorePitch,
  saveMergingPitch,
  savePitch,
} from '@/lib/storage/pitch-store';

let db: LibraryDatabase;
let n = 0;
beforeEach(() => {
  db = openLibraryDatabase(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const example = () => structuredClone(EXAMPLE_PITCHES[0]!.pitch);
const sampleProgress = {
  version: 1,
  cards: {},
  sessions: [{ at: 1000, kind: 'review', cardsReviewed: 7 }],
};

describe('saving on a stale revision merges field by field', () => {
  test("tab B's save on the revision both opened keeps tab A's saved title (issue 15, failure 5)", async () => {
    const created = await createPitch(db, example());
    await saveMergingPitch(db, created.id, { pitch: { ...created.pitch, title: 'Title from tab A' }, base: created.pitch, baseRevision: 1 });
    const b = await saveMergingPitch(db, created.id, { pitch: { ...created.pitch, audience: 'Audience from tab B' }, base: created.pitch, baseRevision: 1 });
    expect(b.status).toBe('merged');
    const stored = await getPitch(db, created.id);
    expect(stored?.revision).toBe(3);
    expect(stored?.pitch).toMatchObject({ title: 'Title from tab A', audience: 'Audience from tab B' });
  });

  test('a field both tabs changed keeps the stored value until the user chooses; the rest of the edit is saved', async () => {
    const created = await createPitch(db, example());
    await saveMergingPitch(db, created.id, { pitch: { ...created.pitch, ask: 'Approve $1M by June' }, base: created.pitch, baseRevision: 1 });
    const b = await saveMergingPitch(db, created.id, {
      pitch: { ...created.pitch, ask: 'Approve $900K by July', title: 'Tab B title' },
      base: created.pitch,
      baseRevision: 1,
    });
    expect(b.status === 'merged' && b.merge.conflicts).toEqual([
      { path: 'ask', label: 'Ask', mine: 'Approve $900K by July', theirs: 'Approve $1M by June' },
    ]);
    expect((await getPitch(db, created.id))?.pitch).toMatchObject({ ask: 'Approve $1M by June', title: 'Tab B title' });
  });

  test('a stale save that adds nothing writes no new revision', async () => {
    const created = await createPitch(db, example());
    const edited = { ...created.pitch, title: 'Same in both tabs' };
    await saveMergingPitch(db, created.id, { pitch: edited, base: created.pitch, baseRevision: 1 });
    const again = await saveMergingPitch(db, created.id, { pitch: edited, base: created.pitch, baseRevision: 1 });
    expect(again.status === 'merged' && again.record.revision).toBe(2);
    expect((await getPitch(db, created.id))?.revision).toBe(2);
  });
});

describe('revisions', () => {
  test('each save raises the revision and keeps the text', async () => {
    const created = await createPitch(db, createBlankPitch(), 1000);
    const saved = await savePitch(
      db,
      created.id,
      { ...created.pitch, headline: 'Hiring two nurses will cut waits by half' },
      1,
      2000,
    );
    expect(saved.status).toBe('saved');
    const reread = await getPitch(db, created.id);
    expect(reread?.revision).toBe(2);
    expect(reread?.pitch.headline).toBe('Hiring two nurses will cut waits by half');
  });

  test('a stale tab cannot overwrite a newer revision', async () => {
    const created = await createPitch(db, example());
    // Tab A and tab B both opened revision 1; A saves first.
    await savePitch(db, created.id, { ...created.pitch, ask: 'Approve $1M by June' }, 1);
    const stale = await savePitch(
      db,
      created.id,
      { ...created.pitch, ask: 'Stale edit from tab B' },
      1,
    );
    expect(stale.status).toBe('conflict');
    if (stale.status === 'conflict') expect(stale.current.pitch.ask).toBe('Approve $1M by June');
    expect((await getPitch(db, created.id))?.pitch.ask).toBe('Approve $1M by June');
  });

  test('saving a deleted pitch reports it missing instead of recreating it silently', async () => {
    const created = await createPitch(db, example());
    await deletePitch(db, created.id);
    expect((await savePitch(db, created.id, created.pitch, 1)).status).toBe('missing');
  });

  test('refuses to store an invalid pitch', async () => {
    const created = await createPitch(db, example());
    await expect(
      savePitch(db, created.id, { ...created.pitch, headline: 'x'.repeat(601) }, 1),
    ).rejects.toThrow();
    expect((await getPitch(db, created.id))?.revision).toBe(1);
  });
});

describe('library operations', () => {
  test('lists newest edits first', async () => {
    const a = await createPitch(db, { ...example(), title: 'A' }, 1000);
    await createPitch(db, { ...example(), title: 'B' }, 2000);
    await savePitch(db, a.id, { ...a.pitch, headline: 'A is now the newest edit of all' }, 1, 3000);
    const { pitches } = await listPitches(db);
    expect(pitches.map((p) => p.pitch.title)).toEqual(['A', 'B']);
  });

  test('delete then restore brings back the pitch and its rehearsal progress exactly', async () => {
    const created = await createPitch(db, example());
    await putRow(db, 'rehearsal', { pitchId: created.id, progress: { cards: 3 }, updatedAt: 5 });
    const deleted = await deletePitch(db, created.id);
    expect((await listPitches(db)).pitches).toHaveLength(0);
    await restorePitch(db, deleted!);
    expect(await getPitch(db, created.id)).toEqual(created);
    expect((await db.get('rehearsal', created.id))?.progress).toEqual({
      cards: 3,
    });
  });

  test('a rename from the library racing an editor save keeps both: the new title and the edit', async () => {
    const created = await createPitch(db, example());
    const edited = { ...created.pitch, headline: 'Automated triage settles motor claims a third faster' };
    const [renamed] = await Promise.all([
      renamePitch(db, created.id, 'Renamed'),
      // The editor saves through saveMergingPitch, on the revision it opened.
      saveMergingPitch(db, created.id, { pitch: edited, base: created.pitch, baseRevision: created.revision }),
    ]);
    expect(renamed.status).toBe('saved');
    const stored = await getPitch(db, created.id);
    expect(stored?.pitch.title).toBe('Renamed');
    expect(stored?.pitch.headline).toBe(edited.headline);
    expect(stored?.revision).toBe(created.revision + 2);
  });

  test('rename and duplicate', async () => {
    const created = await createPitch(db, example());
    await renamePitch(db, created.id, 'Renamed');
    const copy = await duplicatePitch(db, created.id);
    expect(copy?.id).not.toBe(created.id);
    expect(copy?.pitch.title).toBe('Renamed (copy)');
    expect((await listPitches(db)).pitches).toHaveLength(2);
  });

  test('a damaged stored record is reported, not dropped', async () => {
    await putRow(db, 'pitches', {
      id: 'x',
      pitch: { nonsense: true } as never,
      revision: 1,
      createdAt: 0,
      updatedAt: 0,
    });
    const { pitches, damaged } = await listPitches(db);
    expect(pitches).toHaveLength(0);
    expect(damaged[0]?.id).toBe('x');
    await expect(getPitch(db, 'x')).rejects.toThrow(/damaged/);
  });
});

describe('pitches stored by the version 1 app', () => {
  /** A record as the old app wrote it: its pitch a version 1 file (possibly without optional keys). */
  const v1Record = (id: string, pitch: object, updatedAt = 1) => ({
    id,
    pitch: { ...pitch, version: 1 } as unknown as PitchFile,
    revision: 3,
    createdAt: 0,
    updatedAt,
  });

  test.each<[string, object]>([
    ['a finished example', example()],
    ['a blank draft', createBlankPitch()],
    [
      'a draft with only the required keys',
      { format: 'one-slide-pitch', headline: '', situation: [], action: [], outcome: [] },
    ],
  ])('%s opens as version 2, listed and read, otherwise unchanged', async (_, pitch) => {
    await putRow(db, 'pitches', v1Record('old', pitch));
    const { pitches, damaged } = await listPitches(db);
    expect(damaged).toEqual([]);
    expect(pitches.map((p) => p.pitch)).toEqual([{ ...pitch, version: 2 }]);
    expect((await getPitch(db, 'old'))?.pitch).toEqual({ ...pitch, version: 2 });
  });

  test('the next save stores it as version 2, and v2 keys can then be added', async () => {
    await putRow(db, 'pitches', v1Record('old', example()));
    const opened = (await getPitch(db, 'old'))!;
    const saved = await savePitch(db, 'old', { ...opened.pitch, lens: 'sponsor' }, opened.revision);
    expect(saved.status).toBe('saved');
    const row = await db.get('pitches', 'old');
    expect(row?.pitch).toEqual({ ...example(), version: 2, lens: 'sponsor' });
  });

  test('a stored version 1 pitch carrying a v2 key is reported damaged, naming the key', async () => {
    await putRow(db, 'pitches', v1Record('odd', { ...example(), lens: 'cfo' }));
    const { damaged } = await listPitches(db);
    expect(damaged.map((d) => [d.id, d.problem])).toEqual([
      ['odd', 'Unknown field "lens": the pitch file format does not have it.'],
    ]);
  });

  test('version 1 and version 2 records open side by side', async () => {
    await putRow(db, 'pitches', v1Record('old', { ...example(), title: 'Old' }, 1));
    await createPitch(db, { ...fullV2Pitch(), title: 'New' }, 2);
    const { pitches } = await listPitches(db);
    expect(pitches.map((p) => [p.pitch.title, p.pitch.version])).toEqual([
      ['New', 2],
      ['Old', 2],
    ]);
  });
});

describe('version 2 keys in the library', () => {
  test('survive create, save and a rename unchanged', async () => {
    const created = await createPitch(db, fullV2Pitch());
    expect(created.pitch).toEqual(fullV2Pitch());
    await savePitch(db, created.id, { ...created.pitch, headline: 'Edited' }, 1);
    await renamePitch(db, created.id, 'Renamed');
    expect((await getPitch(db, created.id))?.pitch).toEqual({
      ...fullV2Pitch(),
      title: 'Renamed',
      headline: 'Edited',
    });
  });

  test('survive duplicate', async () => {
    const created = await createPitch(db, fullV2Pitch());
    const copy = await duplicatePitch(db, created.id);
    expect(copy?.pitch).toEqual({ ...fullV2Pitch(), title: `${fullV2Pitch().title} (copy)` });
  });
});

describe('backup', () => {
  test('export then import restores every pitch and its rehearsal progress as new entries', async () => {
    const one = await createPitch(db, { ...example(), title: 'One' }, 2000);
    await createPitch(db, { ...example(), title: 'Two' }, 1000);
    await putRow(db, 'rehearsal', { pitchId: one.id, progress: sampleProgress, updatedAt: 1 });
    const { json, count } = await exportLibraryJson(db);
    expect(count).toBe(2);

    const target = openLibraryDatabase(`restore-${n}`);
    const parsed = parseImportText(json);
    if (!parsed.ok || parsed.kind !== 'library') throw new Error('backup did not parse');
    const records = await importIntoLibrary(target, parsed.backup.pitches, parsed.backup.rehearsal);
    const { pitches } = await listPitches(target);
    expect(pitches.map((p) => p.pitch.title)).toEqual(['One', 'Two']);
    expect((await target.get('rehearsal', records[0]!.id))?.progress).toEqual(
      sampleProgress,
    );
    await target.delete();
  });

  test('is written as version 2, and its version 2 keys come back unchanged', async () => {
    await createPitch(db, fullV2Pitch(), 2000);
    await createPitch(db, createBlankPitch('Blank'), 1000);
    const { json } = await exportLibraryJson(db);
    const written = JSON.parse(json) as { version: number; pitches: Array<{ version: number }> };
    expect(written.version).toBe(2);
    expect(written.pitches.map((p) => p.version)).toEqual([2, 2]);

    const target = openLibraryDatabase(`restore-v2-${n}`);
    const parsed = parseImportText(json);
    if (!parsed.ok || parsed.kind !== 'library') throw new Error('backup did not parse');
    await importIntoLibrary(target, parsed.backup.pitches, parsed.backup.rehearsal);
    expect((await listPitches(target)).pitches.map((p) => p.pitch)).toEqual([
      fullV2Pitch(),
      createBlankPitch('Blank'),
    ]);
    await target.delete();
  });

  test('a version 1 backup (from the old app) imports, its pitches as version 2', async () => {
    const v1 = (pitch: PitchFile) => ({ ...pitch, version: 1 });
    const json = JSON.stringify({
      format: 'one-slide-pitch-library',
      version: 1,
      pitches: [v1({ ...example(), title: 'One' }), v1({ ...example(), title: 'Two' })],
      rehearsal: [{ pitchIndex: 1, progress: sampleProgress }],
    });
    const parsed = parseImportText(json);
    if (!parsed.ok || parsed.kind !== 'library')
      throw new Error(parsed.ok ? 'not a backup' : parsed.error);
    const records = await importIntoLibrary(db, parsed.backup.pitches, parsed.backup.rehearsal);
    const { pitches } = await listPitches(db);
    expect(pitches.map((p) => p.pitch)).toEqual([
      { ...example(), title: 'One' },
      { ...example(), title: 'Two' },
    ]);
    const stored = await db.get('pitches', records[0]!.id);
    expect(stored?.pitch).toMatchObject({ version: 2 });
    expect((await db.get('rehearsal', records[1]!.id))?.progress).toEqual(
      sampleProgress,
    );
  });

  test('a backup written now reads back as the same library', () => {
    const parsed = parseImportText(serializeLibrary([fullV2Pitch()]));
    expect(parsed.ok && parsed.kind === 'library' && parsed.backup).toEqual({
      format: 'one-slide-pitch-library',
      version: 2,
      pitches: [fullV2Pitch()],
    });
  });

  test('an import with one invalid pitch adds nothing', async () => {
    await createPitch(db, example());
    const bad = { ...example(), headline: 'x'.repeat(601) };
    await expect(importIntoLibrary(db, [example(), bad])).rejects.toThrow();
    expect((await listPitches(db)).pitches).toHaveLength(1);
  });
});
