import { PITCH_FORMAT, SUPPORTED_VERSION } from './limits';
import type { PitchFile } from './schema';

/** A new, empty pitch: valid as a draft (emptiness is reported by the `required` rule, not the schema). */
export function createBlankPitch(title = 'Untitled pitch'): PitchFile {
  return {
    format: PITCH_FORMAT,
    version: SUPPORTED_VERSION,
    title,
    audience: '',
    headline: '',
    situation: [''],
    action: [''],
    outcome: [''],
    ask: '',
    valueProposition: '',
    trace: { objective: '', initiative: '', program: '', project: '', if: '', then: '', else: '' },
    pitch: { text: '', targetSeconds: 60 },
    theme: 'boardroom',
  };
}
