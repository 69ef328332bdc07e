import { LENS_IDS, type LensId } from '../pitch/limits';

export { LENS_IDS };
export type { LensId };

export interface DraftLens {
  id: LensId;
  label: string;
  /** One line for the lens picker: what leads and what is stressed. */
  description: string;
}

/** Who the pitch is for: each lens changes what leads and what is stressed, from the same fields. */
export const DRAFT_LENSES: readonly DraftLens[] = [
  { id: 'general', label: 'General', description: 'The style’s own order.' },
  { id: 'cfo', label: 'CFO', description: 'Leads with the money: cost, saving and payback.' },
  { id: 'cto', label: 'CTO or COO', description: 'Leads with delivery, then the risk of waiting.' },
  { id: 'sponsor', label: 'Sponsor', description: 'Leads with the strategic objective it serves.' },
  { id: 'peer', label: 'Peer', description: 'Leads with the ask: what you need from them.' },
];

export const DEFAULT_LENS: LensId = 'general';

/** Narrows any string (a form value, a URL parameter) to a known lens, else the default. */
export function toLensId(value: unknown): LensId {
  return LENS_IDS.find((id) => id === value) ?? DEFAULT_LENS;
}
