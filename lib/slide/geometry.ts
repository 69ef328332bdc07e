import type { Section } from '@/lib/pitch/limits';

/**
 * Geometry of the one 16:9 slide, in inches (PowerPoint's "Widescreen", 13.333 × 7.5 in).
 * The preview and the PPTX export both place boxes from here, so they cannot drift apart.
 */
export const SLIDE_SIZE = { widthIn: 13.333, heightIn: 7.5 } as const;

/** Points per inch: font sizes are in points, boxes in inches. */
export const POINTS_PER_INCH = 72;

/**
 * Text box insets in inches. These are PowerPoint's defaults for a new text box (0.1 in left and
 * right, 0.05 in top and bottom), written out explicitly so the export sets exactly these
 * (`lIns`/`rIns`/`tIns`/`bIns`) and every suite wraps within the same width.
 */
export interface Insets {
  leftIn: number;
  rightIn: number;
  topIn: number;
  bottomIn: number;
}

export const TEXT_INSETS: Insets = { leftIn: 0.1, rightIn: 0.1, topIn: 0.05, bottomIn: 0.05 };

/** A rectangle on the slide, top-left origin, in inches. */
export interface Rect {
  xIn: number;
  yIn: number;
  wIn: number;
  hIn: number;
}

/** A text box: its rectangle plus the insets inside which text wraps. */
export interface TextBox extends Rect {
  insets: Insets;
}

/** Where each piece of the slide goes. `trace` is present only when the pitch has a trace. */
export interface SlideLayout {
  /** The action title across the top. */
  headline: TextBox;
  /** Situation | Action | Outcome: a heading box and a body box each. */
  columns: Record<Section, { heading: TextBox; body: TextBox }>;
  /** The filled band behind the ask (full slide width, no text of its own). */
  band: Rect;
  /** The ask text ("Decision needed: ...") inside the band. */
  ask: TextBox;
  /** The trace strip: the strategy chain and the If / Then / Else line. */
  trace?: TextBox;
  /** The tinted strip behind the trace, from under the band to the slide's bottom edge. */
  strip?: Rect;
  /** The key number callout, large, above the Outcome bullets (present only when it is shown). */
  keyNumber?: TextBox;
}

/** Options of slideLayout: which optional parts the slide has. */
export interface LayoutParts {
  hasTrace: boolean;
  /** Show the key number callout above the Outcome column (its bullets start lower). */
  hasKeyNumber?: boolean;
}

/** Left and right margin of the content, in inches. */
export const MARGIN_X_IN = 0.5;
/** Gap between the three columns, in inches. */
export const COLUMN_GAP_IN = 0.333;

const CONTENT_W = SLIDE_SIZE.widthIn - 2 * MARGIN_X_IN;
const COLUMN_W = (CONTENT_W - 2 * COLUMN_GAP_IN) / 3;

const HEADLINE: Rect = { xIn: MARGIN_X_IN, yIn: 0.3, wIn: CONTENT_W, hIn: 1.3 };
const HEADING_Y = 1.75;
const HEADING_H = 0.45;
const BODY_Y = HEADING_Y + HEADING_H;
const BAND_H = 0.85;
/** Space between the bottom of the columns and the top of the band. */
const BODY_TO_BAND = 0.15;
/** With a trace: band, then the trace strip under it. */
const TRACE_H = 0.8;
/** Height of the key number callout above the Outcome bullets. */
export const KEY_NUMBER_H = 0.95;
const BAND_Y_WITH_TRACE = SLIDE_SIZE.heightIn - 0.15 - TRACE_H - 0.05 - BAND_H;
/** Without a trace the band sits lower and the columns get the freed height. */
const BAND_Y_WITHOUT_TRACE = SLIDE_SIZE.heightIn - 0.3 - BAND_H;

const box = (rect: Rect): TextBox => ({ ...rect, insets: TEXT_INSETS });
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const rect = (xIn: number, yIn: number, wIn: number, hIn: number): Rect => ({
  xIn: round3(xIn),
  yIn: round3(yIn),
  wIn: round3(wIn),
  hIn: round3(hIn),
});

/**
 * Box geometry of the slide, in inches; with no trace the strip disappears and the three
 * columns grow into its space; with the key number callout the Outcome bullets start under it.
 */
export function slideLayout(parts: boolean | LayoutParts): SlideLayout {
  const { hasTrace, hasKeyNumber = false } =
    typeof parts === 'boolean' ? { hasTrace: parts } : parts;
  const bandY = hasTrace ? BAND_Y_WITH_TRACE : BAND_Y_WITHOUT_TRACE;
  const bodyH = bandY - BODY_TO_BAND - BODY_Y;
  const column = (index: number, calloutH = 0) => {
    const x = MARGIN_X_IN + index * (COLUMN_W + COLUMN_GAP_IN);
    return {
      heading: box(rect(x, HEADING_Y, COLUMN_W, HEADING_H)),
      body: box(rect(x, BODY_Y + calloutH, COLUMN_W, bodyH - calloutH)),
    };
  };
  const band = rect(0, bandY, SLIDE_SIZE.widthIn, BAND_H);
  const outcomeX = MARGIN_X_IN + 2 * (COLUMN_W + COLUMN_GAP_IN);
  const stripY = bandY + BAND_H;
  return {
    headline: box(HEADLINE),
    columns: {
      situation: column(0),
      action: column(1),
      outcome: column(2, hasKeyNumber ? KEY_NUMBER_H : 0),
    },
    band,
    ask: box(rect(MARGIN_X_IN, bandY, CONTENT_W, BAND_H)),
    trace: hasTrace ? box(rect(MARGIN_X_IN, stripY + 0.05, CONTENT_W, TRACE_H)) : undefined,
    strip: hasTrace ? rect(0, stripY, SLIDE_SIZE.widthIn, SLIDE_SIZE.heightIn - stripY) : undefined,
    keyNumber: hasKeyNumber ? box(rect(outcomeX, BODY_Y, COLUMN_W, KEY_NUMBER_H)) : undefined,
  };
}

/** Inner width of a text box in points: the width text wraps in. */
export function innerWidthPt(textBox: TextBox): number {
  return (textBox.wIn - textBox.insets.leftIn - textBox.insets.rightIn) * POINTS_PER_INCH;
}

/** Inner height of a text box in points: the height lines stack in. */
export function innerHeightPt(textBox: TextBox): number {
  return (textBox.hIn - textBox.insets.topIn - textBox.insets.bottomIn) * POINTS_PER_INCH;
}
