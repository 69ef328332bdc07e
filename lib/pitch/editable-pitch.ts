import type { PitchFile } from './schema';

/** The pitch as the form edits it: optional fields filled with empty values (so every control is controlled from the start), default theme and target length. */
export function toEditablePitch(pitch: PitchFile): PitchFile {
  return {
    ...pitch,
    title: pitch.title ?? '',
    audience: pitch.audience ?? '',
    ask: pitch.ask ?? '',
    valueProposition: pitch.valueProposition ?? '',
    trace: {
      objective: '',
      initiative: '',
      program: '',
      project: '',
      if: '',
      then: '',
      else: '',
      ...pitch.trace,
    },
    pitch: { text: '', targetSeconds: 60, ...pitch.pitch },
    theme: pitch.theme ?? 'boardroom',
  };
}
