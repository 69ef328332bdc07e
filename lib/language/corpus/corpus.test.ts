import { describe, expect, test } from 'vitest';
import { CORPUS_PITCHES, CORPUS_SENTENCES } from './index';
import { CORPUS_RULES, FIELD_RULES, scoreCorpus } from './evaluate';

/** The levels issue #12 sets for every rule on the corpus. */
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;
const score = scoreCorpus(CORPUS_SENTENCES, CORPUS_PITCHES);

describe('the labelled corpus is big and varied enough to measure on', () => {
  test('at least 300 sentences and 40 pitches, across at least 8 industries, in both spellings', () => {
    expect(CORPUS_SENTENCES.length).toBeGreaterThanOrEqual(300);
    const wholePitches = CORPUS_PITCHES.filter((c) => c.expect.length === 0);
    expect(wholePitches.length).toBeGreaterThanOrEqual(40);
    const industries = new Set([...CORPUS_SENTENCES, ...CORPUS_PITCHES].map((c) => c.industry));
    expect(industries.size).toBeGreaterThanOrEqual(8);
    expect(new Set(CORPUS_PITCHES.map((c) => c.spelling))).toEqual(new Set(['en-GB', 'en-US']));
  });

  test('ids are unique and no case lists a rule as both expected and a near miss', () => {
    const ids = [...CORPUS_SENTENCES, ...CORPUS_PITCHES].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of [...CORPUS_SENTENCES, ...CORPUS_PITCHES]) {
      expect(
        (c.nearMiss ?? []).filter((r) => (c.expect as string[]).includes(r)),
        c.id,
      ).toEqual([]);
    }
  });

  test.each(CORPUS_RULES.map((rule) => [rule]))(
    '%s has at least 15 cases that fire and 15 near misses',
    (rule) => {
      const s = score.rules.find((r) => r.rule === rule)!;
      expect(s.positives).toBeGreaterThanOrEqual(15);
      expect(s.nearMisses).toBeGreaterThanOrEqual(15);
    },
  );

  test('field rules are measured on sentences, pitch rules on pitches', () => {
    for (const c of CORPUS_SENTENCES) for (const r of c.expect) expect(FIELD_RULES).toContain(r);
  });
});

describe('every rule holds its level on the corpus', () => {
  test.each(score.rules.map((r) => [r.rule, r] as const))(
    '%s: precision ≥ 0.95 and recall ≥ 0.90',
    (_rule, r) => {
      const misses = score.disagreements
        .filter((d) => d.rule === r.rule)
        .map((d) => `${d.kind} ${d.id}: ${d.text}`);
      expect(r.precision, misses.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(r.recall, misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
    },
  );

  test('the clean pitches draw no warning or error at all', () => {
    expect(
      score.cleanPitchWarnings.map(
        (c) => `${c.id}: ${c.findings.map((f) => `${f.rule} (${f.field})`).join(', ')}`,
      ),
    ).toEqual([]);
  });
});
