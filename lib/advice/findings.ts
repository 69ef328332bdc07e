/**
 * Reading a list of findings: which belong to a field or a section, in what order, how severe.
 * Light on purpose (no language libraries), so the page imports it without the engine.
 */
import { sectionOfBullet, type FieldPath } from '../pitch/field-path';
import type { Finding, Severity } from './types';

/** Most severe first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };

/** Sort order of findings by severity, most severe first (stable sorts keep form order within one). */
export const bySeverity = (a: Finding, b: Finding) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];

/** The findings about exactly `field` (`headline`, `situation[1]`, `situation` for the whole list). */
export function findingsAt(findings: readonly Finding[], field: FieldPath): Finding[] {
  return findings.filter((f) => f.field === field);
}

/**
 * Findings about one field and, for a bullet (`situation[1]`), about its section too
 * (`situation`: required, too-many-bullets, no-metric...).
 */
export function findingsForField(findings: readonly Finding[], field: FieldPath): Finding[] {
  const section = sectionOfBullet(field);
  return findings.filter((f) => f.field === field || (section !== undefined && f.field === section));
}

/** Findings about a whole section and each of its bullets (`outcome`, `outcome[0]`, ...). */
export function findingsForSection(findings: readonly Finding[], section: string): Finding[] {
  return findings.filter((f) => f.field === section || f.field.startsWith(`${section}[`));
}

/** The most severe severity among findings, or undefined when there are none (for step badges). */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return findings.reduce<Severity | undefined>(
    (worst, f) => (worst === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst] ? f.severity : worst),
    undefined,
  );
}
