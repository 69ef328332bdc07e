import 'fake-indexeddb/auto';
import { afterEach, expect, test } from 'vitest';
import { serializeLibrary } from '@/lib/pitch/serialize';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { importFileText } from '@/lib/storage/import-file';
import type { LibraryDatabase } from '@/lib/storage/library-database';
import { listPitches } from '@/lib/storage/pitch-store';
import { openLibraryDatabase } from './open-library-database';

let n = 0;
const opened: LibraryDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The library, on a disk that fills up once `room` pitches are stored, as a browser reports it. */
function libraryWithRoomFor(room: number): LibraryDatabase {
  const db = openLibraryDatabase(`import-file-${++n}`);
  opened.push(db);
  return {
    ...db,
    write: (stores, work) =>
      db.write(stores, (tx) =>
        work({
          ...tx,
          add: async (store, row) => {
            if (store === 'pitches' && (room -= 1) < 0)
              throw new DOMException('', 'QuotaExceededError');
            return tx.add(store, row);
          },
        }),
      ),
  };
}

const backup = (count: number) =>
  serializeLibrary(EXAMPLE_PITCHES.slice(0, count).map((e) => e.pitch));

test('a backup that does not fit says storage is full and what to do, and imports nothing', async () => {
  const db = libraryWithRoomFor(4);
  expect((await importFileText(db, 'two.json', backup(2))).ok).toBe(true);
  const outcome = await importFileText(db, 'three.json', backup(3));
  expect(outcome.ok).toBe(false);
  expect(outcome.message).toBe(
    '“three.json” could not be saved in this browser. This browser has no room left to store it: its storage for this site is full. Free some space (delete pitches you no longer need after saving them with "Export JSON", or free disk space on this device), then try again. Nothing was imported; your library is unchanged.',
  );
  expect(outcome.message).not.toContain('()');
  expect((await listPitches(db)).pitches).toHaveLength(2);
});

test('any other refusal names what the browser said', async () => {
  const db = libraryWithRoomFor(Infinity);
  const failing: LibraryDatabase = {
    ...db,
    write: () =>
      Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError')),
  };
  const outcome = await importFileText(failing, 'one.json', backup(1));
  expect(outcome.message).toBe(
    '“one.json” could not be saved in this browser. The database connection is closing. Nothing was imported; your library is unchanged.',
  );
});
