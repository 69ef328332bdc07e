/** Runs every rule of docs/DESIGN.md over a pitch file: pure and synchronous. */
import { announceComputation } from '../diagnostics/computations';
import type { PitchFile } from '../pitch/schema';
import { hasSpeech } from '../pitch/speech';
import { DEFAULT_WORDS_PER_MINUTE } from '../pitch/spoken-time';
import { acronymRule } from './acronym-rule';
import { fieldRank, textFields } from './fields';
import { SEVERITY_RANK } from './findings';
import { headlineClaimRule } from './headline-claim';
import { overflowRule } from './overflow';
import { pitchRules } from './pitch-rules';
import { isExecutiveReady, splitReadiness, type Readiness } from './readiness';
import {
  bulletRules,
  headlineLengthRule,
  outcomeRules,
  requiredRule,
  situationNumberRule,
  vagueAskRule,
} from './structure-rules';
import type { AnalyzeOptions, Finding } from './types';
import { phraseRules, sentenceRules } from './wording-rules';

/**
 * Result of one analysis: findings in form order (then by severity); readiness 0–100 overall, of
 * the slide and of the speech; and the two verdicts the UI shows without loading the engine.
 */
export interface PitchAnalysis extends Readiness {
  findings: Finding[];
  /** The pitch has a speech (elevator pitch text, not only whitespace). */
  hasSpeech: boolean;
  /** `isExecutiveReady(findings, hasSpeech)`: no error or warning anywhere, and a speech to say. */
  executiveReady: boolean;
}

/** Past this many, more findings of one rule in one field ("um" forty times) add nothing. */
export const MAX_FINDINGS_PER_RULE_AND_FIELD = 10;

function capRepeats(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.filter((f) => {
    const key = `${f.rule} ${f.field}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count <= MAX_FINDINGS_PER_RULE_AND_FIELD;
  });
}

/**
 * Runs every rule on `pitch`. `wordsPerMinute` is the speaker's pace (default 140); pass
 * `slideFit` when the preview already laid this pitch out, to skip a second layout.
 */
export function analyzePitch(pitch: PitchFile, options: AnalyzeOptions = {}): PitchAnalysis {
  const pace =
    options.wordsPerMinute && options.wordsPerMinute > 0
      ? options.wordsPerMinute
      : DEFAULT_WORDS_PER_MINUTE;
  const findings: Finding[] = [
    ...requiredRule(pitch),
    ...overflowRule(pitch, options.slideFit),
    ...headlineLengthRule(pitch),
    ...headlineClaimRule(pitch.headline),
    ...bulletRules(pitch),
    ...situationNumberRule(pitch),
    ...outcomeRules(pitch),
    ...vagueAskRule(pitch),
    ...pitchRules(pitch, pace),
  ];
  const fields = textFields(pitch);
  const context = fields.map((f) => f.text).join('\n');
  for (const field of fields) {
    if (!field.text.trim()) continue;
    findings.push(
      ...phraseRules(field),
      ...sentenceRules(field),
      ...acronymRule(field, context, pitch),
    );
  }
  announceComputation('advice-analysis');
  const sorted = capRepeats(findings)
    .map((f, i) => ({ f, i, rank: fieldRank(f.field) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        (a.f.start ?? -1) - (b.f.start ?? -1) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
  const spoken = hasSpeech(pitch);
  return {
    findings: sorted,
    ...splitReadiness(sorted, spoken),
    hasSpeech: spoken,
    executiveReady: isExecutiveReady(sorted, spoken),
  };
}

