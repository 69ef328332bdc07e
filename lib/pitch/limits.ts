/**
 * Limits of the pitch file format (see docs/DESIGN.md). A character is a Unicode code point,
 * counted by `countCharacters`: an emoji or a rare CJK ideograph is one character, as a user
 * counts it, not the two UTF-16 units JavaScript's `length` gives. The schema, the form's
 * counters, the rename dialog, the drafter and the API messages all count this one way.
 */
export const PITCH_LIMITS = {
  /** Longest single string field (headline, bullet, ask, trace part...). */
  stringChars: 600,
  /** Longest elevator pitch text. */
  pitchTextChars: 3000,
  /** Most bullets in one of Situation / Action / Outcome. */
  bulletsPerSection: 8,
  /** Largest HTTP request body, in bytes (64 KiB). */
  requestBodyBytes: 64 * 1024,
  /** Largest file the browser import reads, in bytes (5 MiB). */
  importFileBytes: 5 * 1024 * 1024,
  /** Most prepared answers to committee questions (`answerNotes`, v2). */
  answerNotes: 40,
  /** Longest question id of an answer note (v2). */
  questionIdChars: 80,
  /** Most acronyms marked as known to the audience (`knownAcronyms`, v2). */
  knownAcronyms: 40,
  /** Longest acronym marked as known (v2). */
  acronymChars: 12,
} as const;

/** Characters of a text as the pitch limits count them: Unicode code points. */
export function countCharacters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

/** Whether a text is within `limit` characters (code points, see `countCharacters`). */
export function withinCharacters(text: string, limit: number): boolean {
  // Fast path: a text of at most `limit` UTF-16 units has at most `limit` code points.
  return text.length <= limit || countCharacters(text) <= limit;
}

export const PITCH_FORMAT = 'one-slide-pitch';
export const LIBRARY_FORMAT = 'one-slide-pitch-library';
/**
 * Newest file format version this app reads and writes. Older versions (1) are read and upgraded;
 * everything the app writes is this version.
 */
export const SUPPORTED_VERSION = 2;
/** Every file format version this app reads. */
export const READABLE_VERSIONS = [1, 2] as const;

export const TARGET_SECONDS = [30, 45, 60, 90] as const;
export type TargetSeconds = (typeof TARGET_SECONDS)[number];

export const THEME_IDS = ['boardroom', 'horizon', 'ember'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** Audience lenses for drafting (`lens`, v2). */
export const LENS_IDS = ['general', 'cfo', 'cto', 'sponsor', 'peer'] as const;
export type LensId = (typeof LENS_IDS)[number];

export const SECTIONS = ['situation', 'action', 'outcome'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<Section, string> = {
  situation: 'Situation',
  action: 'Action',
  outcome: 'Outcome',
};
