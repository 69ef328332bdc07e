import { THEME_IDS, type ThemeId } from '@/lib/pitch/limits';

/**
 * Colours of a slide theme as 6-digit upper-case hex without "#" (the form pptxgenjs and
 * OOXML take; the preview prefixes "#"). Every text colour meets WCAG AA (4.5:1) on the
 * background it sits on: `bandText` on `bandFill`, all others on `background`.
 */
export interface SlideTheme {
  id: ThemeId;
  /** Name shown to the user. */
  label: string;
  background: string;
  /** The headline. */
  title: string;
  /** Column headings (Situation, Action, Outcome). */
  heading: string;
  /** Bullet text. */
  body: string;
  /** The outcome's key number. */
  accent: string;
  /** The band behind the ask. */
  bandFill: string;
  /** The ask inside the band. */
  bandText: string;
  /** Secondary text on the background. */
  muted: string;
  /** The strip behind the trace (Objective → … and If / Then / Else). */
  stripFill: string;
  /** The trace text on its strip. */
  stripText: string;
}

export const SLIDE_THEMES: Record<ThemeId, SlideTheme> = {
  boardroom: {
    id: 'boardroom',
    label: 'Boardroom',
    background: 'FFFFFF',
    title: '1B2A41',
    heading: '1F5FAD',
    body: '2E3440',
    accent: '1F5FAD',
    bandFill: '1B2A41',
    bandText: 'FFFFFF',
    muted: '5B6675',
    stripFill: 'E8EEF6',
    stripText: '1B2A41',
  },
  horizon: {
    id: 'horizon',
    label: 'Horizon',
    background: 'F2F7FA',
    title: '0B3D5C',
    heading: '0A6B5A',
    body: '1F2D3A',
    accent: '0A6B5A',
    bandFill: '0A6B5A',
    bandText: 'FFFFFF',
    muted: '4E6070',
    stripFill: 'DCEBEA',
    stripText: '0B3D5C',
  },
  ember: {
    id: 'ember',
    label: 'Ember',
    background: '1F1B18',
    title: 'FFF3E3',
    heading: 'F5A65B',
    body: 'EDE5DA',
    accent: 'FFB85C',
    bandFill: 'B4400F',
    bandText: 'FFFFFF',
    muted: 'B5ABA0',
    stripFill: '332C27',
    stripText: 'EDE5DA',
  },
};

/** The theme of a pitch; an absent or unknown id falls back to the first theme. */
export function slideTheme(id: string | undefined): SlideTheme {
  const known = THEME_IDS.find((t) => t === id);
  return SLIDE_THEMES[known ?? THEME_IDS[0]];
}
