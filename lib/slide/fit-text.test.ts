import { describe, expect, test } from 'vitest';
import { fitTextToBox, type BoxText } from './fit-text';
import { FONT_SIZES, lineHeightPt } from './typography';

const box = { widthPt: 266, heightPt: 230 };
const bullets = (texts: string[]): BoxText => ({
  paragraphs: texts.map((text) => ({ runs: [{ text, bold: false }], bullet: true })),
  bold: false,
});
const sentence = 'Adjusters spend 40% of their week sorting simple claims by hand';

describe('fitTextToBox', () => {
  test('short text keeps the preferred size', () => {
    const fit = fitTextToBox(bullets(['Approve the pilot']), box, FONT_SIZES.body);
    expect(fit.fontSizePt).toBe(FONT_SIZES.body.preferredPt);
    expect(fit.overflows).toBe(false);
  });

  test('the font size shrinks step by step as the text grows', () => {
    const sizes = [1, 3, 5, 7, 9].map(
      (n) => fitTextToBox(bullets(Array(n).fill(sentence)), box, FONT_SIZES.body).fontSizePt,
    );
    for (let i = 1; i < sizes.length; i++) {
      expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1] ?? Infinity);
    }
    expect(sizes[0]).toBeGreaterThan(sizes[sizes.length - 1] ?? Infinity);
  });

  test('the chosen size is the largest that fits: one point more would not', () => {
    const text = bullets(Array(5).fill(sentence));
    const fit = fitTextToBox(text, box, FONT_SIZES.body);
    expect(fit.overflows).toBe(false);
    expect(fit.textHeightPt).toBeLessThanOrEqual(box.heightPt);
    const bigger = fitTextToBox(text, box, {
      preferredPt: fit.fontSizePt + 1,
      minPt: fit.fontSizePt + 1,
    });
    expect(bigger.overflows).toBe(true);
  });

  test('text that does not fit at the minimum overflows and stays at the minimum', () => {
    const fit = fitTextToBox(bullets(Array(8).fill(sentence.repeat(6))), box, FONT_SIZES.body);
    expect(fit.fontSizePt).toBe(FONT_SIZES.body.minPt);
    expect(fit.overflows).toBe(true);
    expect(fit.textHeightPt).toBeGreaterThan(box.heightPt);
  });

  test('height is lines × line pitch plus the space between paragraphs', () => {
    const fit = fitTextToBox(bullets(['One', 'Two', 'Three']), box, FONT_SIZES.body);
    const lines = fit.paragraphs.reduce((n, p) => n + p.lines.length, 0);
    expect(lines).toBe(3);
    expect(fit.textHeightPt).toBeCloseTo(
      3 * lineHeightPt(fit.fontSizePt) + 2 * fit.paragraphSpacePt,
      6,
    );
  });

  test('bullets wrap inside their hanging indent', () => {
    const fit = fitTextToBox(bullets([sentence.repeat(2)]), box, FONT_SIZES.body);
    for (const line of fit.paragraphs[0]?.lines ?? []) {
      expect(line.widthPt).toBeLessThanOrEqual(box.widthPt - fit.bulletIndentPt);
    }
  });
});
