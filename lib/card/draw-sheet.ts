import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { CARD_SIZE } from './card-style';

/** Where the two card sides sit on a sheet, lower-left corners in points. */
export interface SheetPlacement {
  front: { x: number; y: number };
  back: { x: number; y: number };
}

const MARK_GAP = 4;
const MARK_LENGTH = 14;
const GREY = rgb(0.45, 0.45, 0.45);

/**
 * Places the front above the back, touching along the fold line, centred on the sheet, so a
 * user cuts the outer edge once and folds the two sides back to back.
 */
export function placeOnSheet(sheet: { width: number; height: number }): SheetPlacement {
  const x = (sheet.width - CARD_SIZE.width) / 2;
  const bottom = (sheet.height - 2 * CARD_SIZE.height) / 2;
  return { back: { x, y: bottom }, front: { x, y: bottom + CARD_SIZE.height } };
}

function line(
  page: PDFPage,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash?: number[],
): void {
  page.drawLine({
    start: { x: x1, y: y1 },
    end: { x: x2, y: y2 },
    thickness: 0.5,
    color: GREY,
    dashArray: dash,
  });
}

/** Crop marks outside each corner of the two-card block, a dashed fold line, and a how-to line. */
export function drawCutMarks(page: PDFPage, placement: SheetPlacement, font: PDFFont): void {
  const left = placement.back.x;
  const right = left + CARD_SIZE.width;
  const bottom = placement.back.y;
  const top = placement.front.y + CARD_SIZE.height;
  const fold = placement.front.y;
  for (const y of [bottom, fold, top]) {
    line(
      page,
      left - MARK_GAP - MARK_LENGTH,
      y,
      left - MARK_GAP,
      y,
      y === fold ? [3, 2] : undefined,
    );
    line(
      page,
      right + MARK_GAP,
      y,
      right + MARK_GAP + MARK_LENGTH,
      y,
      y === fold ? [3, 2] : undefined,
    );
  }
  for (const x of [left, right]) {
    line(page, x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH);
    line(page, x, bottom - MARK_GAP - MARK_LENGTH, x, bottom - MARK_GAP);
  }
  // A faint outline, so the card edge shows even if the marks are trimmed by the printer.
  page.drawRectangle({
    x: left,
    y: bottom,
    width: CARD_SIZE.width,
    height: 2 * CARD_SIZE.height,
    borderColor: rgb(0.85, 0.85, 0.85),
    borderWidth: 0.25,
  });
  line(page, left, fold, right, fold, [3, 2]);

  const hint =
    'Print at 100% (actual size). Cut along the marks, fold on the dashed line so the sides are back to back.';
  const size = 8;
  const width = font.widthOfTextAtSize(hint, size);
  page.drawText(hint, {
    x: (page.getWidth() - width) / 2,
    y: top + MARK_GAP + MARK_LENGTH + 12,
    size,
    font,
    color: GREY,
  });
  const label = 'fold';
  page.drawText(label, {
    x: right + MARK_GAP + MARK_LENGTH + 4,
    y: fold - 2.5,
    size: 7,
    font,
    color: GREY,
  });
}
