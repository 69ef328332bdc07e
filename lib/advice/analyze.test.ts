import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { parsePitchValue } from '../pitch/parse-pitch-file';
import type { PitchFile } from '../pitch/schema';
import { loadExpectedFindings, loadFixtureTexts } from '@/test-support/pitch-fixtures';
import {
  analyzePitch,
  fieldRank,
  fieldText,
  findingsForField,
  findingsForSection,
  RULE_IDS,
  worstSeverity,
} from './index';
import { cleanCouncilPitch, firedRules } from '@/test-support/council-pitch';

const expected = loadExpectedFindings();
const fixtures = loadFixtureTexts().map(({ name, text }) => {
  const parsed = parsePitchValue(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return [name, parsed.pitch] as const;
});

/** Rules raised at warning or error, plus any tip the fixture lists (DESIGN: tips only where listed). */
function reviewedRules(pitch: PitchFile, listed: string[]): string[] {
  const rules = analyzePitch(pitch)
    .findings.filter((f) => f.severity !== 'tip' || listed.includes(f.rule))
    .map((f) => f.rule);
  return [...new Set(rules)].sort();
}

describe('shared fixtures', () => {
  test('every fixture has an expectation', () => {
    expect(fixtures.map(([name]) => name).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(fixtures)('%s raises exactly its expected rules', (name, pitch) => {
    const listed = expected[name]!;
    expect(reviewedRules(pitch, listed)).toEqual([...listed].sort());
  });
});

test.each(EXAMPLE_PITCHES.map((e) => [e.id, e.pitch] as const))(
  'example %s is clean (readiness 100)',
  (_id, pitch) => {
    const { findings, readiness } = analyzePitch(pitch);
    expect(findings.filter((f) => f.severity !== 'tip')).toEqual([]);
    expect(readiness).toBeGreaterThanOrEqual(98);
  },
);

describe('overflow', () => {
  const long = (words: number) => Array.from({ length: words }, () => 'procurement').join(' ');
  test.each([
    ['headline', { headline: long(50) }],
    ['action', { action: Array.from({ length: 8 }, () => long(50)) }],
    ['ask', { ask: `Approve £180K ${long(48)}` }],
  ])('fires as an error on %s text that cannot fit at the minimum size', (field, change) => {
    const found = analyzePitch({ ...cleanCouncilPitch(), ...change }).findings.filter(
      (f) => f.rule === 'overflow',
    );
    expect(found.map((f) => [f.field, f.severity])).toContainEqual([field, 'error']);
  });

  test('reuses a slide fit the caller already has (the live preview)', () => {
    const slideFit = { overflows: [{ field: 'outcome' as const, box: 'outcome' as const }] };
    const found = analyzePitch(cleanCouncilPitch(), { slideFit }).findings.filter(
      (f) => f.rule === 'overflow',
    );
    expect(found.map((f) => f.field)).toEqual(['outcome']);
  });

  test.each([
    [{}],
    [{ headline: 'Prefabricated frames shorten the build by six weeks' }],
    [{ action: ['Pour the slab in March', 'Frame the walls in April', 'Fit windows in May'] }],
  ])('does not fire on text that fits: %o', (change) => {
    expect(firedRules({ ...cleanCouncilPitch(), ...change })).not.toContain('overflow');
  });
});

describe('findings', () => {
  const messy: PitchFile = {
    ...cleanCouncilPitch(),
    headline: 'Planning Portal Update',
    action: [
      'We think we might leverage synergies',
      'Forms will be checked by the officers',
      'Launch in May',
      'Hire two officers',
    ],
    ask: '',
  };

  test('come in form order, then by severity, and carry offsets inside their field', () => {
    const { findings } = analyzePitch(messy);
    const ranks = findings.map((f) => fieldRank(f.field));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings.map((f) => f.field)).toEqual(
      expect.arrayContaining(['headline', 'action', 'action[0]', 'action[1]', 'ask']),
    );
    const marked = findings.filter((x) => x.start !== undefined);
    expect(marked.length).toBeGreaterThan(0);
    for (const f of marked)
      expect(fieldText(messy, f.field)!.slice(f.start, f.end).trim()).not.toBe('');
  });

  test('every finding has a known rule, a severity and a message that says what to do', () => {
    for (const f of analyzePitch(messy).findings) {
      expect(RULE_IDS).toContain(f.rule);
      expect(['error', 'warning', 'tip']).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(20);
    }
  });

  test('per field and per section helpers pick the right findings', () => {
    const { findings } = analyzePitch(messy);
    expect(findingsForField(findings, 'action[0]').map((f) => f.rule)).toEqual(
      expect.arrayContaining(['too-many-bullets', 'hedging', 'jargon']),
    );
    expect(findingsForField(findings, 'action[0]').some((f) => f.field === 'action[1]')).toBe(
      false,
    );
    expect(findingsForSection(findings, 'action').some((f) => f.field === 'action[1]')).toBe(true);
    expect(worstSeverity(findings)).toBe('error');
    expect(worstSeverity([])).toBeUndefined();
  });

  test('readiness falls as advice piles up: clean 100 > one warning > one error', () => {
    const clean = analyzePitch(cleanCouncilPitch()).readiness;
    const warned = analyzePitch({
      ...cleanCouncilPitch(),
      headline: 'Planning Portal Update',
    }).readiness;
    const broken = analyzePitch({ ...cleanCouncilPitch(), ask: '' }).readiness;
    expect(clean).toBe(100);
    expect(warned).toBeLessThan(clean);
    expect(broken).toBeLessThan(warned);
    expect(analyzePitch(messy).readiness).toBeLessThanOrEqual(60);
  });
});

describe('never throws', () => {
  const text = (max: number) =>
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: max }),
      fc.string({ unit: 'grapheme', maxLength: max }),
      fc
        .array(
          fc.constantFrom(
            'was',
            'approved',
            'by',
            'the',
            'board',
            '$1.2M',
            'half',
            'a',
            'third',
            'Q3',
            'May',
            'um,',
            'I',
            'think',
            '25%',
            'one',
            'in',
            'eight',
            '.',
            '-',
            '–',
            'leverage',
            '\u0130',
            'ﬁ',
            '😀',
            '\n',
          ),
          { maxLength: 80 },
        )
        .map((w) => w.join(' ').slice(0, max)),
    );
  const bullets = fc.array(text(600), { maxLength: 8 });
  const pitch = fc.record({
    headline: text(600),
    situation: bullets,
    action: bullets,
    outcome: bullets,
    ask: text(600),
    valueProposition: text(600),
    trace: fc.record({ objective: text(600), if: text(600), then: text(600), else: text(600) }),
    pitch: fc.record({
      text: text(3000),
      targetSeconds: fc.constantFrom(30 as const, 45 as const, 60 as const, 90 as const),
    }),
  });

  test('arbitrary Unicode pitches give well-formed findings and a readiness in 0–100', () => {
    fc.assert(
      fc.property(pitch, fc.integer({ min: 0, max: 400 }), (fields, wpm) => {
        const value: PitchFile = { format: 'one-slide-pitch', version: 2, ...fields };
        const { findings, readiness } = analyzePitch(value, { wordsPerMinute: wpm });
        expect(readiness).toBeGreaterThanOrEqual(0);
        expect(readiness).toBeLessThanOrEqual(100);
        for (const f of findings) {
          expect(RULE_IDS).toContain(f.rule);
          if (f.start === undefined) continue;
          expect(f.end!).toBeGreaterThan(f.start);
          expect(f.end!).toBeLessThanOrEqual(fieldText(value, f.field)!.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
