/**
 * Type sizes of the slide, in points. Text starts at `preferredPt` and shrinks in `STEP_PT`
 * steps down to `minPt` (docs/docs/DESIGN.md: title 20 pt, body 12 pt); below that it overflows.
 */
export interface SizeRange {
  preferredPt: number;
  minPt: number;
}

export const FONT_SIZES = {
  headline: { preferredPt: 32, minPt: 20 },
  /** Situation, Action and Outcome share one size so the columns look consistent. */
  body: { preferredPt: 20, minPt: 12 },
  ask: { preferredPt: 20, minPt: 12 },
  /** The trace strip reads like body text, not a footnote. */
  trace: { preferredPt: 16, minPt: 12 },
  /** The key number callout: large, shrinking to fit the Outcome column's width. */
  keyNumber: { preferredPt: 44, minPt: 24 },
} as const satisfies Record<string, SizeRange>;

/** Column headings ("Situation", "Action", "Outcome") never shrink. */
export const HEADING_SIZE_PT = 18;

/** Font size step when shrinking to fit, in points. */
export const STEP_PT = 1;

/**
 * Line pitch as a multiple of the font size. The export writes it as exact line spacing in
 * points (`<a:lnSpc><a:spcPts>`), a little above Carlito/Calibri's natural 1.2207 em
 * (win ascent + descent), so PowerPoint (exact) and LibreOffice (at least) stack lines alike.
 */
export const LINE_HEIGHT_FACTOR = 1.25;

/** Space after each bullet paragraph, as a multiple of the font size (export: `paraSpaceAfter`, pt). */
export const PARAGRAPH_SPACE_FACTOR = 0.4;

/** The bullet character of the columns. */
export const BULLET_CHAR = '•';

/** Hanging indent of a bullet paragraph in points for a font size in points (export: `bullet.indent`). */
export function bulletIndentPt(fontSizePt: number): number {
  return Math.round(fontSizePt * 0.9);
}

/** Line pitch in points for a font size in points, rounded to 0.01 pt as PPTX stores it. */
export function lineHeightPt(fontSizePt: number): number {
  return Math.round(fontSizePt * LINE_HEIGHT_FACTOR * 100) / 100;
}

/** Space after a paragraph in points for a font size in points, rounded to 0.01 pt. */
export function paragraphSpacePt(fontSizePt: number): number {
  return Math.round(fontSizePt * PARAGRAPH_SPACE_FACTOR * 100) / 100;
}

/** The fixed words the slide adds around the user's text. */
export const SLIDE_LABELS = {
  askPrefix: 'Decision needed: ',
  traceChain: ['Objective', 'Initiative', 'Program', 'Project'] as const,
  chainSeparator: '  →  ',
} as const;

/** Vertical anchor of each text box (export: `valign`; `middle` is OOXML's `anchor="ctr"`). */
export type BoxAnchor = 'top' | 'middle' | 'bottom';

/** The ask sits in the middle of its band; every other box hangs from its top. */
export const BOX_ANCHORS = {
  headline: 'top',
  situation: 'top',
  action: 'top',
  outcome: 'top',
  ask: 'middle',
  trace: 'top',
  keyNumber: 'middle',
} as const satisfies Record<string, BoxAnchor>;

/** Column headings sit on the bottom of their box, just above the bullets. */
export const HEADING_ANCHOR: BoxAnchor = 'bottom';
