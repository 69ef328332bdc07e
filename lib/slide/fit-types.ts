import type { SlideFrame } from './frame';
import type { TextBox } from './geometry';
import type { SlideLayout } from './geometry';
import type { SlideTheme } from './themes';
import type { BoxAnchor } from './typography';

/** The pitch fields a text box carries; the advice engine reports `overflow` on these. */
export type FitField = 'headline' | 'situation' | 'action' | 'outcome' | 'ask' | 'trace';

/**
 * Names of the text boxes of the slide (the three columns are named after their field; the key
 * number callout repeats the Outcome's number and is never reported as an overflow).
 */
export type SlideBoxId = FitField | 'keyNumber';

/**
 * A stretch of text with one style. `emphasis` marks the outcome's key number (bold, theme
 * accent colour); `bold` alone is used for fixed labels ("Decision needed:", "If", "then").
 */
export interface TextRun {
  text: string;
  bold: boolean;
  emphasis?: boolean;
}

/** One wrapped line as the model laid it out; `widthPt` is its measured advance width. */
export interface FittedLine {
  runs: TextRun[];
  /** The line's text (the runs joined), without the trailing space it broke at. */
  text: string;
  widthPt: number;
}

/** One paragraph (a bullet, the ask, a trace line): its styled runs and its wrapped lines. */
export interface FittedParagraph {
  runs: TextRun[];
  bullet: boolean;
  lines: FittedLine[];
}

/** A text box of the slide with the text fitted into it. */
export interface FittedBox {
  id: SlideBoxId;
  box: TextBox;
  /** Chosen font size in points (never below the box's minimum). */
  fontSizePt: number;
  /** Exact line pitch in points (export: `lineSpacing`). */
  lineHeightPt: number;
  /** Space after each paragraph in points (export: `paraSpaceAfter`). */
  paragraphSpacePt: number;
  /** Hanging indent of bullet paragraphs in points (export: `bullet.indent`); 0 without bullets. */
  bulletIndentPt: number;
  /** Vertical anchor of the text in the box (export: `valign`). */
  anchor: BoxAnchor;
  /** Whether the whole box is bold (the headline). Runs may add bold on top. */
  bold: boolean;
  paragraphs: FittedParagraph[];
  /** Height the text takes in points, from the first line's top to the last line's bottom. */
  textHeightPt: number;
  /** True when the text does not fit even at the minimum size. */
  overflows: boolean;
  /** True when the field was empty and the box shows placeholder text (preview only). */
  placeholder: boolean;
}

/** Everything the preview and the PPTX export need to draw the slide. */
export interface SlideFit {
  theme: SlideTheme;
  layout: SlideLayout;
  headline: FittedBox;
  /** Column headings are fixed words at HEADING_SIZE_PT; their boxes are in `layout.columns`. */
  situation: FittedBox;
  action: FittedBox;
  outcome: FittedBox;
  ask: FittedBox;
  /** Absent when the pitch has no trace (the columns then take its space). */
  trace?: FittedBox;
  /**
   * The key number callout above the Outcome bullets: the outcome's number the language layer
   * picks (or the user chose), large. Absent when the outcome has no number, or when making room
   * for it would shrink the columns' text (it only takes space the columns leave free).
   */
  keyNumber?: FittedBox;
  /** The font size shared by the three columns, in points. */
  bodyFontSizePt: number;
  /** Boxes whose text does not fit even at the minimum size. */
  overflows: Array<{ field: FitField; box: SlideBoxId }>;
}

/** Options of fitSlide. */
export interface FitSlideOptions {
  /** Fill empty fields with placeholder text (the preview does; the export does not). */
  placeholders?: boolean;
  /** Lay the slide out in a company template's frame (size, placeholders, fonts, colours). */
  frame?: SlideFrame;
}
