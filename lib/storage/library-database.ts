import type { PitchFile } from '../pitch/schema';

/** One pitch in the browser library, validated. `revision` rises by one on every successful save. */
export interface StoredPitch {
  id: string;
  pitch: PitchFile;
  revision: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * The rows as the database holds them. What is read back is not trusted until a schema has
 * checked it (a library written by an older release, or edited by hand in devtools).
 */
export interface LibraryRows {
  pitches: Omit<StoredPitch, 'pitch'> & { pitch: unknown };
  /** Rehearsal progress of one pitch; its shape belongs to lib/rehearsal, stored as-is. */
  rehearsal: { pitchId: string; progress: unknown; updatedAt: number };
  settings: { key: string; value: unknown };
  /**
   * Readiness figures of one pitch at one revision, computed off the main thread and kept so the
   * library does not run the advice engine over every pitch on every visit (lib/storage/readiness-cache.ts).
   */
  readiness: { pitchId: string; revision: number; edition: number; figures: unknown };
}

export type StoreName = keyof LibraryRows;
export type RowOf<Store extends StoreName> = LibraryRows[Store];

/** The requests of one read-write transaction over `Stores`. */
export interface LibraryTransaction<Stores extends StoreName> {
  get<S extends Stores>(store: S, key: string): Promise<RowOf<S> | undefined>;
  /** Adds a row; fails (and so aborts the transaction) when its key is taken. */
  add<S extends Stores>(store: S, row: RowOf<S>): Promise<void>;
  put<S extends Stores>(store: S, row: RowOf<S>): Promise<void>;
  delete<S extends Stores>(store: S, key: string): Promise<void>;
}

/**
 * The storage port: what the library's logic (pitch, rehearsal and settings stores, backups)
 * needs from a database. The browser's adapter is IndexedDB (platform/indexeddb); the logic
 * itself never sees which one it runs on.
 */
export interface LibraryDatabase {
  readonly name: string;
  get<S extends StoreName>(store: S, key: string): Promise<RowOf<S> | undefined>;
  /** Every row of `store`, in key order. */
  getAll<S extends StoreName>(store: S): Promise<RowOf<S>[]>;
  /** The `count` pitches edited last, newest first (ties: greater id first), for the list's first screen. */
  newestPitches(count: number): Promise<RowOf<'pitches'>[]>;
  /** How many rows `store` holds. */
  count(store: StoreName): Promise<number>;
  /**
   * Runs `work` in one read-write transaction over `stores`: every write in it lands, or none
   * does (a throw aborts it). Watchers of those stores, in this tab and others, hear of it after.
   * `work` may await only requests of `tx`: awaiting anything else may let the database commit
   * early, and a later throw could no longer undo the writes before it.
   */
  write<S extends StoreName, T>(
    stores: S[],
    work: (tx: LibraryTransaction<S>) => Promise<T>,
  ): Promise<T>;
  /** Calls `listener` after every write to `store`, from this tab or another; returns the unsubscribe. */
  watch(store: StoreName, listener: () => void): () => void;
  /** Closes the connection and deletes the database (tests). */
  delete(): Promise<void>;
}

/** What every storage call says once a newer version of the app has upgraded the library. */
export const NEWER_VERSION_MESSAGE =
  'A newer version of One-Slide Pitch updated your library in another tab. Reload this page to keep working; nothing you saved is lost.';
