import { DEFAULT_DRAFT_STYLE, draftPitch } from '../drafter';
import { endSentence } from '../language/sentences';
import type { PitchFile } from '../pitch/schema';
import { DEFAULT_WORDS_PER_MINUTE } from '../pitch/spoken-time';
import { speechTargetSeconds, speechText } from '../pitch/speech';

/** Where the words the user rehearses come from. */
export type ScriptSource = 'pitch' | 'draft' | 'slide';

export interface RehearsalScript {
  text: string;
  source: ScriptSource;
}

/** The slide read aloud, top to bottom: headline, situation, action, outcome, ask, value. */
export function slideAsScript(pitch: PitchFile): string {
  return [
    pitch.headline,
    ...pitch.situation,
    ...pitch.action,
    ...pitch.outcome,
    pitch.ask ?? '',
    pitch.valueProposition ?? '',
  ]
    .map(endSentence)
    .filter((sentence) => sentence.length > 0)
    .join(' ');
}

/**
 * The drafter's default pitch for the slide. Drafted at the fixed default pace, not the measured
 * one: a new measured pace must not re-draft the pitch and so reset its cards' progress.
 */
export function draftForRehearsal(pitch: PitchFile): string {
  return draftPitch(pitch, {
    style: DEFAULT_DRAFT_STYLE,
    targetSeconds: speechTargetSeconds(pitch),
    wordsPerMinute: DEFAULT_WORDS_PER_MINUTE,
  });
}

/**
 * The text rehearsed in pitch cards and run-throughs: the user's elevator pitch when written,
 * else the pitch the drafter writes from the slide, else (nothing to draft) the slide read aloud.
 */
export function rehearsalScript(
  pitch: PitchFile,
  draft: (pitch: PitchFile) => string = draftForRehearsal,
): RehearsalScript {
  const written = speechText(pitch).trim();
  if (written) return { text: written, source: 'pitch' };
  const drafted = draft(pitch).trim();
  if (drafted) return { text: drafted, source: 'draft' };
  return { text: slideAsScript(pitch), source: 'slide' };
}
