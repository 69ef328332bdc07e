import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { PitchFile } from '../pitch/schema';
import { createChangeFeed } from './change-feed';

/** One pitch in the browser library. `revision` rises by one on every successful save. */
export interface StoredPitch {
  id: string;
  pitch: PitchFile;
  revision: number;
  createdAt: number;
  updatedAt: number;
}

/** Rehearsal progress of one pitch; its shape belongs to lib/rehearsal, stored here as-is. */
export interface StoredRehearsal {
  pitchId: string;
  progress: unknown;
  updatedAt: number;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

export interface PitchSchema extends DBSchema {
  pitches: { key: string; value: StoredPitch; indexes: { updatedAt: number } };
  rehearsal: { key: string; value: StoredRehearsal };
  settings: { key: string; value: StoredSetting };
}

export type StoreName = 'pitches' | 'rehearsal' | 'settings';
export type WriteTransaction<S extends StoreName[]> = IDBPTransaction<PitchSchema, S, 'readwrite'>;

/**
 * The on-disk schema version. The first releases used Dexie, which stores its `version(1)` as
 * IndexedDB version 10 with these very stores: a library they created opens as it is.
 */
export const PITCH_DB_VERSION = 10;

/** What every storage call says once a newer version of the app has upgraded the library. */
export const NEWER_VERSION_MESSAGE =
  'A newer version of One-Slide Pitch updated your library in another tab. Reload this page to keep working; nothing you saved is lost.';

/** The library's IndexedDB database: opened on first use, shared by every store function. */
export interface PitchDatabase {
  readonly name: string;
  /** The open connection (opened, and created or upgraded, on first use). */
  connection(): Promise<IDBPDatabase<PitchSchema>>;
  /**
   * Runs `work` in one read-write transaction over `stores`: every write in it lands, or none
   * does (a throw aborts it). Watchers of those stores, in this tab and others, hear of it after.
   * `work` may await only requests of `tx`: awaiting anything else lets IndexedDB commit the
   * transaction early, and a later throw could no longer undo the writes before it.
   */
  write<S extends StoreName[], T>(
    stores: S,
    work: (tx: WriteTransaction<S>) => Promise<T>,
  ): Promise<T>;
  /** Calls `listener` after every write to `store`, from this tab or another; returns the unsubscribe. */
  watch(store: StoreName, listener: () => void): () => void;
  /** Closes the connection and deletes the database (tests). */
  delete(): Promise<void>;
}

/** Opens (lazily) the IndexedDB database that holds the library. */
export function openPitchDatabase(name = 'one-slide-pitch'): PitchDatabase {
  let opening: Promise<IDBPDatabase<PitchSchema>> | undefined;
  const changes = createChangeFeed<StoreName>(`${name}:changes`);

  function connection(): Promise<IDBPDatabase<PitchSchema>> {
    opening ??= openDB<PitchSchema>(name, PITCH_DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('pitches')) {
          db.createObjectStore('pitches', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        }
        if (!db.objectStoreNames.contains('rehearsal'))
          db.createObjectStore('rehearsal', { keyPath: 'pitchId' });
        if (!db.objectStoreNames.contains('settings'))
          db.createObjectStore('settings', { keyPath: 'key' });
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
    connection,
    async write(stores, work) {
      const tx = (await connection()).transaction(stores, 'readwrite');
      let result;
      try {
        result = await work(tx);
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
