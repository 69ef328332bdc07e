import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Face, FaceSet } from './card-fonts';
import { fitText, type MeasureText } from './fit-lines';
import { prepareText } from './prepare-text';

const everything: Face = { bytes: new Uint8Array(), has: () => true };
const faces: FaceSet = { regular: everything, bold: everything, fallback: everything };
/** Every character 0.5 em wide: easy to reason about in tests. */
const mono: MeasureText = (_role, text) => Array.from(text).length * 0.5;

const fit = (text: string, width: number, height: number, maxLines?: number) =>
  fitText(
    prepareText(text, 'regular', faces),
    width,
    height,
    { maxSize: 12, minSize: 6, lineHeight: 1.25, maxLines },
    mono,
  );
const lineText = (fitted: ReturnType<typeof fit>) =>
  fitted.lines.map((l) => l.runs.map((r) => r.text).join(''));

describe('fitText', () => {
  test('keeps the largest size when the text fits', () => {
    const fitted = fit('short text', 200, 50);
    expect(fitted.size).toBe(12);
    expect(lineText(fitted)).toEqual(['short text']);
    expect(fitted.truncated).toBe(false);
  });

  test('shrinks before it wraps onto more lines than the box holds', () => {
    const fitted = fit('one two three four five six seven eight nine ten', 120, 20);
    expect(fitted.size).toBeLessThan(12);
    expect(fitted.size).toBeGreaterThanOrEqual(6);
    expect(fitted.truncated).toBe(false);
  });

  test('cuts with "…" when even the smallest size is too big', () => {
    const fitted = fit('word '.repeat(200), 60, 20);
    expect(fitted.size).toBe(6);
    expect(fitted.truncated).toBe(true);
    expect(lineText(fitted).at(-1)).toMatch(/…$/);
  });

  test('keeps paragraph breaks', () => {
    expect(lineText(fit('first\nsecond', 500, 100))).toEqual(['first', 'second']);
  });

  test('breaks Chinese between characters and a long word anywhere', () => {
    expect(
      lineText(fit('自动化理赔分流将在', 30, 100)).every((line) => Array.from(line).length <= 5),
    ).toBe(true);
    expect(lineText(fit('supercalifragilistic', 30, 100)).length).toBeGreaterThan(1);
  });

  test('nothing ever runs off the box', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 8, max: 200 }),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        (text, width, height, maxLines) => {
          const fitted = fit(text, width, height, maxLines);
          for (const line of fitted.lines)
            expect(line.width * fitted.size).toBeLessThanOrEqual(width + 1e-6);
          const used =
            fitted.lines.length === 0 ? 0 : fitted.size * (1 + (fitted.lines.length - 1) * 1.25);
          expect(used).toBeLessThanOrEqual(Math.max(height, fitted.size) + 1e-6);
          if (maxLines !== undefined) expect(fitted.lines.length).toBeLessThanOrEqual(maxLines);
        },
      ),
      { numRuns: 300 },
    );
  });
});
