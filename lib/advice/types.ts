import type { SlideFit } from '../slide/fit-types';

/** How much a finding matters: `error` breaks the slide, `warning` is advice, `tip` is a nudge. */
export type Severity = 'error' | 'warning' | 'tip';

/** Stable rule ids of docs/DESIGN.md; the API, the UI and the fixtures rely on them. */
export const RULE_IDS = [
  'required',
  'overflow',
  'headline-length',
  'headline-not-claim',
  'too-many-bullets',
  'bullet-too-long',
  'no-metric',
  'no-timeframe',
  'vague-ask',
  'passive-voice',
  'hedging',
  'jargon',
  'hard-to-read',
  'pitch-too-long',
  'pitch-too-short',
  'pitch-missing-metric',
  'pitch-missing-ask',
  'filler-words',
  'pitch-contradicts-slide',
  'no-situation-number',
  'acronyms',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The severity each rule always reports at. */
export const RULE_SEVERITY: Record<RuleId, Severity> = {
  required: 'error',
  overflow: 'error',
  'headline-length': 'warning',
  'headline-not-claim': 'warning',
  'too-many-bullets': 'warning',
  'bullet-too-long': 'warning',
  'no-metric': 'warning',
  'no-timeframe': 'tip',
  'vague-ask': 'warning',
  'passive-voice': 'warning',
  hedging: 'warning',
  jargon: 'warning',
  'hard-to-read': 'warning',
  'pitch-too-long': 'warning',
  'pitch-too-short': 'tip',
  'pitch-missing-metric': 'warning',
  'pitch-missing-ask': 'warning',
  'filler-words': 'warning',
  'pitch-contradicts-slide': 'warning',
  'no-situation-number': 'tip',
  acronyms: 'warning',
};

/**
 * One piece of advice. `field` is a form path (`headline`, `situation[0]`, `ask`, `trace.if`,
 * `pitch`, or a whole section such as `outcome`); `start`/`end` are UTF-16 offsets of the words
 * concerned inside that field's text, when the advice is about particular words.
 */
export interface Finding {
  rule: RuleId;
  field: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

/** Options of one analysis run. */
export interface AnalyzeOptions {
  /** The speaker's pace; defaults to 140 words per minute. */
  wordsPerMinute?: number;
  /**
   * The slide fit of this same pitch when the caller already has it (the live preview computes
   * it on every change), so the `overflow` rule does not lay the slide out a second time.
   */
  slideFit?: Pick<SlideFit, 'overflows'>;
}

/** Builds a finding with the rule's fixed severity. */
export function finding(
  rule: RuleId,
  field: string,
  message: string,
  span?: { start: number; end: number },
): Finding {
  const severity = RULE_SEVERITY[rule];
  return span
    ? { rule, field, severity, message, start: span.start, end: span.end }
    : { rule, field, severity, message };
}
