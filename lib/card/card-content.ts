import { applyCueLevel, cueWords, CUE_LEVEL_LABELS, type CueLevel } from '@/lib/cues';
import { SECTION_LABELS, SECTIONS, type Section } from '@/lib/pitch/limits';
import { keyNumbers } from '@/lib/language/key-number';
import { endSentence } from '@/lib/language/sentences';
import type { PitchFile } from '@/lib/pitch/schema';
import type { ThemeId } from '@/lib/pitch/limits';
import { speechText } from '../pitch/speech';

/** Cue levels a printed card offers (a blank back would be no help). */
export type CardCueLevel = Exclude<CueLevel, 'none'>;
export const CARD_CUE_LEVELS: readonly CardCueLevel[] = ['full', 'first-letters', 'keywords'];

/** Whether `value` names a card cue level (for query strings and form values). */
export function isCardCueLevel(value: unknown): value is CardCueLevel {
  return typeof value === 'string' && (CARD_CUE_LEVELS as readonly string[]).includes(value);
}

/** What the card says, side by side; the PDF and the browser print view both draw this. */
export interface CardContent {
  title: string;
  theme: ThemeId | undefined;
  front: {
    headline: string;
    sections: { section: Section; label: string; cues: string[] }[];
    keyNumbers: string[];
    ask: string;
  };
  back: {
    /** e.g. "Pitch · first letters". */
    label: string;
    cueLevel: CardCueLevel;
    /** The pitch at the cue level; paragraphs separated by "\n". */
    text: string;
    /** Whether the pitch was assembled from the slide because the pitch text is empty. */
    assembledFromSlide: boolean;
  };
}

/** Most cue words per section and key numbers the front shows. */
export const CARD_CUES_PER_SECTION = 4;
export const CARD_MAX_KEY_NUMBERS = 4;

const clean = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const asSentence = (text: string | undefined) => endSentence(clean(text));

/**
 * A speakable pitch assembled from the slide, for pitches whose elevator pitch is still empty:
 * headline, then the situation, action and outcome bullets, then the ask, one sentence each.
 */
export function assemblePitchFromSlide(pitch: PitchFile): string {
  const ask = clean(pitch.ask);
  return [
    asSentence(pitch.headline),
    ...pitch.situation.map(asSentence),
    ...pitch.action.map(asSentence),
    ...pitch.outcome.map(asSentence),
    ask ? asSentence(`I am asking you to ${ask.charAt(0).toLocaleLowerCase()}${ask.slice(1)}`) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Keeps paragraph breaks, folds other whitespace runs into one space. */
function tidyPitch(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The card's content for `pitch` with the back at `cueLevel` (pure; see `CardContent`). */
export function buildCardContent(pitch: PitchFile, cueLevel: CardCueLevel): CardContent {
  const own = tidyPitch(speechText(pitch));
  const spoken = own || assemblePitchFromSlide(pitch);
  return {
    title: clean(pitch.title),
    theme: pitch.theme,
    front: {
      headline: clean(pitch.headline),
      sections: SECTIONS.map((section) => ({
        section,
        label: SECTION_LABELS[section],
        cues: cueWords(pitch[section], CARD_CUES_PER_SECTION),
      })),
      keyNumbers: keyNumbers(pitch).slice(0, CARD_MAX_KEY_NUMBERS),
      ask: clean(pitch.ask),
    },
    back: {
      label: `Pitch · ${CUE_LEVEL_LABELS[cueLevel].toLocaleLowerCase()}`,
      cueLevel,
      text: applyCueLevel(spoken, cueLevel),
      assembledFromSlide: !own,
    },
  };
}
