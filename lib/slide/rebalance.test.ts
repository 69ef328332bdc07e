import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import type { PitchFile } from '../pitch/schema';
import { ORPHAN_PRONE } from '@/test-support/orphan-headlines';
import { loadFixtureTexts } from '@/test-support/pitch-fixtures';
import { fitSlide } from './fit';
import { layoutTextAtSize, prepareText } from './fit-text';
import { innerHeightPt, innerWidthPt } from './geometry';
import { endsOnOrphan, rebalancedLayout } from './rebalance';
import { slideText } from './slide-text';

const base = EXAMPLE_PITCHES[0]!.pitch;
const pitches: Array<[string, PitchFile]> = [
  ...EXAMPLE_PITCHES.map((e) => [e.id, e.pitch] as [string, PitchFile]),
  ...loadFixtureTexts().map(
    ({ name, text }) => [name, JSON.parse(text) as PitchFile] as [string, PitchFile],
  ),
  ...ORPHAN_PRONE.map(
    (headline, i) => [`orphan-prone ${i + 1}`, { ...base, headline }] as [string, PitchFile],
  ),
];

/** The headline as a greedy wrap at the full box width lays it out (before any rebalance). */
function greedyHeadline(pitch: PitchFile) {
  const fit = fitSlide(pitch);
  const box = fit.layout.headline;
  const inner = { widthPt: innerWidthPt(box), heightPt: innerHeightPt(box) };
  const prepared = prepareText(slideText(pitch, false).boxes.headline);
  const greedy = layoutTextAtSize(prepared, fit.headline.fontSizePt, inner);
  return { fit, greedy, rebalance: rebalancedLayout(prepared, greedy, inner) };
}

describe.each(pitches)('the headline of %s', (_name, pitch) => {
  test('does not end on a single word when a rebalanced break fits, and keeps its lines', () => {
    const { fit, greedy, rebalance } = greedyHeadline(pitch);
    const lines = (p: typeof fit.headline.paragraphs) =>
      p.flatMap((x) => x.lines.map((l) => l.text));
    expect(lines(fit.headline.paragraphs)).toHaveLength(lines(greedy.paragraphs).length);
    if (rebalance) expect(fit.headline.paragraphs.some(endsOnOrphan)).toBe(false);
    else expect(lines(fit.headline.paragraphs)).toEqual(lines(greedy.paragraphs));
    expect(lines(fit.headline.paragraphs).join(' ')).toBe(
      pitch.headline.trim().replace(/\s+/g, ' '),
    );
  });
});

test('the orphan-prone headlines do wrap onto one word greedily, and are rebalanced', () => {
  const rebalanced = ORPHAN_PRONE.filter((headline) => {
    const { fit, greedy } = greedyHeadline({ ...base, headline });
    return greedy.paragraphs.some(endsOnOrphan) && fit.headline.box.insets.rightIn > 0.1;
  });
  expect(rebalanced).toEqual(ORPHAN_PRONE);
});
