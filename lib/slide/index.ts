/** The slide layout model: one source of truth for the in-app preview and the PPTX export. */
export { fitSlide } from './fit';
export type {
  FitField,
  FitSlideOptions,
  FittedBox,
  FittedLine,
  FittedParagraph,
  SlideBoxId,
  SlideFit,
  TextRun,
} from './fit-types';
export { fitTextToBox, type BoxText, type InnerSize, type TextLayout } from './fit-text';
export {
  POINTS_PER_INCH,
  SLIDE_SIZE,
  TEXT_INSETS,
  innerHeightPt,
  innerWidthPt,
  slideLayout,
  type Insets,
  type Rect,
  type SlideLayout,
  type TextBox,
} from './geometry';
export { measureTextPt } from './measure-text';
export { cleanSlideText } from './clean-text';
export { SLIDE_PLACEHOLDERS } from './slide-text';
export { SLIDE_THEMES, slideTheme, type SlideTheme } from './themes';
export {
  BOX_ANCHORS,
  BULLET_CHAR,
  HEADING_ANCHOR,
  type BoxAnchor,
  FONT_SIZES,
  HEADING_SIZE_PT,
  LINE_HEIGHT_FACTOR,
  SLIDE_LABELS,
  STEP_PT,
} from './typography';
