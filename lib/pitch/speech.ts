/**
 * The speech: the elevator pitch as it is said aloud. The file keeps its key (`pitch.text`, see
 * docs/DESIGN.md); in code "pitch" is the whole file and "speech" the spoken text, so that
 * `pitch.pitch.text` never has to be read twice to be understood.
 */
import type { PitchFile } from './schema';

/** The length a speech aims at when the pitch names none (seconds). */
export const DEFAULT_SPEECH_SECONDS = 60;

/** The speech as written ('' when there is none). */
export function speechText(pitch: PitchFile): string {
  return pitch.pitch?.text ?? '';
}

/** Whether the pitch has a speech to say (not only whitespace). */
export function hasSpeech(pitch: PitchFile): boolean {
  return speechText(pitch).trim() !== '';
}

/** The speech's target length in seconds (30–90). */
export function speechTargetSeconds(pitch: PitchFile): number {
  return pitch.pitch?.targetSeconds ?? DEFAULT_SPEECH_SECONDS;
}
