import { PDFDocument } from 'pdf-lib';
import type { PitchFile } from '@/lib/pitch/schema';
import { buildCardContent, type CardCueLevel } from './card-content';
import { embedFaces, loadFaces, type FaceRole } from './card-fonts';
import { createMeasure, type CardPen } from './card-pen';
import { CARD_SIZE, SHEET_SIZES, cardPalette, type CardPaper } from './card-style';
import { drawCardBack } from './draw-card-back';
import { drawCardFront } from './draw-card-front';
import { drawCutMarks, placeOnSheet } from './draw-sheet';
import { compressWithFflate } from './fast-deflate';
import { prepareText, REPLACEMENT_CHARACTER } from './prepare-text';

export interface CardOptions {
  cueLevel?: CardCueLevel;
  paper?: CardPaper;
}

export interface RenderedCard {
  bytes: Uint8Array;
  /** Characters no embedded font could draw, shown as "□" (the card says so too). */
  replacedCharacters: number;
  /** Fields shortened with "…" to fit the card (the card says so too). */
  truncatedFields: string[];
}

/**
 * Renders the memorization card: pitch in, PDF bytes out, no file or network access (the fonts
 * are compiled in). Two 5 × 3 in pages (front, back) for `paper: 'index-card'`, or one A4 /
 * Letter sheet with both sides at actual size and cut marks.
 */
export async function renderCard(
  pitch: PitchFile,
  options: CardOptions = {},
): Promise<RenderedCard> {
  const cueLevel = options.cueLevel ?? 'full';
  const paper = options.paper ?? 'index-card';
  const content = buildCardContent(pitch, cueLevel);
  const { front, back } = content;
  const allText = [
    content.title,
    front.headline,
    front.ask,
    back.text,
    ...front.keyNumbers,
    ...front.sections.flatMap((s) => s.cues),
  ].join('\n');
  const faces = await loadFaces(allText);

  const title = prepareText(content.title, 'regular', faces);
  const headline = prepareText(front.headline || 'No headline yet', 'bold', faces);
  const cues = front.sections.map((s) => prepareText(s.cues.join('\n') || '—', 'regular', faces));
  const keyNumbers = prepareText(
    front.keyNumbers.join('  ·  ') || 'No number in the outcome yet',
    'bold',
    faces,
  );
  const ask = prepareText(front.ask || 'No ask yet', 'bold', faces);
  const spoken = prepareText(back.text || 'No pitch yet: write it in the app.', 'regular', faces);
  const prepared = [title, headline, ...cues, keyNumbers, ask, spoken];
  const replacedCharacters = prepared.reduce((sum, p) => sum + p.replaced, 0);
  const roles = new Set<FaceRole>(['regular', 'bold', ...prepared.flatMap((p) => [...p.roles])]);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${content.title || front.headline || 'Pitch'}: memorization card`);
  doc.setCreator('One-Slide Pitch');
  doc.setProducer('One-Slide Pitch (pdf-lib)');
  const fonts = await embedFaces(doc, faces, roles);
  const measure = createMeasure(fonts);
  const palette = cardPalette(content.theme);

  const sheet =
    paper === 'index-card'
      ? null
      : doc.addPage([SHEET_SIZES[paper].width, SHEET_SIZES[paper].height]);
  const placement = sheet ? placeOnSheet(sheet.getSize()) : null;
  const frontPage = sheet ?? doc.addPage([CARD_SIZE.width, CARD_SIZE.height]);
  const pen = (page: typeof frontPage, at?: { x: number; y: number }): CardPen => ({
    page,
    fonts,
    measure,
    palette,
    originX: at?.x ?? 0,
    originY: at?.y ?? 0,
  });

  const truncatedFields = drawCardFront(pen(frontPage, placement?.front), {
    content,
    title,
    headline,
    cues,
    keyNumbers,
    ask,
  });
  const backPage = sheet ?? doc.addPage([CARD_SIZE.width, CARD_SIZE.height]);
  const pitchTruncated = drawCardBack(pen(backPage, placement?.back), {
    content,
    title,
    pitch: spoken,
    notesFor: (truncated) => {
      const notes: string[] = [];
      if (back.assembledFromSlide) notes.push('Pitch assembled from the slide.');
      const cut = truncated ? [...truncatedFields, 'pitch'] : truncatedFields;
      if (cut.length > 0) notes.push(`Shortened to fit (…): ${cut.join(', ')}.`);
      if (replacedCharacters > 0)
        notes.push(
          `${REPLACEMENT_CHARACTER} = ${replacedCharacters} character${replacedCharacters === 1 ? '' : 's'} the card font cannot show.`,
        );
      return notes.length > 0 ? prepareText(notes.join('  '), 'regular', faces) : null;
    },
  });
  if (pitchTruncated) truncatedFields.push('pitch');
  if (sheet && placement && fonts.regular) drawCutMarks(sheet, placement, fonts.regular);

  compressWithFflate();
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, replacedCharacters, truncatedFields };
}

/** The memorization card as PDF bytes (see `renderCard`). */
export async function buildCardPdf(
  pitch: PitchFile,
  options: CardOptions = {},
): Promise<Uint8Array> {
  return (await renderCard(pitch, options)).bytes;
}
