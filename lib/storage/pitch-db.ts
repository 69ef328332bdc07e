import Dexie, { type EntityTable } from 'dexie';
import type { PitchFile } from '../pitch/schema';

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

export type PitchDatabase = Dexie & {
  pitches: EntityTable<StoredPitch, 'id'>;
  rehearsal: EntityTable<StoredRehearsal, 'pitchId'>;
  settings: EntityTable<StoredSetting, 'key'>;
};

/** Opens (lazily) the IndexedDB database that holds the library. */
export function openPitchDatabase(name = 'one-slide-pitch'): PitchDatabase {
  const db = new Dexie(name) as PitchDatabase;
  db.version(1).stores({
    pitches: 'id, updatedAt',
    rehearsal: 'pitchId',
    settings: 'key',
  });
  return db;
}
