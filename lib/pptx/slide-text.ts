import type PptxGenJS from 'pptxgenjs';
import { shieldAstralCharacters } from './astral-characters';
import { sanitizeXmlText } from './sanitize-xml-text';
import {
  POINTS_PER_INCH,
  type FittedBox,
  type FittedParagraph,
  type Rect,
  type TextBox,
} from '../slide';

/** The typeface the slide is set in; the fit model measures it with Carlito's (identical) metrics. */
export const SLIDE_FONT = 'Calibri';

type TextProps = PptxGenJS.TextProps;
type TextPropsOptions = PptxGenJS.TextPropsOptions;

/** Position and size of a rectangle in inches, as pptxgenjs takes them. */
export function placeAt(rect: Rect): Pick<TextPropsOptions, 'x' | 'y' | 'w' | 'h'> {
  return { x: rect.xIn, y: rect.yIn, w: rect.wIn, h: rect.hIn };
}

/**
 * The box's insets in points in pptxgenjs 4.0.1's order for text boxes, which is
 * [left, right, bottom, top] (it maps margin[0..3] to lIns, rIns, bIns, tIns).
 */
export function insetsInPoints(box: TextBox): [number, number, number, number] {
  const { leftIn, rightIn, bottomIn, topIn } = box.insets;
  return [leftIn, rightIn, bottomIn, topIn].map((inches) => inches * POINTS_PER_INCH) as [
    number,
    number,
    number,
    number,
  ];
}

/** Options every text box of the slide shares: no autofit, wrap inside the model's insets. */
export function textBoxOptions(
  box: TextBox,
  objectName: string,
  fontFace = SLIDE_FONT,
): TextPropsOptions {
  return {
    ...placeAt(box),
    margin: insetsInPoints(box),
    objectName,
    fontFace,
    align: 'left',
    valign: 'top',
    wrap: true,
    fit: 'none',
  };
}

const hasText = (paragraph: FittedParagraph) =>
  paragraph.runs.some((run) => run.text.trim() !== '');

/**
 * The runs of a fitted box as pptxgenjs text runs: one paragraph per fitted paragraph, runs
 * styled as the model says (the key number bold in the accent colour). The model already removed
 * what XML forbids and turned line breaks into spaces; both are enforced again here because a
 * control character or a line break reaching pptxgenjs corrupts the file or splits paragraphs.
 * Characters beyond U+FFFF travel as tokens (see astral-characters.ts).
 */
export function fittedRuns(fitted: FittedBox, accentColor: string): TextProps[] {
  const paragraphs = fitted.paragraphs.filter(hasText);
  return paragraphs.flatMap((paragraph, p) =>
    paragraph.runs.map((run, r): TextProps => {
      const options: TextPropsOptions = {};
      if (run.bold || run.emphasis || fitted.bold) options.bold = true;
      if (run.emphasis) options.color = accentColor;
      if (r === 0 && paragraph.bullet) options.bullet = { indent: fitted.bulletIndentPt };
      if (r === paragraph.runs.length - 1 && p < paragraphs.length - 1) options.breakLine = true;
      return {
        text: shieldAstralCharacters(sanitizeXmlText(run.text).replace(/[\n\t]/g, ' ')),
        options,
      };
    }),
  );
}

/** Text options that carry the model's chosen size and spacing for one box. */
export function fittedBoxOptions(
  fitted: FittedBox,
  objectName: string,
  color: string,
  fontFace = SLIDE_FONT,
): TextPropsOptions {
  return {
    ...textBoxOptions(fitted.box, objectName, fontFace),
    fontSize: fitted.fontSizePt,
    lineSpacing: fitted.lineHeightPt,
    paraSpaceAfter: fitted.paragraphSpacePt || undefined,
    valign: fitted.anchor,
    color,
  };
}
