import type { Finding, Severity } from './types';

/** Points each finding takes off a perfect 100. Errors weigh most: one error caps readiness at 60. */
export const READINESS_PENALTY: Record<Severity, number> = { error: 40, warning: 8, tip: 2 };
/** A pitch with any error is not ready, however few: readiness never exceeds this. */
const MAX_WITH_ERRORS = 60;

/**
 * Readiness 0–100: 100 minus 40 per error, 8 per warning and 2 per tip, capped at 60 when
 * there is any error, floored at 0. A clean pitch scores 100; an empty draft (five `required`
 * errors) scores 0. The same rule firing in several places counts each time, at most three
 * times, so one repeated habit cannot drown the rest.
 */
export function readinessScore(findings: Finding[]): number {
  const perRule = new Map<string, number>();
  let score = 100;
  for (const f of findings) {
    const key = `${f.rule}:${f.severity}`;
    const seen = perRule.get(key) ?? 0;
    perRule.set(key, seen + 1);
    if (seen >= 3) continue;
    score -= READINESS_PENALTY[f.severity];
  }
  if (findings.some((f) => f.severity === 'error')) score = Math.min(score, MAX_WITH_ERRORS);
  return Math.max(0, Math.round(score));
}
