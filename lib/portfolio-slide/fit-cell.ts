import { fitTextToBox, type InnerSize, type TextLayout } from '../slide/fit-text';
import type { SizeRange } from '../slide/typography';

/** A cell's text as fitted: the text written (shortened with "…" when it had to be) and its layout. */
export interface FittedCell {
  paragraphs: string[];
  layout: TextLayout;
  shortened: boolean;
}

const ELLIPSIS = '…';

const boxText = (paragraphs: string[], bold: boolean) => ({
  paragraphs: paragraphs.map((text) => ({ runs: [{ text, bold: false }], bullet: false })),
  bold,
});

/**
 * Fits a cell's paragraphs with the slide's fit model (Carlito metrics, the same wrapping and
 * shrinking as the pitch slide): the largest size from `sizes.preferredPt` down to `sizes.minPt`
 * at which the text fits. Text that does not fit even at the minimum keeps as many whole words
 * (characters, in text without spaces) of its last paragraph as fit, followed by "…", so nothing
 * runs out of its box.
 */
export function fitCell(
  paragraphs: string[],
  inner: InnerSize,
  sizes: SizeRange,
  bold = false,
): FittedCell {
  const whole = fitTextToBox(boxText(paragraphs, bold), inner, sizes);
  if (!whole.overflows) return { paragraphs, layout: whole, shortened: false };
  const head = paragraphs.slice(0, -1);
  const lastText = paragraphs.at(-1) ?? '';
  // Whole words where the text has spaces; characters where it has none (Chinese, Japanese).
  const spaced = /\s/u.test(lastText.trim());
  const words = spaced ? lastText.split(/\s+/u).filter(Boolean) : Array.from(lastText);
  const attempt = (count: number) => {
    const kept = words.slice(0, count).join(spaced ? ' ' : '');
    const last = `${kept.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
    const text = [...head, last];
    return {
      text,
      layout: fitTextToBox(boxText(text, bold), inner, {
        preferredPt: sizes.minPt,
        minPt: sizes.minPt,
      }),
    };
  };
  // Invariant: `low` words fit (0 always does, or nothing can), `high` words do not.
  let low = 0;
  let high = words.length;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (attempt(mid).layout.overflows) high = mid;
    else low = mid;
  }
  const best = attempt(low);
  return { paragraphs: best.text, layout: best.layout, shortened: true };
}
