import type { LibraryDatabase, StoredPitch } from './library-database';
import { listPitches, pitchFromRow, type DamagedPitch } from './pitch-store';

/** What the library list shows of one pitch: a few short strings, cheap to send between threads. */
export interface PitchSummary {
  id: string;
  revision: number;
  updatedAt: number;
  /** The title as stored ("" when there is none). */
  title: string;
  headline: string;
  audience: string;
}

export interface LibraryListing {
  summaries: PitchSummary[];
  damaged: DamagedPitch[];
}

/** The list's view of a validated pitch. */
export function summarizePitch(record: StoredPitch): PitchSummary {
  const { id, revision, updatedAt, pitch } = record;
  return {
    id,
    revision,
    updatedAt,
    title: pitch.title ?? '',
    headline: pitch.headline.trim(),
    audience: pitch.audience?.trim() ?? '',
  };
}

/** Every pitch as the list shows it, newest edit first, each validated by the pitch schema first. */
export async function listPitchSummaries(
  db: LibraryDatabase,
): Promise<LibraryListing & { pitches: StoredPitch[] }> {
  const { pitches, damaged } = await listPitches(db);
  return { summaries: pitches.map(summarizePitch), damaged, pitches };
}

/**
 * The `count` pitches edited last as the list shows them, newest first, each validated, and how
 * many pitches there are in all: the list's first screen, without reading the whole library.
 * A damaged one is left out here; the full list reports it.
 */
export async function listNewestSummaries(
  db: LibraryDatabase,
  count: number,
): Promise<{ summaries: PitchSummary[]; total: number }> {
  const [rows, total] = await Promise.all([db.newestPitches(count), db.count('pitches')]);
  const summaries = rows.flatMap((row) => {
    try {
      return [summarizePitch(pitchFromRow(row))];
    } catch {
      return [];
    }
  });
  return { summaries, total };
}

/** The name a pitch goes by in the list and its messages. */
export const displayTitle = (summary: Pick<PitchSummary, 'title'>) =>
  summary.title.trim() || 'Untitled pitch';

/**
 * Whether a pitch matches what the user typed in the library's filter: every word of `query`
 * appears in its title, headline or audience, ignoring case and accents.
 */
export function matchesFilter(summary: PitchSummary, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${summary.title} ${summary.headline} ${summary.audience}`);
  return words.every((word) => haystack.includes(word));
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
