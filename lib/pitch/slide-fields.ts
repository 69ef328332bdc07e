import type { PitchFile } from './schema';

/**
 * Every text the slide shows, top to bottom: headline, situation, action, outcome, ask, value
 * proposition, then the trace's lines. Absent optional fields are empty strings.
 */
export function slideFieldTexts(pitch: PitchFile): string[] {
  return [
    pitch.headline,
    ...pitch.situation,
    ...pitch.action,
    ...pitch.outcome,
    pitch.ask ?? '',
    pitch.valueProposition ?? '',
    ...Object.values(pitch.trace ?? {}),
  ];
}
