import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { pitchFileSchema, type PitchFile } from '@/lib/pitch/schema';
import { fitSlide } from './fit';
import type { FittedBox, SlideFit } from './fit-types';
import { largestAllowedPitch } from './largest-pitch';
import { FONT_SIZES } from './typography';
import { loadFixtureTexts } from '@/test-support/pitch-fixtures';

const fixtures: Array<[string, PitchFile]> = loadFixtureTexts().map(({ name, text }) => [
  `${name}.json`,
  pitchFileSchema.parse(JSON.parse(text)),
]);
const claims = EXAMPLE_PITCHES[0]?.pitch as PitchFile;

const boxesOf = (fit: SlideFit): FittedBox[] =>
  [fit.headline, fit.situation, fit.action, fit.outcome, fit.ask, fit.trace].filter(
    (b): b is FittedBox => b !== undefined,
  );
const textOf = (box: FittedBox) =>
  box.paragraphs.map((p) => p.lines.map((l) => l.text).join(' ')).join('\n');

describe('fitSlide', () => {
  test.each([...fixtures, ...EXAMPLE_PITCHES.map((e) => [e.id, e.pitch] as [string, PitchFile])])(
    '%s fits without overflow',
    (_, pitch) => {
      const fit = fitSlide(pitch);
      expect(fit.overflows).toEqual([]);
      expect(fit.headline.fontSizePt).toBeGreaterThanOrEqual(FONT_SIZES.headline.minPt);
    },
  );

  test('the largest pitch the format allows overflows in every box, reported by field', () => {
    const fit = fitSlide(largestAllowedPitch());
    expect(fit.overflows.map((o) => o.field).sort()).toEqual(
      ['action', 'ask', 'headline', 'outcome', 'situation', 'trace'].sort(),
    );
    expect(fit.headline.fontSizePt).toBe(FONT_SIZES.headline.minPt);
    expect(fit.bodyFontSizePt).toBe(FONT_SIZES.body.minPt);
  });

  test('the three columns share one body size, set by the fullest column', () => {
    const crowded = { ...claims, action: [...claims.action, ...claims.action, ...claims.action] };
    const fit = fitSlide(crowded);
    expect(fit.situation.fontSizePt).toBe(fit.bodyFontSizePt);
    expect(fit.action.fontSizePt).toBe(fit.bodyFontSizePt);
    expect(fit.outcome.fontSizePt).toBe(fit.bodyFontSizePt);
    expect(fit.bodyFontSizePt).toBeLessThan(fitSlide(claims).bodyFontSizePt);
  });

  test('every word of the pitch is on the slide, bullets as paragraphs', () => {
    const fit = fitSlide(claims);
    expect(textOf(fit.headline)).toBe(claims.headline);
    expect(textOf(fit.situation)).toBe(claims.situation.join('\n'));
    expect(fit.situation.paragraphs.every((p) => p.bullet)).toBe(true);
    expect(textOf(fit.ask)).toBe(`Decision needed: ${claims.ask}`);
    expect(textOf(fit.trace as FittedBox)).toContain(`Objective: ${claims.trace?.objective}`);
    expect(textOf(fit.trace as FittedBox)).toMatch(/^If .+, then .+; else .+$/m);
  });

  test("the outcome's first quantity is marked as the key number", () => {
    const fit = fitSlide(claims);
    const key = fit.outcome.paragraphs.flatMap((p) => p.runs).filter((r) => r.emphasis);
    expect(key.map((r) => r.text)).toEqual(['21 to 14 days']);
  });

  test('without a trace there is no footer and the columns get taller', () => {
    const withTrace = fitSlide(claims);
    const without = fitSlide({ ...claims, trace: { objective: ' ', if: '' } });
    expect(without.trace).toBeUndefined();
    expect(without.layout.trace).toBeUndefined();
    expect(without.situation.box.hIn).toBeGreaterThan(withTrace.situation.box.hIn);
  });

  test('empty fields show placeholders only when asked, and empty bullets are dropped', () => {
    const blank: PitchFile = {
      format: 'one-slide-pitch',
      version: 2,
      headline: '',
      situation: ['', '  '],
      action: [],
      outcome: ['Costs fall 10%', ''],
    };
    const preview = fitSlide(blank, { placeholders: true });
    expect(preview.headline.placeholder).toBe(true);
    expect(textOf(preview.headline)).toMatch(/^Your headline/);
    expect(preview.situation.placeholder).toBe(true);
    expect(preview.outcome.placeholder).toBe(false);
    expect(preview.outcome.paragraphs).toHaveLength(1);
    const exported = fitSlide(blank);
    expect(exported.situation.paragraphs).toHaveLength(0);
    expect(exported.headline.placeholder).toBe(false);
  });

  test('characters a PPTX file cannot hold never reach the slide text', () => {
    const fit = fitSlide({ ...claims, headline: 'Cut\u0000 costs\u0007 by\uFFFE 10%\uD800' });
    expect(textOf(fit.headline)).toBe('Cut costs by 10%');
  });

  test('unknown or missing themes fall back to boardroom', () => {
    expect(fitSlide({ ...claims, theme: undefined }).theme.id).toBe('boardroom');
    expect(fitSlide({ ...claims, theme: 'ember' }).theme.id).toBe('ember');
  });
});

