import type { FittedParagraph } from './fit-types';
import { layoutTextAtSize, type InnerSize, type PreparedText, type TextLayout } from './fit-text';

/** True when a paragraph of two or more lines ends on a line of a single word (an orphan). */
export function endsOnOrphan(paragraph: FittedParagraph): boolean {
  const last = paragraph.lines[paragraph.lines.length - 1];
  return paragraph.lines.length > 1 && last !== undefined && !/\s/u.test(last.text.trim());
}

/** How much narrower than the box a rebalanced headline may wrap at most, as a fraction. */
const MAX_NARROWING = 0.4;
/** Width step of the search, as a fraction of the box's inner width. */
const STEP = 0.01;

/**
 * The headline wrapped so it does not end on a single word: at its font size, the widest wrap
 * width (in 1% steps, down to 60% of the box) that keeps the same number of lines and leaves at
 * least two words on the last line. Undefined when the text has no orphan or no rebalance fits
 * (then the greedy wrap stays). The export narrows the box's right inset to that width, so
 * PowerPoint and LibreOffice, which fill lines greedily, break where the preview does.
 */
export function rebalancedLayout(
  text: PreparedText,
  layout: TextLayout,
  inner: InnerSize,
): { layout: TextLayout; narrowedByPt: number } | undefined {
  if (!layout.paragraphs.some(endsOnOrphan)) return undefined;
  const lines = (l: TextLayout) => l.paragraphs.reduce((sum, p) => sum + p.lines.length, 0);
  const target = lines(layout);
  for (let cut = STEP; cut <= MAX_NARROWING + 1e-9; cut += STEP) {
    const narrowedByPt = inner.widthPt * cut;
    const candidate = layoutTextAtSize(text, layout.fontSizePt, {
      widthPt: inner.widthPt - narrowedByPt,
      heightPt: inner.heightPt,
    });
    if (lines(candidate) > target) return undefined;
    if (!candidate.paragraphs.some(endsOnOrphan)) return { layout: candidate, narrowedByPt };
  }
  return undefined;
}
