import { toFirstLetters } from './first-letters';
import { toKeywords } from './keywords';

/** How much of the pitch a cue shows, from reading it to saying it from memory. */
export type CueLevel = 'full' | 'first-letters' | 'keywords' | 'none';

/** Cue levels in the order rehearsal fades them. */
export const CUE_LEVELS: readonly CueLevel[] = ['full', 'first-letters', 'keywords', 'none'];

/** Labels a user sees when choosing a cue level. */
export const CUE_LEVEL_LABELS: Record<CueLevel, string> = {
  full: 'Full text',
  'first-letters': 'First letters',
  keywords: 'Keywords',
  none: 'Nothing',
};

/** Whether `value` names a cue level (for query strings and stored settings). */
export function isCueLevel(value: unknown): value is CueLevel {
  return typeof value === 'string' && (CUE_LEVELS as readonly string[]).includes(value);
}

/** `text` as shown at `level`: whole, first letters, keywords, or nothing at all (""). */
export function applyCueLevel(text: string, level: CueLevel): string {
  switch (level) {
    case 'full':
      return text;
    case 'first-letters':
      return toFirstLetters(text);
    case 'keywords':
      return toKeywords(text);
    case 'none':
      return '';
  }
}
