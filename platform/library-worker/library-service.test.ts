import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { analyzePitch } from '@/lib/advice/analyze-pitch';
import { readinessFigures } from '@/lib/advice/readiness';
import { createPitch, savePitch } from '@/lib/storage/pitch-store';
import type { LibraryDatabase } from '@/lib/storage/library-database';
import { largeLibraryBackup, largeLibraryPitches } from '@/test-support/large-library';
import { openLibraryDatabase } from '../indexeddb/open-library-database';
import { createLibraryService } from './library-service';
import { readinessKey, type ReadinessByRevision } from './messages';

let n = 0;
const opened: LibraryDatabase[] = [];
function database() {
  const db = openLibraryDatabase(`library-service-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A service whose streamed readiness figures are collected, with a promise for when `count` have come. */
function serviceOn(db: LibraryDatabase) {
  const heard: ReadinessByRevision = {};
  let waiting: { count: number; resolve: () => void } | undefined;
  const service = createLibraryService(db, (readiness) => {
    Object.assign(heard, readiness);
    if (waiting && Object.keys(heard).length >= waiting.count) waiting.resolve();
  });
  const scored = (count: number) =>
    new Promise<void>((resolve) => {
      waiting = { count, resolve };
      if (Object.keys(heard).length >= count) resolve();
    });
  return { service, heard, scored };
}

describe('the library service (what the library worker runs)', () => {
  test('lists what the rows show, newest first, then scores each pitch once: a second visit reads the figures from the cache', async () => {
    const db = database();
    const pitches = largeLibraryPitches(6);
    const records = [];
    for (const [i, pitch] of pitches.entries())
      records.push(await createPitch(db, pitch, 1000 + i));
    const first = serviceOn(db);
    const { listing, readiness } = await first.service.list();
    expect(listing.summaries.map((s) => s.title)).toEqual(pitches.map((p) => p.title).reverse());
    expect(listing.summaries[0]).toMatchObject({
      audience: pitches[5]!.audience,
      headline: pitches[5]!.headline,
      revision: 1,
    });
    expect(readiness).toEqual({});
    await first.scored(6);
    const expected = readinessFigures(analyzePitch(pitches[2]!));
    expect(first.heard[readinessKey(records[2]!.id, 1)]).toEqual(expected);

    // The first screen: the newest rows alone, the count of all, their figures.
    const screen = await serviceOn(db).service.firstScreen(2);
    expect(screen.summaries.map((s) => s.title)).toEqual([pitches[5]!.title, pitches[4]!.title]);
    expect(screen.total).toBe(6);
    expect(screen.readiness[readinessKey(records[5]!.id, 1)]).toEqual(
      readinessFigures(analyzePitch(pitches[5]!)),
    );
    // Every figure is known on the second visit, so nothing is left to score.
    const second = await serviceOn(db).service.list();
    expect(Object.keys(second.readiness)).toHaveLength(6);
    expect(second.readiness[readinessKey(records[2]!.id, 1)]).toEqual(expected);
  });

  test('an edited pitch is scored again for its new revision, never shown with its old figures', async () => {
    const db = database();
    const record = await createPitch(db, largeLibraryPitches(1)[0]!, 1);
    const first = serviceOn(db);
    await first.service.list();
    await first.scored(1);
    const edited = { ...record.pitch, situation: [], action: [] };
    expect((await savePitch(db, record.id, edited, 1, 2)).status).toBe('saved');
    const second = serviceOn(db);
    const { readiness } = await second.service.list();
    expect(readiness).toEqual({});
    await second.scored(1);
    expect(second.heard[readinessKey(record.id, 2)]).toEqual(
      readinessFigures(analyzePitch(edited)),
    );
    expect(second.heard[readinessKey(record.id, 2)]!.readiness).toBeLessThanOrEqual(60);
  });

  test('imports a 2,000-pitch backup in one go', async () => {
    const db = database();
    const { service } = serviceOn(db);
    const outcome = await service.importFile(new Blob([largeLibraryBackup(2000)]), 'library.json');
    expect(outcome).toEqual({ ok: true, message: 'Imported 2000 pitches from the backup.' });
    expect((await db.getAll('pitches')).length).toBe(2000);
  }, 60_000);
});
