import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import type { PitchFile } from '@/lib/pitch/schema';
import { fitSlide } from '@/lib/slide';
import { largestAllowedPitch } from '@/lib/slide/largest-pitch';
import { previewSummary } from './preview-summary';

const claims = EXAMPLE_PITCHES[0]?.pitch as PitchFile;
const summary = (pitch: PitchFile) => previewSummary(fitSlide(pitch, { placeholders: true }));

describe('previewSummary (what a screen reader hears about the slide)', () => {
  test('reads the headline, the three sections and the ask', () => {
    const text = summary(claims);
    expect(text).toContain(`Headline: ${claims.headline}.`);
    expect(text).toContain(`Situation: ${claims.situation.join('; ')}.`);
    expect(text).toContain(`Decision needed: ${claims.ask}.`);
    expect(text).not.toContain('does not fit');
  });

  test('names the empty boxes instead of reading placeholder text', () => {
    const text = summary(createBlankPitch());
    expect(text).toBe('Still empty: Headline, Situation, Action, Outcome, Ask.');
  });

  test('names every box whose text does not fit', () => {
    expect(summary(largestAllowedPitch())).toContain(
      'Text does not fit: Headline, Situation, Action, Outcome, Ask, Trace.',
    );
  });
});
