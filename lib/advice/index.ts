/**
 * The advice engine: every rule of docs/DESIGN.md over a pitch file, pure and synchronous so the
 * editor can run it on each keystroke and `/api/validate` can share it. The UI loads this module
 * with a dynamic `import()` so the language libraries stay out of first-load JavaScript.
 */
import type { PitchFile } from '../pitch/schema';
import { DEFAULT_WORDS_PER_MINUTE } from '../pitch/spoken-time';
import { fieldRank, textFields } from './fields';
import { headlineClaimRule, headlineMakesClaim } from './headline-claim';
import { overflowRule } from './overflow';
import { pitchRules } from './pitch-rules';
import { splitReadiness, type Readiness } from './readiness';
import {
  bulletRules,
  headlineLengthRule,
  outcomeRules,
  requiredRule,
  situationNumberRule,
  vagueAskRule,
} from './structure-rules';
import { acronymRule } from './acronym-rule';
import type { AnalyzeOptions, Finding, Severity } from './types';
import { phraseRules, sentenceRules } from './wording-rules';

export type { AnalyzeOptions, Finding, RuleId, Severity } from './types';
export { RULE_IDS, RULE_SEVERITY } from './types';
export { fieldRank, fieldText } from './fields';
export {
  isExecutiveReady,
  readinessScore,
  READINESS_PENALTY,
  splitReadiness,
  type Readiness,
} from './readiness';

/** Result of one analysis: findings in form order (then by severity), readiness 0–100 overall, of the slide and of the pitch. */
export interface PitchAnalysis extends Readiness {
  findings: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };
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
  return { findings: sorted, ...splitReadiness(sorted, (pitch.pitch?.text ?? '').trim() !== '') };
}

/**
 * Findings about one form field. A bullet (`situation[1]`) also gets its section's findings
 * (`situation`: required, too-many-bullets, no-metric...), so advice shows next to the list too.
 */
export function findingsForField(findings: Finding[], field: string): Finding[] {
  const section = /^(\w+)\[\d+\]$/.exec(field)?.[1];
  return findings.filter(
    (f) => f.field === field || (section !== undefined && f.field === section),
  );
}

/** Findings about a whole section and each of its bullets (`outcome`, `outcome[0]`, ...). */
export function findingsForSection(findings: Finding[], section: string): Finding[] {
  return findings.filter((f) => f.field === section || f.field.startsWith(`${section}[`));
}

/** The most severe severity among findings, or undefined when there are none (for step badges). */
export function worstSeverity(findings: Finding[]): Severity | undefined {
  return findings.reduce<Severity | undefined>(
    (worst, f) =>
      worst === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst] ? f.severity : worst,
    undefined,
  );
}

/**
 * Builds the part-of-speech tagger's lexicon ahead of time (about 100–300 ms the first time), so
 * the first keystroke does not pay for it. Call it when idle after loading this module.
 */
export function warmUpAdvice(): void {
  headlineMakesClaim('Quarterly Planning Update');
}
