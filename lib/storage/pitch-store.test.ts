import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBlankPitch } from '../pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { parseImportText } from '../pitch/parse-pitch-file';
import { exportLibraryJson, importIntoLibrary } from './library-backup';
import { openPitchDatabase, type PitchDatabase } from './pitch-db';
import { createPitch, deletePitch, duplicatePitch, getPitch, listPitches, renamePitch, restorePitch, savePitch } from './pitch-store';

let db: PitchDatabase;
let n = 0;
beforeEach(() => {
  db = openPitchDatabase(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const example = () => structuredClone(EXAMPLE_PITCHES[0]!.pitch);
const sampleProgress = { version: 1, cards: {}, sessions: [{ at: 1000, kind: 'review', cardsReviewed: 7 }] };

describe('revisions', () => {
  test('each save raises the revision and keeps the text', async () => {
    const created = await createPitch(db, createBlankPitch(), 1000);
    const saved = await savePitch(db, created.id, { ...created.pitch, headline: 'Hiring two nurses will cut waits by half' }, 1, 2000);
    expect(saved.status).toBe('saved');
    const reread = await getPitch(db, created.id);
    expect(reread?.revision).toBe(2);
    expect(reread?.pitch.headline).toBe('Hiring two nurses will cut waits by half');
  });

  test('a stale tab cannot overwrite a newer revision', async () => {
    const created = await createPitch(db, example());
    // Tab A and tab B both opened revision 1; A saves first.
    await savePitch(db, created.id, { ...created.pitch, ask: 'Approve $1M by June' }, 1);
    const stale = await savePitch(db, created.id, { ...created.pitch, ask: 'Stale edit from tab B' }, 1);
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
    await expect(savePitch(db, created.id, { ...created.pitch, headline: 'x'.repeat(601) }, 1)).rejects.toThrow();
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
    await (await db.connection()).put('rehearsal', { pitchId: created.id, progress: { cards: 3 }, updatedAt: 5 });
    const deleted = await deletePitch(db, created.id);
    expect((await listPitches(db)).pitches).toHaveLength(0);
    await restorePitch(db, deleted!);
    expect(await getPitch(db, created.id)).toEqual(created);
    expect((await (await db.connection()).get('rehearsal', created.id))?.progress).toEqual({ cards: 3 });
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
    await (await db.connection()).put('pitches', { id: 'x', pitch: { nonsense: true } as never, revision: 1, createdAt: 0, updatedAt: 0 });
    const { pitches, damaged } = await listPitches(db);
    expect(pitches).toHaveLength(0);
    expect(damaged[0]?.id).toBe('x');
    await expect(getPitch(db, 'x')).rejects.toThrow(/damaged/);
  });
});

describe('backup', () => {
  test('export then import restores every pitch and its rehearsal progress as new entries', async () => {
    const one = await createPitch(db, { ...example(), title: 'One' }, 2000);
    await createPitch(db, { ...example(), title: 'Two' }, 1000);
    await (await db.connection()).put('rehearsal', { pitchId: one.id, progress: sampleProgress, updatedAt: 1 });
    const { json, count } = await exportLibraryJson(db);
    expect(count).toBe(2);

    const target = openPitchDatabase(`restore-${n}`);
    const parsed = parseImportText(json);
    if (!parsed.ok || parsed.kind !== 'library') throw new Error('backup did not parse');
    const records = await importIntoLibrary(target, parsed.backup.pitches, parsed.backup.rehearsal);
    const { pitches } = await listPitches(target);
    expect(pitches.map((p) => p.pitch.title)).toEqual(['One', 'Two']);
    expect((await (await target.connection()).get('rehearsal', records[0]!.id))?.progress).toEqual(sampleProgress);
    await target.delete();
  });

  test('an import with one invalid pitch adds nothing', async () => {
    await createPitch(db, example());
    const bad = { ...example(), headline: 'x'.repeat(601) };
    await expect(importIntoLibrary(db, [example(), bad])).rejects.toThrow();
    expect((await listPitches(db)).pitches).toHaveLength(1);
  });
});
