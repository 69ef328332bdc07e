/** The ways a draft can be ordered; every style carries the claim, the number and the ask. */
export const DRAFT_STYLE_IDS = ['bottom-line-first', 'problem-first', 'story'] as const;
export type DraftStyleId = (typeof DRAFT_STYLE_IDS)[number];

export interface DraftStyle {
  id: DraftStyleId;
  label: string;
  /** One line for the style picker: when this order works best. */
  description: string;
}

export const DRAFT_STYLES: readonly DraftStyle[] = [
  {
    id: 'bottom-line-first',
    label: 'Bottom line first',
    description: 'Claim, situation, plan, result, ask. Best for busy executives.',
  },
  {
    id: 'problem-first',
    label: 'Problem first',
    description: 'The pain and its cost, then the fix, the result and the ask.',
  },
  {
    id: 'story',
    label: 'Story',
    description: 'Before, after, and the bridge between them. Best when you have a minute.',
  },
];

export const DEFAULT_DRAFT_STYLE: DraftStyleId = 'bottom-line-first';

/** Narrows any string (a form value, a URL parameter) to a known style, else the default. */
export function toDraftStyleId(value: unknown): DraftStyleId {
  return DRAFT_STYLE_IDS.find((id) => id === value) ?? DEFAULT_DRAFT_STYLE;
}
