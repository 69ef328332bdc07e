import { speechText } from '../pitch/speech';
import PptxGenJS from 'pptxgenjs';
import { SECTIONS, SECTION_LABELS } from '../pitch/limits';
import type { PitchFile } from '../pitch/schema';
import { fitSlide, HEADING_ANCHOR, HEADING_SIZE_PT, type Rect, type SlideFit } from '../slide';
import { shieldAstralCharacters } from './astral-characters';
import { sanitizePitch } from './sanitize-xml-text';
import { fittedBoxOptions, fittedRuns, placeAt, SLIDE_FONT, textBoxOptions } from './slide-text';

/** What the speaker notes say when the pitch has no elevator pitch yet. */
export const NO_PITCH_NOTICE =
  'No elevator pitch yet. Draft it in One-Slide Pitch ("Elevator pitch") and export the slide again to have it here.';

/** The application named in the file's properties (never user text: pptxgenjs does not escape `company`). */
const APPLICATION_NAME = 'One-Slide Pitch';

/** Document title: the pitch title, else its headline, else the app's name. */
function documentTitle(pitch: PitchFile): string {
  return pitch.title?.trim() || pitch.headline.trim() || APPLICATION_NAME;
}

/**
 * How the deck looks beyond the fit: the default (16:9, Calibri, the theme's background) or a
 * company template's size and fonts, with the template master's background showing through.
 */
export interface DeckLook {
  size?: { widthIn: number; heightIn: number };
  titleFont: string;
  bodyFont: string;
  /** Paint the theme's background on the slide (false: the master's background shows). */
  paintBackground: boolean;
}

const DEFAULT_LOOK: DeckLook = {
  titleFont: SLIDE_FONT,
  bodyFont: SLIDE_FONT,
  paintBackground: true,
};

function addSlideContent(slide: PptxGenJS.Slide, fit: SlideFit, look: DeckLook): void {
  const { theme, layout } = fit;
  const body = look.bodyFont;
  if (look.paintBackground) slide.background = { color: theme.background };

  slide.addText(
    fittedRuns(fit.headline, theme.accent),
    fittedBoxOptions(fit.headline, 'Headline', theme.title, look.titleFont),
  );

  for (const section of SECTIONS) {
    const label = SECTION_LABELS[section];
    slide.addText(label, {
      ...textBoxOptions(layout.columns[section].heading, `${label} heading`, body),
      fontSize: HEADING_SIZE_PT,
      bold: true,
      color: theme.heading,
      valign: HEADING_ANCHOR,
    });
    slide.addText(
      fittedRuns(fit[section], theme.accent),
      fittedBoxOptions(fit[section], label, theme.body, body),
    );
  }

  addFilledRect(slide, layout.band, 'Ask band', theme.bandFill);
  slide.addText(
    fittedRuns(fit.ask, theme.accent),
    fittedBoxOptions(fit.ask, 'Ask', theme.bandText, body),
  );

  if (fit.keyNumber) {
    slide.addText(
      fittedRuns(fit.keyNumber, theme.accent),
      fittedBoxOptions(fit.keyNumber, 'Key number', theme.accent, body),
    );
  }

  if (fit.trace && layout.strip) {
    addFilledRect(slide, layout.strip, 'Trace strip', theme.stripFill);
    slide.addText(
      fittedRuns(fit.trace, theme.accent),
      fittedBoxOptions(fit.trace, 'Trace', theme.stripText, body),
    );
  }
}

/** A text-less filled rectangle (an empty text keeps `<p:txBody>` in the XML). */
function addFilledRect(slide: PptxGenJS.Slide, rect: Rect, name: string, color: string): void {
  slide.addText('', {
    ...placeAt(rect),
    shape: 'rect',
    objectName: name,
    fill: { color },
    line: { color, width: 0 },
  });
}

/**
 * The one-slide deck of a pitch as a pptxgenjs presentation, placed and sized entirely by the
 * slide fit model (inches, points). The slide shows exactly what the model fitted for this pitch
 * (the same call the preview makes; the model cleans the text it measures); notes and document
 * properties get sanitised strings. Characters beyond U+FFFF are shielded as tokens, so the deck
 * must be written by `renderPptx` (which restores them), never by pptxgenjs alone. Does not check
 * whether the pitch is complete or fits: `buildPptx` does that.
 */
export function buildPresentation(
  pitch: PitchFile,
  fit: SlideFit = fitSlide(pitch),
  look: DeckLook = DEFAULT_LOOK,
): PptxGenJS {
  const clean = sanitizePitch(pitch);

  const deck = new PptxGenJS();
  if (look.size) {
    deck.defineLayout({ name: 'TEMPLATE', width: look.size.widthIn, height: look.size.heightIn });
    deck.layout = 'TEMPLATE';
  } else deck.layout = 'LAYOUT_WIDE';
  deck.title = shieldAstralCharacters(documentTitle(clean));
  deck.subject = shieldAstralCharacters(clean.audience?.trim() ?? '');
  deck.author = APPLICATION_NAME;
  deck.company = APPLICATION_NAME;
  deck.theme = { headFontFace: look.titleFont, bodyFontFace: look.bodyFont };

  const slide = deck.addSlide();
  addSlideContent(slide, fit, look);
  slide.addNotes(shieldAstralCharacters(speechText(clean).trim() || NO_PITCH_NOTICE));
  return deck;
}
