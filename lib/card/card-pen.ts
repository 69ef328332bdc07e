import { rgb, setCharacterSpacing, type PDFFont, type PDFPage } from 'pdf-lib';
import type { FaceRole } from './card-fonts';
import type { CardPalette } from './card-style';
import type { FittedText, MeasureText } from './fit-lines';

type Rgb = [number, number, number];

/** Everything a card side needs to draw: the page, the embedded fonts, where the card sits. */
export interface CardPen {
  page: PDFPage;
  fonts: Partial<Record<FaceRole, PDFFont>>;
  measure: MeasureText;
  palette: CardPalette;
  /** Lower-left corner of the card on the page, in points. */
  originX: number;
  originY: number;
}

const color = ([r, g, b]: Rgb) => rgb(r, g, b);

/** A width measurer over embedded fonts, cached per face and text (widths are linear in size). */
export function createMeasure(fonts: Partial<Record<FaceRole, PDFFont>>): MeasureText {
  const cache = new Map<string, number>();
  return (role, text) => {
    const key = `${role}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const font = fonts[role] ?? fonts.regular;
      width = font ? font.widthOfTextAtSize(text, 1000) / 1000 : 0;
      cache.set(key, width);
    }
    return width;
  };
}

/** Draws fitted lines with their first baseline below `top` (card coordinates, points). */
export function drawFitted(
  pen: CardPen,
  fitted: FittedText,
  x: number,
  top: number,
  lineHeight: number,
  ink: Rgb,
): void {
  const { size } = fitted;
  fitted.lines.forEach((line, index) => {
    const baseline = top - size * 0.82 - index * size * lineHeight;
    for (const run of line.runs) {
      const font = pen.fonts[run.role];
      if (!font || run.text.trim() === '') continue;
      pen.page.drawText(run.text, {
        x: pen.originX + x + run.x * size,
        y: pen.originY + baseline,
        size,
        font,
        color: color(ink),
      });
    }
  });
}

/** Height in points that fitted text takes from its top to its last line's descent. */
export function fittedHeight(fitted: FittedText, lineHeight: number): number {
  if (fitted.lines.length === 0) return 0;
  return fitted.size * (1 + (fitted.lines.length - 1) * lineHeight);
}

/** A section label: upper case, letter-spaced, in the accent colour (our own ASCII text). */
export function drawLabel(
  pen: CardPen,
  text: string,
  x: number,
  baseline: number,
  size: number,
  ink: Rgb,
  align: 'left' | 'right' = 'left',
): void {
  const font = pen.fonts.bold;
  if (!font) return;
  const label = text.toUpperCase();
  const spacing = size * 0.12;
  const width = font.widthOfTextAtSize(label, size) + spacing * (label.length - 1);
  const left = align === 'right' ? x - width : x;
  pen.page.pushOperators(setCharacterSpacing(spacing));
  pen.page.drawText(label, {
    x: pen.originX + left,
    y: pen.originY + baseline,
    size,
    font,
    color: color(ink),
  });
  pen.page.pushOperators(setCharacterSpacing(0));
}

/** A horizontal rule from `x` to `x + width` (card coordinates). */
export function drawRule(
  pen: CardPen,
  x: number,
  y: number,
  width: number,
  thickness: number,
  ink: Rgb,
): void {
  pen.page.drawLine({
    start: { x: pen.originX + x, y: pen.originY + y },
    end: { x: pen.originX + x + width, y: pen.originY + y },
    thickness,
    color: color(ink),
  });
}

/** A filled rectangle (card coordinates, lower-left corner). */
export function drawBox(
  pen: CardPen,
  x: number,
  y: number,
  width: number,
  height: number,
  fill: Rgb,
): void {
  pen.page.drawRectangle({
    x: pen.originX + x,
    y: pen.originY + y,
    width,
    height,
    color: color(fill),
  });
}
