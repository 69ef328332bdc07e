import type { PitchFile } from '../../pitch/schema';

/** Industries the corpus covers; each must have pitches and sentences of its own. */
export type Industry =
  | 'finance'
  | 'insurance'
  | 'utilities'
  | 'energy'
  | 'public-sector'
  | 'healthcare'
  | 'pharma'
  | 'manufacturing'
  | 'retail'
  | 'software'
  | 'telecom'
  | 'logistics'
  | 'construction'
  | 'education'
  | 'hospitality';

/** British (colour, organise, £) or American (color, organize, $) spelling. */
export type Spelling = 'en-GB' | 'en-US';

/** Rules judged on one field on its own (a sentence or a few sentences of one field). */
export type FieldRuleId =
  | 'headline-length'
  | 'headline-not-claim'
  | 'bullet-too-long'
  | 'vague-ask'
  | 'passive-voice'
  | 'hedging'
  | 'jargon'
  | 'hard-to-read'
  | 'filler-words'
  | 'acronyms';

/** Rules judged on a whole pitch (they need several fields, or the slide and the spoken pitch together). */
export type PitchRuleId =
  | 'required'
  | 'overflow'
  | 'too-many-bullets'
  | 'no-metric'
  | 'no-timeframe'
  | 'pitch-too-long'
  | 'pitch-too-short'
  | 'pitch-missing-metric'
  | 'pitch-missing-ask'
  | 'pitch-contradicts-slide'
  | 'no-situation-number';

export type CorpusRuleId = FieldRuleId | PitchRuleId;

/** Which field a sentence case is typed into. `pitch` is the spoken elevator pitch. */
export type SentenceField = 'headline' | 'bullet' | 'ask' | 'valueProposition' | 'trace' | 'pitch';

/**
 * One labelled text typed into one field. `expect` lists EVERY field rule a careful reviewer
 * would raise on it (empty for clean text). `nearMiss` names the rules this text was written to
 * tempt without deserving (the same words in an innocent use); they must not be in `expect`.
 */
export interface SentenceCase {
  id: string;
  industry: Industry;
  spelling: Spelling;
  field: SentenceField;
  text: string;
  expect: FieldRuleId[];
  nearMiss?: FieldRuleId[];
  /** Why the label is what it is, when a reader might doubt it. */
  note?: string;
}

/** A pitch as typed by a user: the file without its `format`/`version` envelope. */
export type CorpusPitch = Omit<PitchFile, 'format' | 'version'>;

/**
 * One labelled pitch. `expect` lists EVERY rule (field rules and pitch rules, any severity,
 * tips included) a careful reviewer would raise anywhere in the pitch; empty for a clean pitch.
 * `nearMiss` as for sentences.
 */
export interface PitchCase {
  id: string;
  industry: Industry;
  spelling: Spelling;
  pitch: CorpusPitch;
  expect: CorpusRuleId[];
  nearMiss?: CorpusRuleId[];
  note?: string;
}
