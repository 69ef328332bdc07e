import { openPitchDatabase, type PitchDatabase } from './pitch-db';

let instance: PitchDatabase | undefined;

/** The app's one IndexedDB connection in this tab (opened on first use). */
export function getBrowserDatabase(): PitchDatabase {
  instance ??= openPitchDatabase();
  return instance;
}
