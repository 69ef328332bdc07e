import type { CardContent } from './card-content';
import { drawBox, drawFitted, drawLabel, drawRule, fittedHeight, type CardPen } from './card-pen';
import { CARD_LAYOUT as L, CARD_SIZE } from './card-style';
import { fitText } from './fit-lines';
import type { PreparedText } from './prepare-text';

/** The front's texts, prepared with their faces. */
export interface PreparedFront {
  content: CardContent;
  title: PreparedText;
  headline: PreparedText;
  cues: PreparedText[];
  keyNumbers: PreparedText;
  ask: PreparedText;
}

const INNER_WIDTH = CARD_SIZE.width - 2 * L.margin;
const COLUMN_GAP = 12;
const COLUMN_WIDTH = (INNER_WIDTH - 2 * COLUMN_GAP) / 3;
const ASK_BAND_HEIGHT = 36;

/**
 * Draws the front (headline, cue words per section, key numbers, the ask) in card coordinates
 * and returns the names of the fields shortened to fit.
 */
export function drawCardFront(pen: CardPen, front: PreparedFront): string[] {
  const { palette, measure } = pen;
  const truncated: string[] = [];
  const left = L.margin;
  let top = CARD_SIZE.height - L.margin;

  const title = fitText(
    front.title,
    INNER_WIDTH * 0.8,
    L.labelSize * 1.3,
    { maxSize: L.labelSize + 0.5, minSize: L.labelSize, lineHeight: 1, maxLines: 1 },
    measure,
  );
  if (front.content.title) drawFitted(pen, title, left, top, 1, palette.muted);
  drawLabel(
    pen,
    'Front',
    CARD_SIZE.width - L.margin,
    top - L.labelSize * 0.82,
    L.labelSize - 0.5,
    palette.muted,
    'right',
  );
  top -= L.labelSize + 6;

  const headline = fitText(
    front.headline,
    INNER_WIDTH,
    46,
    { maxSize: L.headlineMaxSize, minSize: L.minTextSize, lineHeight: 1.12, maxLines: 4 },
    measure,
  );
  if (headline.truncated) truncated.push('headline');
  drawFitted(pen, headline, left, top, 1.12, palette.ink);
  top -= Math.max(fittedHeight(headline, 1.12), 20) + 7;

  drawRule(pen, left, top, 36, 1.5, palette.accent);
  drawRule(pen, left + 36, top, INNER_WIDTH - 36, L.ruleThickness / 2, palette.muted);
  top -= 7 + L.labelSize;

  const askTop = L.margin + ASK_BAND_HEIGHT;
  const numbersTop = askTop + 6 + 11;
  const cuesHeight = top - 3 - numbersTop - 6;
  front.content.front.sections.forEach((section, index) => {
    const x = left + index * (COLUMN_WIDTH + COLUMN_GAP);
    drawLabel(pen, section.label, x, top, L.labelSize, palette.accent);
    const cues = front.cues[index];
    if (!cues) return;
    const fitted = fitText(
      cues,
      COLUMN_WIDTH,
      cuesHeight,
      { maxSize: L.cueMaxSize, minSize: L.minTextSize, lineHeight: L.lineHeight },
      measure,
    );
    if (fitted.truncated && !truncated.includes('cue words')) truncated.push('cue words');
    drawFitted(
      pen,
      fitted,
      x,
      top - 4,
      L.lineHeight,
      section.cues.length > 0 ? palette.ink : palette.muted,
    );
  });

  const labelWidth = 62;
  const numbers = fitText(
    front.keyNumbers,
    INNER_WIDTH - labelWidth,
    11,
    { maxSize: 10.5, minSize: L.minTextSize, lineHeight: 1, maxLines: 1 },
    measure,
  );
  if (numbers.truncated) truncated.push('key numbers');
  const hasNumbers = front.content.front.keyNumbers.length > 0;
  drawLabel(
    pen,
    'Key numbers',
    left,
    numbersTop - numbers.size * 0.82,
    L.labelSize,
    palette.accent,
  );
  drawFitted(
    pen,
    numbers,
    left + labelWidth,
    numbersTop,
    1,
    hasNumbers ? palette.accent : palette.muted,
  );

  const bandBottom = L.margin - 4;
  drawBox(pen, left - 6, bandBottom, INNER_WIDTH + 12, ASK_BAND_HEIGHT, palette.tint);
  drawBox(pen, left - 6, bandBottom, 2, ASK_BAND_HEIGHT, palette.accent);
  const ask = fitText(
    front.ask,
    INNER_WIDTH - labelWidth,
    ASK_BAND_HEIGHT - 8,
    { maxSize: L.askMaxSize, minSize: L.minTextSize, lineHeight: 1.12, maxLines: 3 },
    measure,
  );
  if (ask.truncated) truncated.push('ask');
  const askTopY = bandBottom + (ASK_BAND_HEIGHT + fittedHeight(ask, 1.12)) / 2;
  drawLabel(pen, 'The ask', left, askTopY - ask.size * 0.82, L.labelSize, palette.accent);
  drawFitted(
    pen,
    ask,
    left + labelWidth,
    askTopY,
    1.12,
    front.content.front.ask ? palette.ink : palette.muted,
  );
  return truncated;
}
