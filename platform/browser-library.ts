import type { LibraryDatabase } from '@/lib/storage/library-database';
import { openLibraryDatabase } from './indexeddb/open-library-database';

let instance: LibraryDatabase | undefined;

/** The app's one library connection in this tab: IndexedDB, opened on first use. */
export function browserLibrary(): LibraryDatabase {
  instance ??= openLibraryDatabase();
  return instance;
}
