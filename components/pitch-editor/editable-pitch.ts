import type { PitchFile } from '@/lib/pitch/schema';

/** Fills the optional fields with empty values so every form control is controlled from the start. */
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