const anyText = fc.string({ unit: 'grapheme', maxLength: 600 });
const anyUnicode = fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 600 }));
const bulletList = fc.array(anyUnicode, { maxLength: 8 });
const arbitraryPitch: fc.Arbitrary<PitchFile> = fc.record({
  format: fc.constant('one-slide-pitch' as const),
  version: fc.constant(2 as const),
  headline: anyUnicode,
  situation: bulletList,
  action: bulletList,
  outcome: bulletList,
  ask: fc.option(anyUnicode, { nil: undefined }),
  trace: fc.option(
    fc.record({ objective: anyUnicode, if: anyUnicode, then: anyUnicode }, { requiredKeys: [] }),
    { nil: undefined },
  ),
  theme: fc.constantFrom('boardroom' as const, 'horizon' as const, 'ember' as const),
});

describe('fitSlide on arbitrary Unicode', () => {
  test('never throws and never goes below the minimum sizes', () => {
    fc.assert(
      fc.property(arbitraryPitch, fc.boolean(), (pitch, placeholders) => {
        const fit = fitSlide(pitch, { placeholders });
        expect(fit.headline.fontSizePt).toBeGreaterThanOrEqual(FONT_SIZES.headline.minPt);
        expect(fit.bodyFontSizePt).toBeGreaterThanOrEqual(FONT_SIZES.body.minPt);
        expect(fit.ask.fontSizePt).toBeGreaterThanOrEqual(FONT_SIZES.ask.minPt);
        if (fit.trace) expect(fit.trace.fontSizePt).toBeGreaterThanOrEqual(FONT_SIZES.trace.minPt);
        for (const box of boxesOf(fit)) {
          expect(box.overflows && !box.placeholder).toBe(fit.overflows.some((o) => o.box === box.id));
          for (const p of box.paragraphs) expect(p.lines.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the preview's layout (with placeholders) names the same overflows as a plain one", () => {
    // The advice's overflow rule reuses the preview's layout instead of laying the slide out again.
    const sometimesEmpty = <T,>(value: fc.Arbitrary<T>, empty: T) => fc.oneof(value, fc.constant(empty));
    const longWords = fc
      .array(fc.constantFrom('reconciliation', 'settlement', 'throughput', 'a', '42%', 'Q3'), {
        maxLength: 120,
        size: 'max',
      })
      .map((words) => words.join(' '));
    const bullets = sometimesEmpty(fc.array(longWords, { maxLength: 8, size: 'max' }), [] as string[]);
    const pitches = fc.record({
      format: fc.constant('one-slide-pitch' as const),
      version: fc.constant(2 as const),
      headline: sometimesEmpty(longWords, ''),
      situation: bullets,
      action: bullets,
      outcome: bullets,
      ask: sometimesEmpty(longWords, ''),
      trace: fc.option(fc.record({ objective: longWords, if: longWords }), { nil: undefined }),
    });
    let overflowing = 0;
    fc.assert(
      fc.property(pitches, (pitch) => {
        const plain = fitSlide(pitch).overflows;
        if (plain.length) overflowing += 1;
        expect(fitSlide(pitch, { placeholders: true }).overflows).toEqual(plain);
      }),
      { numRuns: 300 },
    );
    expect(overflowing).toBeGreaterThan(30);
  });
});
