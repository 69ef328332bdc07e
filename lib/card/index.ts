export { buildCardPdf, renderCard, type CardOptions, type RenderedCard } from './build-card-pdf';
export {
  assemblePitchFromSlide,
  buildCardContent,
  CARD_CUE_LEVELS,
  isCardCueLevel,
  type CardContent,
  type CardCueLevel,
} from './card-content';
export {
  CARD_PAPER_LABELS,
  CARD_PAPERS,
  CARD_SIZE,
  cardPaletteCss,
  isCardPaper,
  type CardPaper,
} from './card-style';
export { CARD_CONTENT_TYPE, cardFileName, findCardBlockers } from './card-export';
