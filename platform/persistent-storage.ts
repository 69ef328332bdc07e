import type { LibraryDatabase } from '@/lib/storage/library-database';
import { markPersistRequested, wasPersistRequested } from '@/lib/storage/settings-store';

/**
 * Asks the browser, once per library, to keep its storage under pressure (no eviction): after the
 * first successful save, when the user has something to lose.
 */
export async function requestPersistenceOnce(db: LibraryDatabase): Promise<void> {
  if (await wasPersistRequested(db)) return;
  await markPersistRequested(db);
  await globalThis.navigator?.storage?.persist?.().catch(() => false);
}
