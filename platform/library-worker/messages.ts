import type { Readiness } from '@/lib/advice/readiness';
import type { ImportOutcome } from '@/lib/storage/import-file';
import type { LibraryListing } from '@/lib/storage/pitch-summary';

/** Readiness figures by `readinessKey(id, revision)`: figures of an older revision never match. */
export type ReadinessByRevision = Record<string, Readiness>;

export const readinessKey = (id: string, revision: number) => `${id}@${revision}`;

export type LibraryWorkerRequest =
  | { id: number; type: 'list' }
  | { id: number; type: 'import'; file: Blob; fileName: string };

export type LibraryWorkerResponse =
  | { id: number; type: 'list'; listing: LibraryListing; readiness: ReadinessByRevision }
  | { id: number; type: 'import'; outcome: ImportOutcome }
  | { id: number; type: 'failed'; error: { name: string; message: string } }
  /** Figures just computed for pitches the last list had no cached figures for. */
  | { type: 'readiness'; readiness: ReadinessByRevision };
