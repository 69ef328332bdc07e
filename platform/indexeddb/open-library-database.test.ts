import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import {
  NEWER_VERSION_MESSAGE,
  type LibraryDatabase,
  type LibraryRows,
  type StoredPitch,
} from '@/lib/storage/library-database';
import { listPitchSummaries } from '@/lib/storage/pitch-summary';
import { cacheReadiness, readCachedReadiness } from '@/lib/storage/readiness-cache';
import { LIBRARY_DB_VERSION, openLibraryDatabase } from './open-library-database';
import { createPitch, getPitch, listPitches, savePitch } from '@/lib/storage/pitch-store';
import { getMeasuredPace } from '@/lib/storage/settings-store';

let n = 0;
const opened: LibraryDatabase[] = [];
function database(name = `pitch-db-${++n}`) {
  const db = openLibraryDatabase(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const example = () => structuredClone(EXAMPLE_PITCHES[0]!.pitch);
/** The example as the first releases stored it: a version 1 pitch file. */
const exampleV1 = () => ({ ...example(), version: 1 }) as unknown as StoredPitch['pitch'];

/** Creates the library the way the first releases did, with Dexie and their schema. */
async function createAsFirstRelease(name: string, record: StoredPitch): Promise<void> {
  const db = new Dexie(name);
  db.version(1).stores({ pitches: 'id, updatedAt', rehearsal: 'pitchId', settings: 'key' });
  await db.table('pitches').put(record);
  await db.table('settings').put({ key: 'measuredWordsPerMinute', value: 152 });
  db.close();
}

/** Creates the library as this app's version 10 schema left it, with plain IndexedDB. */
async function createAtVersion10(
  name: string,
  pitches: StoredPitch[],
  progress: LibraryRows['rehearsal'],
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      request.result
        .createObjectStore('pitches', { keyPath: 'id' })
        .createIndex('updatedAt', 'updatedAt');
      request.result.createObjectStore('rehearsal', { keyPath: 'pitchId' });
      request.result.createObjectStore('settings', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['pitches', 'rehearsal'], 'readwrite');
  for (const row of pitches) tx.objectStore('pitches').put(row);
  tx.objectStore('rehearsal').put(progress);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

describe('the library database', () => {
  test('opens a library saved by the first releases (Dexie), pitches and settings intact', async () => {
    const name = `first-release-${++n}`;
    const record: StoredPitch = {
      id: 'kept',
      pitch: exampleV1(),
      revision: 4,
      createdAt: 1,
      updatedAt: 2,
    };
    await createAsFirstRelease(name, record);
    const db = database(name);
    expect((await listPitches(db)).pitches.map((p) => p.id)).toEqual(['kept']);
    // Its version 1 pitch opens as version 2, otherwise as it was stored.
    const opened = await getPitch(db, 'kept');
    expect(opened?.pitch).toEqual(example());
    expect(await getMeasuredPace(db)).toBe(152);
    const saved = await savePitch(db, 'kept', { ...opened!.pitch, headline: 'A new claim' }, 4, 3);
    expect(saved.status).toBe('saved');
    expect((await db.get('pitches', 'kept'))?.pitch).toMatchObject({ version: 2 });
  });

  test('upgrades a version 10 library to 11: every pitch and its progress kept, readiness cached by revision', async () => {
    const name = `version-10-${++n}`;
    const rows = [1, 2, 3].map((i) => ({
      id: `p${i}`,
      pitch: i === 1 ? exampleV1() : { ...example(), title: `Kept ${i}` },
      revision: i,
      createdAt: i,
      updatedAt: 10 * i,
    }));
    await createAtVersion10(name, rows, {
      pitchId: 'p2',
      progress: { version: 1, cards: {}, sessions: [] },
      updatedAt: 5,
    });
    const db = database(name);
    const { pitches, damaged } = await listPitches(db);
    expect(damaged).toEqual([]);
    expect(pitches.map((p) => [p.id, p.revision, p.pitch.title])).toEqual([
      ['p3', 3, 'Kept 3'],
      ['p2', 2, 'Kept 2'],
      ['p1', 1, 'Claims triage automation'],
    ]);
    expect((await db.get('rehearsal', 'p2'))?.updatedAt).toBe(5);
    const { summaries } = await listPitchSummaries(db);
    const figures = { readiness: 92, slideReadiness: 100, pitchReadiness: 75 };
    await cacheReadiness(db, [{ pitchId: 'p2', revision: 2, figures }]);
    const cached = await readCachedReadiness(db, summaries);
    expect(cached.known).toEqual({ p2: figures });
    expect(cached.stale.map((s) => s.id)).toEqual(['p3', 'p1']);
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    expect([raw.version, [...raw.objectStoreNames]]).toEqual([
      11,
      ['pitches', 'readiness', 'rehearsal', 'settings'],
    ]);
    raw.close();
  });

  test('a write that throws half-way leaves nothing behind', async () => {
    const db = database();
    const failure = await db
      .write(['pitches'], async (tx) => {
        await tx.put('pitches', {
          id: 'half',
          pitch: example(),
          revision: 1,
          createdAt: 0,
          updatedAt: 0,
        });
        throw new Error('disk full');
      })
      .catch((error: unknown) => error);
    expect(failure).toEqual(new Error('disk full'));
    expect(await getPitch(db, 'half')).toBeUndefined();
  });

  test('watchers hear of every write: in this tab at once, in another tab through the channel', async () => {
    const name = `watched-${++n}`;
    const thisTab = database(name);
    const otherTab = database(name);
    const heardHere: string[] = [];
    let heardThere!: () => void;
    const otherTabHeard = new Promise<void>((resolve) => (heardThere = resolve));
    thisTab.watch('pitches', () => heardHere.push('pitches'));
    thisTab.watch('settings', () => heardHere.push('settings'));
    otherTab.watch('pitches', () => heardThere());

    const created = await createPitch(thisTab, example(), 1);
    expect(heardHere).toEqual(['pitches']);
    await otherTabHeard;
    expect((await getPitch(otherTab, created.id))?.revision).toBe(1);
  });

  test('a watcher stops hearing once unsubscribed', async () => {
    const db = database();
    let calls = 0;
    const stop = db.watch('pitches', () => (calls += 1));
    await createPitch(db, example(), 1);
    stop();
    await createPitch(db, example(), 2);
    expect(calls).toBe(1);
  });

  test('a newer version upgrading the library in another tab: this tab says to reload', async () => {
    const name = `upgraded-${++n}`;
    const db = database(name);
    await createPitch(db, example(), 1);
    // The newer app opens the same database at a higher version (as a later release would).
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, LIBRARY_DB_VERSION + 10);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    await expect(listPitches(db)).rejects.toThrow(NEWER_VERSION_MESSAGE);
    // A page opened later with this version's code is refused the same way, not with VersionError.
    await expect(listPitches(database(name))).rejects.toThrow(NEWER_VERSION_MESSAGE);
  });
});
