import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import type { PitchFile } from '../pitch/schema';
import { openPptx, readShapes } from '@/test-support/pptx-package';
import { renderPptx } from '../pptx/render-pptx';
import { fitSlide } from './fit';
import { calloutText } from './slide-text';

const textOf = (fit: ReturnType<typeof fitSlide>) =>
  fit.keyNumber?.paragraphs.flatMap((p) => p.lines.map((l) => l.text)).join(' ');

/** A sparse slide from a logistics team: one point per column, two numbers in the outcome. */
const sparse: PitchFile = {
  format: 'one-slide-pitch',
  version: 2,
  headline: 'Pooling the three regional fleets cuts empty lorry miles by a fifth',
  situation: ['Lorries run 31% of their miles empty between depots'],
  action: ['Pool the Leeds, Derby and Bristol fleets under one planner from May'],
  outcome: ['Empty miles fall from 31% to 25% by October across 3 depots'],
  ask: 'Approve one planning lead and the routing licence by April',
};

describe('the key number callout', () => {
  test('shows the outcome change large, as before → after, above the Outcome bullets', () => {
    const fit = fitSlide(sparse);
    expect(textOf(fit)).toBe('31% → 25%');
    expect(fit.keyNumber!.fontSizePt).toBeGreaterThan(fit.bodyFontSizePt * 1.5);
    expect(fit.layout.keyNumber!.yIn + fit.layout.keyNumber!.hIn).toBeCloseTo(
      fit.outcome.box.yIn,
      6,
    );
    expect(fit.overflows).toEqual([]);
  });

  test('shows the number the user chose instead', () => {
    expect(textOf(fitSlide({ ...sparse, keyNumber: '3' }))).toBe('3');
  });

  test('is left out when the outcome has no number, and when it would shrink the columns', () => {
    expect(fitSlide({ ...sparse, outcome: ['Fewer empty miles'] }).keyNumber).toBeUndefined();
    const full = Array.from(
      { length: 4 },
      (_, i) => `${sparse.outcome[0]} in region ${i + 1} with a longer explanation of why`,
    );
    const crowded = fitSlide({ ...sparse, outcome: full });
    expect(crowded.keyNumber).toBeUndefined();
    expect(crowded.outcome.box.yIn).toBe(crowded.situation.box.yIn);
    expect(crowded.outcome.box.hIn).toBe(crowded.situation.box.hIn);
  });

  test.each([
    ['from 21 to 14 days', '21 → 14 days'],
    ['12% to 6%', '12% → 6%'],
    ['$1.2M', '$1.2M'],
  ])('reads %s as %s', (key, shown) => {
    expect(calloutText(key)).toBe(shown);
  });

  test('is exported as a named placeholder with the number in the accent colour', async () => {
    const pitch = EXAMPLE_PITCHES[1]!.pitch;
    const fit = fitSlide(pitch);
    expect(fit.keyNumber).toBeDefined();
    const pptx = await openPptx(await renderPptx(pitch));
    const shape = readShapes(pptx.xml.get('ppt/slides/slide1.xml') ?? '').find(
      (s) => s.name === 'Key number',
    );
    expect(shape).toMatchObject({ phType: 'body', phIdx: '6', texts: [textOf(fit)] });
  });
});
