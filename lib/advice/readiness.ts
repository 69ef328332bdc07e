import type { Finding, Severity } from './types';

/** Points each finding takes off a perfect 100. Errors weigh most: one error caps readiness at 60. */
export const READINESS_PENALTY: Record<Severity, number> = { error: 40, warning: 8, tip: 2 };
/** A pitch with any error is not ready, however few: readiness never exceeds this. */
const MAX_WITH_ERRORS = 60;
/** Share of the overall figure that the slide carries; the spoken pitch carries the rest. */
export const SLIDE_WEIGHT = 0.7;

/**
 * Readiness 0–100 of a set of findings: 100 minus 40 per error, 8 per warning and 2 per tip,
 * capped at 60 when there is any error, floored at 0. The same rule firing in several places
 * counts each time, at most three times, so one repeated habit cannot drown the rest.
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

/** Slide, spoken-pitch and overall readiness, each 0–100. */
export interface Readiness {
  /** The one overall figure: the slide weighs 70%, the spoken pitch 30%; at most 60 with any error. */
  readiness: number;
  /** The slide's fields (headline, sections, ask, value proposition, trace). */
  slideReadiness: number;
  /** The elevator pitch: 0 when there is none, since nothing can be said from memory yet. */
  pitchReadiness: number;
}

/**
 * Splits readiness between the slide and the spoken pitch, so a perfect slide with no elevator
 * pitch reads "slide 100, pitch 0" (overall 70) instead of a misleading 100.
 */
export function splitReadiness(findings: Finding[], hasSpeech: boolean): Readiness {
  const slideReadiness = readinessScore(findings.filter((f) => f.field !== 'pitch'));
  const pitchReadiness = hasSpeech
    ? readinessScore(findings.filter((f) => f.field === 'pitch'))
    : 0;
  let readiness = Math.round(SLIDE_WEIGHT * slideReadiness + (1 - SLIDE_WEIGHT) * pitchReadiness);
  if (findings.some((f) => f.severity === 'error'))
    readiness = Math.min(readiness, MAX_WITH_ERRORS);
  return { readiness, slideReadiness, pitchReadiness };
}

/**
 * Whether the pitch may be called executive-ready: no error or warning anywhere and an elevator
 * pitch to say. The review, the library and the API use this one test.
 */
export function isExecutiveReady(findings: Finding[], hasSpeech: boolean): boolean {
  return hasSpeech && !findings.some((f) => f.severity !== 'tip');
}

/** Just the three readiness figures of an analysis (what the library keeps per pitch). */
export function readinessFigures({ readiness, slideReadiness, pitchReadiness }: Readiness): Readiness {
  return { readiness, slideReadiness, pitchReadiness };
}
