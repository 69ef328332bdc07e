export { contentKey, CONTENT_KEY_PATTERN } from './content-key';
export {
  cueLevelFor,
  cueLines,
  FADE_AT_STABILITY_DAYS,
  masteryCueLevel,
  stepCueLevel,
} from './cue-fading';
export { buildFlashcards, type CardKind, type RehearsalCard } from './deck';
export { formatInterval } from './format-interval';
export { mergeProgressWithDeck } from './merge-progress';
export {
  measuredPace,
  PACE_WINDOW,
  PLAUSIBLE_WPM,
  scoreRunThrough,
  wordsPerMinute,
  type RunThroughResult,
} from './pace';
export {
  rehearsalScript,
  slideAsScript,
  type RehearsalScript,
  type ScriptSource,
} from './pitch-script';
export {
  emptyProgress,
  MAX_SESSIONS,
  rehearsalProgressSchema,
  type CardProgress,
  type RehearsalProgress,
  type SessionEntry,
  type SessionKind,
} from './progress-schema';
export { scoreRecall, type RecallOp, type RecallScore } from './recall-diff';
export { recallWords, type RecallOptions } from './recall-words';
export {
  dueCards,
  dueCount,
  GRADE_LABELS,
  GRADES,
  isDue,
  nextDueAt,
  previewIntervals,
  scheduleReview,
  type GradeName,
} from './scheduler';
export { splitSentences } from '../language/sentences';
export { addSession, countRecall, countReview, sessionsOf } from './sessions';
export { suggestGrade } from './suggest-grade';
