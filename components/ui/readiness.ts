import type { Finding } from '@/lib/advice/types';
import type { PitchAnalysis } from '@/lib/advice/analyze-pitch';

/** Which readiness figure: the slide's, the elevator pitch's, or the overall one. */
export type ReadinessPart = 'slide' | 'pitch' | 'overall';

const PART_NAME: Record<ReadinessPart, string> = {
  slide: 'Slide',
  pitch: 'Pitch',
  overall: 'Overall',
};

/** Short visible name of a figure: "Slide", "Pitch", "Overall". */
export function readinessPartName(part: ReadinessPart): string {
  return PART_NAME[part];
}

/** Accessible name of a figure: "Slide readiness 92 out of 100", or "… being checked" while unknown. */
export function readinessLabel(part: ReadinessPart, score: number | null | undefined): string {
  const name = `${PART_NAME[part]} readiness`;
  return score === null || score === undefined
    ? `${name} being checked`
    : `${name} ${score} out of 100`;
}

/** Tailwind colours of a readiness badge: green from 90, amber from 60, rose below (light and dark). */
export function readinessTone(score: number): string {
  if (score >= 90)
    return 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200';
  if (score >= 60) return 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100';
  return 'bg-rose-100 text-rose-800 dark:bg-rose-900/60 dark:text-rose-100';
}

/** What the Review step says about the whole pitch. */
export type ReviewVerdict =
  | { kind: 'checking' }
  | { kind: 'executive-ready' }
  /** No elevator pitch text yet: never executive-ready, whatever the slide scores. */
  | { kind: 'no-pitch'; errors: number; warnings: number }
  | { kind: 'issues-left'; errors: number; warnings: number };

/** The verdict for an analysis (null while the first one runs). */
export function reviewVerdict(
  analysis: Pick<PitchAnalysis, 'findings' | 'hasSpeech' | 'executiveReady'> | null,
): ReviewVerdict {
  if (!analysis) return { kind: 'checking' };
  if (analysis.executiveReady && analysis.hasSpeech) return { kind: 'executive-ready' };
  const { errors, warnings } = countIssues(analysis.findings);
  return analysis.hasSpeech
    ? { kind: 'issues-left', errors, warnings }
    : { kind: 'no-pitch', errors, warnings };
}

function countIssues(findings: Finding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The verdict in one plain sentence. */
export function verdictMessage(verdict: ReviewVerdict): string {
  switch (verdict.kind) {
    case 'checking':
      return 'Checking your slide and pitch…';
    case 'executive-ready':
      return 'Executive-ready: no errors or warnings left.';
    case 'no-pitch':
      return verdict.errors + verdict.warnings === 0
        ? 'No elevator pitch yet. The slide has no errors or warnings left; now write what you will say.'
        : `No elevator pitch yet, and ${plural(verdict.errors, 'error')} and ${plural(verdict.warnings, 'warning')} left.`;
    case 'issues-left':
      return verdict.errors + verdict.warnings === 0
        ? 'Not executive-ready yet.'
        : `${plural(verdict.errors, 'error')} and ${plural(verdict.warnings, 'warning')} left.`;
  }
}
