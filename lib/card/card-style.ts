import type { ThemeId } from '@/lib/pitch/limits';

/** Points per inch: PDF user space units. */
export const POINTS_PER_INCH = 72;

/** The index card: 5 × 3 in, landscape, in points. */
export const CARD_SIZE = { width: 5 * POINTS_PER_INCH, height: 3 * POINTS_PER_INCH } as const;

export type CardPaper = 'index-card' | 'a4' | 'letter';
export const CARD_PAPERS: readonly CardPaper[] = ['index-card', 'a4', 'letter'];
export const CARD_PAPER_LABELS: Record<CardPaper, string> = {
  'index-card': 'Index card (5 × 3 in)',
  a4: 'A4 sheet, cut out',
  letter: 'Letter sheet, cut out',
};

/** Sheet sizes in points, portrait. */
export const SHEET_SIZES: Record<
  Exclude<CardPaper, 'index-card'>,
  { width: number; height: number }
> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

/** Whether `value` names a paper option (for query strings and form values). */
export function isCardPaper(value: unknown): value is CardPaper {
  return typeof value === 'string' && (CARD_PAPERS as readonly string[]).includes(value);
}

/** Margins and type sizes of the card, in points. */
export const CARD_LAYOUT = {
  margin: 18,
  labelSize: 6.5,
  minTextSize: 6.5,
  headlineMaxSize: 14,
  cueMaxSize: 10.5,
  askMaxSize: 11,
  backMaxSize: 13,
  lineHeight: 1.22,
  ruleThickness: 0.75,
} as const;

/** Colours as 0–1 RGB triples; the card is printed on white, so every theme uses a dark ink. */
export interface CardPalette {
  ink: [number, number, number];
  muted: [number, number, number];
  accent: [number, number, number];
  /** Pale tint behind the ask. */
  tint: [number, number, number];
}

const hex = (value: string): [number, number, number] => [
  parseInt(value.slice(0, 2), 16) / 255,
  parseInt(value.slice(2, 4), 16) / 255,
  parseInt(value.slice(4, 6), 16) / 255,
];

const ACCENTS: Record<ThemeId, { accent: string; tint: string }> = {
  boardroom: { accent: '1F5FAD', tint: 'EEF3FA' },
  horizon: { accent: '0A6B5A', tint: 'EAF4F1' },
  ember: { accent: 'B4541A', tint: 'FBF0E8' },
};

/** The card's colours for a pitch theme (the slide's accent, darkened where it would be pale on paper). */
export function cardPalette(theme: ThemeId | undefined): CardPalette {
  const { accent, tint } = ACCENTS[theme ?? 'boardroom'];
  return { ink: hex('1B2A41'), muted: hex('5B6675'), accent: hex(accent), tint: hex(tint) };
}

/** The palette as CSS colours, for the print view. */
export function cardPaletteCss(theme: ThemeId | undefined): Record<keyof CardPalette, string> {
  const toCss = ([r, g, b]: [number, number, number]) =>
    `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)})`;
  const palette = cardPalette(theme);
  return {
    ink: toCss(palette.ink),
    muted: toCss(palette.muted),
    accent: toCss(palette.accent),
    tint: toCss(palette.tint),
  };
}
