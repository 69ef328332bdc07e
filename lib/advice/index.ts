/**
 * The advice engine: every rule of docs/DESIGN.md over a pitch file, pure and synchronous so the
 * editor can run it on each keystroke and `/api/validate` can share it. The UI runs it in the
 * advice worker (platform/advice-worker) so the language libraries stay out of first-load
 * JavaScript; the page itself imports only the light modules (`findings`, `readiness`, `types`).
 */
import { headlineMakesClaim } from './headline-claim';

export type { AnalyzeOptions, Finding, RuleId, Severity } from './types';
export { RULE_IDS, RULE_SEVERITY } from './types';
export { fieldRank, fieldText } from './fields';
export { analyzePitch, MAX_FINDINGS_PER_RULE_AND_FIELD, type PitchAnalysis } from './analyze-pitch';
export {
  bySeverity,
  findingsAt,
  findingsForField,
  findingsForSection,
  SEVERITY_RANK,
  worstSeverity,
} from './findings';
export {
  isExecutiveReady,
  readinessFigures,
  readinessScore,
  READINESS_PENALTY,
  splitReadiness,
  type Readiness,
} from './readiness';

/**
 * Builds the part-of-speech tagger's lexicon ahead of time (about 100–300 ms the first time), so
 * the first keystroke does not pay for it. Call it when idle after loading this module.
 */
export function warmUpAdvice(): void {
  headlineMakesClaim('Quarterly Planning Update');
}
