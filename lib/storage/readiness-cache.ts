import type { Readiness } from '../advice/readiness';
import { z } from '../pitch/zod';
import type { LibraryDatabase } from './library-database';
import type { PitchSummary } from './pitch-summary';

/**
 * The edition of the advice rules the cached figures were computed with. Raise it whenever a rule
 * change can move a score: every cached figure of an older edition is then computed again.
 */
export const READINESS_EDITION = 1;

const score = z.number().check(z.int(), z.minimum(0), z.maximum(100));
const figuresSchema = z.strictObject({
  readiness: score,
  slideReadiness: score,
  pitchReadiness: score,
});

export interface ReadinessEntry {
  pitchId: string;
  revision: number;
  figures: Readiness;
}

/**
 * Splits the listed pitches into those whose readiness is cached for their current revision (with
 * the figures) and those that must be analysed again (new, edited, or cached by older rules).
 * Figures computed for another revision are never shown: an edited pitch is scored afresh.
 */
export async function readCachedReadiness(
  db: LibraryDatabase,
  summaries: readonly PitchSummary[],
): Promise<{ known: Record<string, Readiness>; stale: PitchSummary[]; orphaned: string[] }> {
  const rows = new Map((await db.getAll('readiness')).map((row) => [row.pitchId, row]));
  const known: Record<string, Readiness> = {};
  const stale: PitchSummary[] = [];
  for (const summary of summaries) {
    const row = rows.get(summary.id);
    const figures =
      row && row.revision === summary.revision && row.edition === READINESS_EDITION
        ? figuresSchema.safeParse(row.figures)
        : undefined;
    if (figures?.success) known[summary.id] = figures.data;
    else stale.push(summary);
  }
  // Figures of pitches no longer listed (deleted) are forgotten, so the cache does not grow forever.
  const listed = new Set(summaries.map((s) => s.id));
  const orphaned = [...rows.keys()].filter((id) => !listed.has(id));
  return { known, stale, orphaned };
}

/** The cached figures of a few pitches (the list's first screen), read one by one: no full scan. */
export async function readCachedReadinessOf(
  db: LibraryDatabase,
  summaries: readonly PitchSummary[],
): Promise<Record<string, Readiness>> {
  const rows = await Promise.all(summaries.map((summary) => db.get('readiness', summary.id)));
  const known: Record<string, Readiness> = {};
  summaries.forEach((summary, i) => {
    const row = rows[i];
    if (!row || row.revision !== summary.revision || row.edition !== READINESS_EDITION) return;
    const figures = figuresSchema.safeParse(row.figures);
    if (figures.success) known[summary.id] = figures.data;
  });
  return known;
}

/** Keeps freshly computed figures, and forgets those of pitches no longer in the library. */
export async function cacheReadiness(
  db: LibraryDatabase,
  entries: readonly ReadinessEntry[],
  forgotten: readonly string[] = [],
): Promise<void> {
  if (entries.length === 0 && forgotten.length === 0) return;
  await db.write(['readiness'], async (tx) => {
    await Promise.all([
      ...entries.map((entry) => tx.put('readiness', { ...entry, edition: READINESS_EDITION })),
      ...forgotten.map((pitchId) => tx.delete('readiness', pitchId)),
    ]);
  });
}
