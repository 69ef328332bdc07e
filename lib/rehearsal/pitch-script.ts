import type { PitchFile } from '../pitch/schema';

/** Where the words the user rehearses come from. */
export type ScriptSource = 'pitch' | 'draft' | 'slide';

export interface RehearsalScript {
  text: string;
  source: ScriptSource;
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.!?…]["'”’)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
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
    .map(asSentence)
    .filter((sentence) => sentence.length > 0)
    .join(' ');
}

/**
 * The text rehearsed in pitch cards and run-throughs: the user's elevator pitch when written,
 * else a drafted pitch (when a drafter is given), else the slide read aloud.
 */
export function rehearsalScript(
  pitch: PitchFile,
  draft?: (pitch: PitchFile) => string,
): RehearsalScript {
  const written = pitch.pitch?.text?.trim();
  if (written) return { text: written, source: 'pitch' };
  const drafted = draft?.(pitch).trim();
  if (drafted) return { text: drafted, source: 'draft' };
  return { text: slideAsScript(pitch), source: 'slide' };
}
