import type { Readiness } from '@/lib/advice/readiness';
import type { ImportOutcome } from '@/lib/storage/import-file';
import type { DamagedPitch } from '@/lib/storage/pitch-store';
import type { PitchSummary } from '@/lib/storage/pitch-summary';

/** Readiness figures by `readinessKey(id, revision)`: figures of an older revision never match. */
export type ReadinessByRevision = Record<string, Readiness>;

/** Rows read first, for the list's first screen (a tall phone shows about ten). */
export const FIRST_SCREEN_SIZE = 30;

/** Rows per `list-part` message: each is taken in within a few milliseconds, even on a slow phone. */
export const LIST_PART_SIZE = 200;

export const readinessKey = (id: string, revision: number) => `${id}@${revision}`;

export type LibraryWorkerRequest =
  { id: number; type: 'list' } | { id: number; type: 'import'; file: Blob; fileName: string };

export type LibraryWorkerResponse =
  /**
   * A slice of the list (LIST_PART_SIZE rows and their known figures): the list arrives in
   * several small messages, so taking one in never holds up a click for long.
   */
  | { id: number; type: 'list-part'; summaries: PitchSummary[]; readiness: ReadinessByRevision }
  /** The end of the list: the damaged pitches, after every part. */
  | { id: number; type: 'list'; damaged: DamagedPitch[] }
  | { id: number; type: 'import'; outcome: ImportOutcome }
  | { id: number; type: 'failed'; error: { name: string; message: string } }
  /** Figures just computed for pitches the last list had no cached figures for. */
  | { type: 'readiness'; readiness: ReadinessByRevision };
