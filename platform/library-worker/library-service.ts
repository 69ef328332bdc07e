import type { LibraryDatabase, StoredPitch } from '@/lib/storage/library-database';
import { importFileText, type ImportOutcome } from '@/lib/storage/import-file';
import {
  listNewestSummaries,
  listPitchSummaries,
  type LibraryListing,
  type PitchSummary,
} from '@/lib/storage/pitch-summary';
import {
  cacheReadiness,
  readCachedReadiness,
  readCachedReadinessOf,
  type ReadinessEntry,
} from '@/lib/storage/readiness-cache';
import { readinessKey, type ReadinessByRevision } from './messages';

/** How long one run of the advice engine may go on before the service answers waiting requests. */
const SLICE_MS = 150;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface LibraryService {
  /**
   * The newest `count` pitches as the list shows them (with known figures), and how many there are:
   * a few rows, cheap enough for the main thread, which reads them while the worker starts.
   */
  firstScreen(
    count: number,
  ): Promise<{ summaries: PitchSummary[]; readiness: ReadinessByRevision; total: number }>;
  /** Every pitch as the list shows it, with the readiness figures already known for its revision. */
  list(): Promise<{ listing: LibraryListing; readiness: ReadinessByRevision }>;
  importFile(file: Blob, fileName: string): Promise<ImportOutcome>;
}

/**
 * The library's heavy work, meant to run in the library worker: reading and validating every
 * pitch, importing a backup, and scoring pitches whose readiness is not cached for their revision.
 * Scores are cached and reported through `onReadiness` in slices as they are computed.
 */
export function createLibraryService(
  db: LibraryDatabase,
  onReadiness: (readiness: ReadinessByRevision) => void,
): LibraryService {
  let queue: StoredPitch[] = [];
  let scoring = false;

  async function scoreQueue() {
    scoring = true;
    try {
      const [{ analyzePitch }, { readinessFigures }] = await Promise.all([
        import('@/lib/advice/analyze-pitch'),
        import('@/lib/advice/readiness'),
      ]);
      while (queue.length > 0) {
        const entries: ReadinessEntry[] = [];
        const started = performance.now();
        while (queue.length > 0 && performance.now() - started < SLICE_MS) {
          const record = queue.shift()!;
          try {
            entries.push({
              pitchId: record.id,
              revision: record.revision,
              figures: readinessFigures(analyzePitch(record.pitch)),
            });
          } catch {
            // A pitch the engine cannot score shows no badges; the others still get theirs.
          }
        }
        const readiness: ReadinessByRevision = {};
        for (const entry of entries)
          readiness[readinessKey(entry.pitchId, entry.revision)] = entry.figures;
        // Cached before they are announced, so a list read after the announcement finds them. A
        // cache that cannot be written only means scoring again next visit.
        await cacheReadiness(db, entries).catch(() => undefined);
        onReadiness(readiness);
        await nextTurn();
      }
    } finally {
      scoring = false;
    }
  }

  async function knownFigures(summaries: PitchSummary[]) {
    const { known, stale, orphaned } = await readCachedReadiness(db, summaries);
    const readiness: ReadinessByRevision = {};
    for (const summary of summaries) {
      const figures = known[summary.id];
      if (figures) readiness[readinessKey(summary.id, summary.revision)] = figures;
    }
    return { readiness, stale, orphaned };
  }

  return {
    async firstScreen(count) {
      const { summaries, total } = await listNewestSummaries(db, count);
      const known = await readCachedReadinessOf(db, summaries);
      const readiness: ReadinessByRevision = {};
      for (const summary of summaries) {
        const figures = known[summary.id];
        if (figures) readiness[readinessKey(summary.id, summary.revision)] = figures;
      }
      return { summaries, total, readiness };
    },
    async list() {
      const { summaries, damaged, pitches } = await listPitchSummaries(db);
      const { readiness, stale, orphaned } = await knownFigures(summaries);
      const staleIds = new Set(stale.map((s) => s.id));
      // Newest first, as listed: the rows on screen are scored first.
      queue = pitches.filter((p) => staleIds.has(p.id));
      if (queue.length > 0 && !scoring) void scoreQueue().catch(() => undefined);
      if (orphaned.length > 0) void cacheReadiness(db, [], orphaned).catch(() => undefined);
      return { listing: { summaries, damaged }, readiness };
    },
    async importFile(file, fileName) {
      return importFileText(db, fileName, await file.text());
    },
  };
}
