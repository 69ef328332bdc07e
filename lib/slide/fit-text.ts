import type { FittedParagraph, TextRun } from './fit-types';
import {
  STEP_PT,
  bulletIndentPt,
  lineHeightPt,
  paragraphSpacePt,
  type SizeRange,
} from './typography';
import { CARLITO, type SlideFontMetrics } from './measure-text';
import { prepareParagraph, wrapParagraph, type PreparedParagraph } from './wrap-text';

/** Text for one box: paragraphs of styled runs, bulleted or not. */
export interface BoxText {
  paragraphs: Array<{ runs: TextRun[]; bullet: boolean }>;
  /** Whole box bold (the headline). */
  bold: boolean;
}

/** Inner size of a box in points (box size less insets). */
export interface InnerSize {
  widthPt: number;
  heightPt: number;
}

/** The text laid out at one font size. */
export interface TextLayout {
  fontSizePt: number;
  lineHeightPt: number;
  paragraphSpacePt: number;
  bulletIndentPt: number;
  paragraphs: FittedParagraph[];
  /** Lines × line pitch plus the space between paragraphs, in points. */
  textHeightPt: number;
  /** True when the text is taller than the box. */
  overflows: boolean;
}

/** Box text measured once, ready to be laid out at any size. */
export interface PreparedText {
  text: BoxText;
  prepared: PreparedParagraph[];
}

/** Measures the code points of every paragraph once (sizes only scale the widths), in `font`. */
export function prepareText(text: BoxText, font: SlideFontMetrics = CARLITO): PreparedText {
  return { text, prepared: text.paragraphs.map((p) => prepareParagraph(p.runs, text.bold, font)) };
}

/** Lays text out at one font size (pt) in a box of inner size `inner` (pt): wraps and stacks it. */
export function layoutTextAtSize(
  { text, prepared }: PreparedText,
  fontSizePt: number,
  inner: InnerSize,
): TextLayout {
  const hasBullets = text.paragraphs.some((p) => p.bullet);
  const indent = hasBullets ? bulletIndentPt(fontSizePt) : 0;
  const lh = lineHeightPt(fontSizePt);
  const space = paragraphSpacePt(fontSizePt);
  let lineCount = 0;
  const paragraphs: FittedParagraph[] = text.paragraphs.map((paragraph, i) => {
    const width = inner.widthPt - (paragraph.bullet ? indent : 0);
    const lines = wrapParagraph(prepared[i] as PreparedParagraph, fontSizePt, width);
    lineCount += lines.length;
    return { runs: paragraph.runs, bullet: paragraph.bullet, lines };
  });
  const gaps = Math.max(0, paragraphs.length - 1);
  const textHeightPt = lineCount * lh + gaps * space;
  return {
    fontSizePt,
    lineHeightPt: lh,
    paragraphSpacePt: space,
    bulletIndentPt: indent,
    paragraphs,
    textHeightPt,
    overflows: textHeightPt > inner.heightPt + 1e-6,
  };
}

/**
 * Largest font size (pt) from `sizes.preferredPt` down to `sizes.minPt` in STEP_PT steps at which
 * the text fits the box, or `minPt` when nothing fits. Tries the preferred size, then the minimum,
 * then bisects (text only gets shorter as the size drops), so a long pitch costs a few layouts.
 */
export function largestFittingSize(text: PreparedText, inner: InnerSize, sizes: SizeRange): number {
  const fits = (size: number) => !layoutTextAtSize(text, size, inner).overflows;
  if (fits(sizes.preferredPt)) return sizes.preferredPt;
  if (!fits(sizes.minPt)) return sizes.minPt;
  // Invariant: `low` steps fit, `high` steps do not (steps counted up from minPt).
  let low = 0;
  let high = Math.round((sizes.preferredPt - sizes.minPt) / STEP_PT);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(sizes.minPt + mid * STEP_PT)) low = mid;
    else high = mid;
  }
  return sizes.minPt + low * STEP_PT;
}

/**
 * Fits text into a box: the largest size that fits, shrinking from the preferred size to the
 * minimum (pt); `overflows` is true when even the minimum does not fit.
 */
export function fitTextToBox(text: BoxText, inner: InnerSize, sizes: SizeRange): TextLayout {
  const prepared = prepareText(text);
  return layoutTextAtSize(prepared, largestFittingSize(prepared, inner, sizes), inner);
}
