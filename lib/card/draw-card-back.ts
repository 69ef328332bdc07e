import type { CardContent } from './card-content';
import { drawFitted, drawLabel, drawRule, type CardPen } from './card-pen';
import { CARD_LAYOUT as L, CARD_SIZE } from './card-style';
import { fitText } from './fit-lines';
import type { PreparedText } from './prepare-text';

/** The back's texts, prepared with their faces. */
export interface PreparedBack {
  content: CardContent;
  title: PreparedText;
  pitch: PreparedText;
  /** Small print for the foot of the back (shortened fields, replaced characters...), if any. */
  notesFor(pitchTruncated: boolean): PreparedText | null;
}

const INNER_WIDTH = CARD_SIZE.width - 2 * L.margin;
const NOTES_HEIGHT = 8;

/** Draws the back (the pitch at the chosen cue level); returns whether the pitch was shortened. */
export function drawCardBack(pen: CardPen, back: PreparedBack): boolean {
  const { palette, measure } = pen;
  const left = L.margin;
  let top = CARD_SIZE.height - L.margin;

  drawLabel(
    pen,
    back.content.back.label,
    left,
    top - L.labelSize * 0.82,
    L.labelSize,
    palette.accent,
  );
  const title = fitText(
    back.title,
    INNER_WIDTH * 0.55,
    L.labelSize * 1.3,
    { maxSize: L.labelSize + 0.5, minSize: L.labelSize, lineHeight: 1, maxLines: 1 },
    measure,
  );
  const titleWidth = (title.lines[0]?.width ?? 0) * title.size;
  drawFitted(pen, title, CARD_SIZE.width - L.margin - titleWidth, top, 1, palette.muted);
  top -= L.labelSize + 5;
  drawRule(pen, left, top, 36, 1.5, palette.accent);
  drawRule(pen, left + 36, top, INNER_WIDTH - 36, L.ruleThickness / 2, palette.muted);
  top -= 8;

  const fitPitch = (withNotes: boolean) =>
    fitText(
      back.pitch,
      INNER_WIDTH,
      top - L.margin - (withNotes ? NOTES_HEIGHT + 4 : 0),
      { maxSize: L.backMaxSize, minSize: L.minTextSize, lineHeight: L.lineHeight },
      measure,
    );
  let pitch = fitPitch(back.notesFor(false) !== null);
  const notesText = back.notesFor(pitch.truncated);
  if (pitch.truncated && notesText) pitch = fitPitch(true);
  drawFitted(pen, pitch, left, top, L.lineHeight, palette.ink);

  if (notesText) {
    const notes = fitText(
      notesText,
      INNER_WIDTH,
      NOTES_HEIGHT,
      { maxSize: 6, minSize: 5, lineHeight: 1, maxLines: 1 },
      measure,
    );
    drawFitted(pen, notes, left, L.margin + NOTES_HEIGHT - 1, 1, palette.muted);
  }
  return pitch.truncated;
}
