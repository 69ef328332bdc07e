/** Elevator pitch drafter: slide → spoken pitch, the coverage checklist, and pitch insertions. */
export { DRAFT_STYLES, DRAFT_STYLE_IDS, DEFAULT_DRAFT_STYLE, toDraftStyleId } from './styles';
export type { DraftStyle, DraftStyleId } from './styles';
export { draftPitch, draftPitchResult, wordBudget } from './draft-pitch';
export type { DraftOptions, DraftResult } from './draft-pitch';
export { DRAFT_LENSES, DEFAULT_LENS, LENS_IDS, toLensId } from './lenses';
export type { DraftLens, LensId } from './lenses';
export { pitchChecklist } from './checklist';
export type { ChecklistId, ChecklistItem } from './checklist';
export { ifThenElseSentence, insertBeforeAsk } from './pitch-insert';
export { speakNumbers } from './speak-numbers';
export { mentionsQuantity } from '../language/mentions-quantity';
export { timeFit, wordsForSeconds } from './time-fit';
export type { TimeFit } from './time-fit';
export { readDraftQuery, DRAFT_WPM } from './draft-query';
export type { DraftQuery } from './draft-query';
export { fillAdvice } from './fill-advice';
