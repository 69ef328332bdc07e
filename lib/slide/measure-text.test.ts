import { describe, expect, test } from 'vitest';
import { charWidthEm, kerningEm, measureTextPt } from './measure-text';

// Advance widths read from Carlito-Regular/Bold.ttf (unitsPerEm 2048), the same as Calibri's.
describe('measureTextPt with Carlito metrics', () => {
  test.each([
    ['A', 20, false, (1185 / 2048) * 20],
    ['a', 12, false, (981 / 2048) * 12],
    [' ', 20, false, (463 / 2048) * 20],
    ['0', 20, false, (1038 / 2048) * 20],
    ['A', 20, true, (1241 / 2048) * 20],
  ])('%j at %i pt (bold %s) is %f pt wide', (text, size, bold, expected) => {
    expect(measureTextPt(text, size, bold)).toBeCloseTo(expected, 6);
  });

  test('width scales linearly with the font size', () => {
    const text = 'Settlement time falls from 21 to 14 days';
    expect(measureTextPt(text, 24)).toBeCloseTo(measureTextPt(text, 12) * 2, 6);
  });

  test('bold text is wider than regular text', () => {
    const text = 'Approve $350K and two engineers';
    expect(measureTextPt(text, 20, true)).toBeGreaterThan(measureTextPt(text, 20, false));
  });

  test('kerned pairs such as "AV" and "To" are narrower than their letters apart', () => {
    expect(kerningEm(0x41, 0x56, false)).toBeLessThan(0);
    expect(measureTextPt('AV', 20)).toBeLessThan(measureTextPt('A', 20) + measureTextPt('V', 20));
    expect(measureTextPt('To', 20)).toBeLessThan(measureTextPt('T', 20) + measureTextPt('o', 20));
  });

  test.each([
    ['Latin-1', 'é', 0.3, 0.7],
    ['Latin Extended-A', 'ł', 0.2, 0.4],
    ['Greek', 'Ω', 0.5, 0.8],
    ['Cyrillic', 'Ж', 0.6, 1.1],
    ['currency', '€', 0.4, 0.6],
    ['punctuation', '—', 0.8, 1.1],
  ])('%s characters have their own Carlito widths (%s)', (_, ch, min, max) => {
    const em = charWidthEm(ch.codePointAt(0) ?? 0, false);
    expect(em).toBeGreaterThan(min);
    expect(em).toBeLessThan(max);
  });

  test.each([
    ['CJK ideograph', '中', 1],
    ['Hangul syllable', '한', 1],
    ['emoji', '🚀', 1],
    ['Hebrew letter', 'ש', 0.6],
    ['zero width joiner', '\u200d', 0],
    ['variation selector', '\ufe0f', 0],
  ])('%s falls back to %f em', (_, ch, em) => {
    expect(charWidthEm(ch.codePointAt(0) ?? 0, false)).toBe(em);
  });

  test('an empty string has no width', () => {
    expect(measureTextPt('', 20)).toBe(0);
  });
});
