/** Limits of pitch file format v1 (see DESIGN.md). Characters are UTF-16 code units, as JavaScript counts them. */
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
} as const;

export const PITCH_FORMAT = 'one-slide-pitch';
export const LIBRARY_FORMAT = 'one-slide-pitch-library';
/** Newest file format version this app reads and writes. */
export const SUPPORTED_VERSION = 1;

export const TARGET_SECONDS = [30, 45, 60, 90] as const;
export type TargetSeconds = (typeof TARGET_SECONDS)[number];

export const THEME_IDS = ['boardroom', 'horizon', 'ember'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const SECTIONS = ['situation', 'action', 'outcome'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<Section, string> = {
  situation: 'Situation',
  action: 'Action',
  outcome: 'Outcome',
};
