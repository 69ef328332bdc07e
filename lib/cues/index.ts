export {
  applyCueLevel,
  CUE_LEVEL_LABELS,
  CUE_LEVELS,
  isCueLevel,
  type CueLevel,
} from './cue-level';
export { cueWords } from './cue-words';
export { toFirstLetters } from './first-letters';
export { toKeywords } from './keywords';
export { isStopWord, STOP_WORDS } from '../language/stop-words';
export { tokenizeForCues, type CueToken } from './tokenize';
