import { describe, expect, test } from 'vitest';
import { matchesFilter, type PitchSummary } from './pitch-summary';

const summary: PitchSummary = {
  id: 'a',
  revision: 1,
  updatedAt: 0,
  title: 'Claims triage automation',
  headline: 'Automating claims triage will cut settlement time by a third',
  audience: 'Zürich steering committee',
};

describe('finding a pitch in the library', () => {
  test.each([
    ['', true],
    ['   ', true],
    ['claims', true],
    ['TRIAGE settlement', true],
    ['zurich', true],
    ['steering third', true],
    ['claims payroll', false],
    ['retail', false],
  ])('“%s” matches: %s', (query, expected) => {
    expect(matchesFilter(summary, query)).toBe(expected);
  });
});
