import { applyCueLevel, CUE_LEVELS, type CueLevel } from '../cues';
import type { RehearsalCard } from './deck';
import type { RehearsalProgress, StoredFsrsCard } from './progress-schema';

/**
 * FSRS stability (days until recall probability falls to 90%) at which the cue fades a level:
 * under 1 day (new, or just forgotten) the whole answer shows; a card remembered for days shows
 * first letters, then keywords, and from three weeks on nothing at all.
 */
export const FADE_AT_STABILITY_DAYS = { firstLetters: 1, keywords: 5, none: 21 } as const;

/** The cue level a card's mastery earns, before the user's own adjustment. */
export function masteryCueLevel(fsrsCard: StoredFsrsCard | undefined): CueLevel {
  if (!fsrsCard || fsrsCard.reps === 0) return 'full';
  const { stability } = fsrsCard;
  if (stability < FADE_AT_STABILITY_DAYS.firstLetters) return 'full';
  if (stability < FADE_AT_STABILITY_DAYS.keywords) return 'first-letters';
  if (stability < FADE_AT_STABILITY_DAYS.none) return 'keywords';
  return 'none';
}

const indexOf = (level: CueLevel) => CUE_LEVELS.indexOf(level);
const clampIndex = (i: number) => Math.min(CUE_LEVELS.length - 1, Math.max(0, i));

/** The cue level a card shows: its mastery level shifted by the user's adjustment. */
export function cueLevelFor(progress: RehearsalProgress, cardKey: string): CueLevel {
  const card = progress.cards[cardKey];
  const index = clampIndex(indexOf(masteryCueLevel(card?.fsrs)) + (card?.cueShift ?? 0));
  return CUE_LEVELS[index] ?? 'full';
}

/**
 * Progress after the user asks for more help (towards full text) or less help (towards nothing)
 * on one card. The adjustment is stored relative to mastery, so the cue keeps fading as the card
 * is learnt, and it never accumulates beyond the ends of the scale.
 */
export function stepCueLevel(
  progress: RehearsalProgress,
  cardKey: string,
  direction: 'more-help' | 'less-help',
): RehearsalProgress {
  const current = progress.cards[cardKey];
  const mastery = indexOf(masteryCueLevel(current?.fsrs));
  const shown = indexOf(cueLevelFor(progress, cardKey));
  const wanted = clampIndex(shown + (direction === 'less-help' ? 1 : -1));
  const cueShift = wanted - mastery;
  const next = { ...current };
  if (cueShift === 0) delete next.cueShift;
  else next.cueShift = cueShift;
  return { ...progress, cards: { ...progress.cards, [cardKey]: next } };
}

/** The card's answer lines as the cue at `level` shows them ("" lines at `none`). */
export function cueLines(card: RehearsalCard, level: CueLevel): string[] {
  return card.back.map((line) => applyCueLevel(line, level));
}
