import type { LibraryDatabase, RowOf, StoreName } from '@/lib/storage/library-database';

/** Writes one raw row as it is, bypassing the stores' validation (old or damaged data in tests). */
export function putRow<S extends StoreName>(db: LibraryDatabase, store: S, row: RowOf<S>): Promise<void> {
  return db.write([store], (tx) => tx.put(store, row));
}
