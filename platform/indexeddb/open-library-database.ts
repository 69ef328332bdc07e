import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  NEWER_VERSION_MESSAGE,
  type LibraryDatabase,
  type LibraryRows,
  type LibraryTransaction,
  type RowOf,
  type StoreName,
} from '@/lib/storage/library-database';
import { createChangeFeed } from '../broadcast-change-feed';

interface LibrarySchema extends DBSchema {
  pitches: { key: string; value: LibraryRows['pitches']; indexes: { updatedAt: number } };
  rehearsal: { key: string; value: LibraryRows['rehearsal'] };
  settings: { key: string; value: LibraryRows['settings'] };
  readiness: { key: string; value: LibraryRows['readiness'] };
}

/**
 * The on-disk schema version. The first releases used Dexie, which stores its `version(1)` as
 * IndexedDB version 10 with the pitches, rehearsal and settings stores: a library they created
 * opens as it is. Version 11 adds the readiness store (cached figures, by pitch and revision);
 * upgrading only adds it, so every pitch and its progress are kept.
 */
export const LIBRARY_DB_VERSION = 11;

/** The library in IndexedDB (through idb): opened, and created or upgraded, on first use. */
export function openLibraryDatabase(name = 'one-slide-pitch'): LibraryDatabase {
  let opening: Promise<IDBPDatabase<LibrarySchema>> | undefined;
  const changes = createChangeFeed<StoreName>(`${name}:changes`);

  function connection(): Promise<IDBPDatabase<LibrarySchema>> {
    opening ??= openDB<LibrarySchema>(name, LIBRARY_DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('pitches')) {
          db.createObjectStore('pitches', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        }
        if (!db.objectStoreNames.contains('rehearsal'))
          db.createObjectStore('rehearsal', { keyPath: 'pitchId' });
        if (!db.objectStoreNames.contains('settings'))
          db.createObjectStore('settings', { keyPath: 'key' });
        if (!db.objectStoreNames.contains('readiness'))
          db.createObjectStore('readiness', { keyPath: 'pitchId' });
      },
      // A newer version of the app, open in another tab, upgrades the database: let it, and say
      // so here, since this page's code cannot open the newer database.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
        opening = Promise.reject(new Error(NEWER_VERSION_MESSAGE));
        opening.catch(() => undefined);
      },
      terminated() {
        opening = undefined;
      },
    }).catch((error: unknown) => {
      opening = undefined;
      if (error instanceof DOMException && error.name === 'VersionError')
        throw new Error(NEWER_VERSION_MESSAGE);
      throw error;
    });
    return opening;
  }

  return {
    name,
    // idb types each store's rows through LibrarySchema, the port through LibraryRows: the same
    // types, which TypeScript cannot match up through a generic store name.
    async get<S extends StoreName>(store: S, key: string) {
      return (await connection()).get(store, key) as Promise<RowOf<S> | undefined>;
    },
    async getAll<S extends StoreName>(store: S) {
      return (await connection()).getAll(store) as Promise<RowOf<S>[]>;
    },
    async newestPitches(count: number) {
      const rows: LibraryRows['pitches'][] = [];
      const index = (await connection()).transaction('pitches').store.index('updatedAt');
      for (
        let cursor = await index.openCursor(null, 'prev');
        cursor && rows.length < count;
        cursor = await cursor.continue()
      )
        rows.push(cursor.value);
      return rows;
    },
    async count(store: StoreName) {
      return (await connection()).count(store);
    },
    async write<S extends StoreName, T>(
      stores: S[],
      work: (tx: LibraryTransaction<S>) => Promise<T>,
    ) {
      const tx = (await connection()).transaction(stores, 'readwrite');
      const requests: LibraryTransaction<S> = {
        get: <R extends S>(store: R, key: string) =>
          tx.objectStore(store).get(key) as Promise<RowOf<R> | undefined>,
        add: async (store, row) => {
          await tx.objectStore(store).add(row);
        },
        put: async (store, row) => {
          await tx.objectStore(store).put(row);
        },
        delete: (store, key) => tx.objectStore(store).delete(key),
      };
      let result: T;
      try {
        result = await work(requests);
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already aborted by the failed request.
        }
        await tx.done.catch(() => undefined);
        throw error;
      }
      await tx.done;
      changes.announce(stores);
      return result;
    },
    watch: changes.watch,
    async delete() {
      const db = await opening?.catch(() => undefined);
      db?.close();
      opening = undefined;
      changes.close();
      await deleteDB(name);
    },
  };
}
