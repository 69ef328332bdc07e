import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';
import { renderCard } from './build-card-pdf';
import { CARD_CUE_LEVELS } from './card-content';
import { pdfText } from '@/test-support/card-pdf';

/** Any text a user could type or paste: every Unicode plane, graphemes, lone surrogates, controls. */
const anyText = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength }),
      fc.string({ unit: 'grapheme', maxLength }),
      fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength,
      }),
      fc.constantFrom(
        '',
        ' ',
        '\n\n',
        '🚀👨‍👩‍👧',
        'مرحبا بالعالم',
        '自动化理赔分流',
        'x'.repeat(maxLength),
      ),
    )
    .map((s) => s.slice(0, maxLength));

const bullets = fc.array(anyText(120), { maxLength: PITCH_LIMITS.bulletsPerSection });

const anyPitch: fc.Arbitrary<PitchFile> = fc.record({
  format: fc.constant('one-slide-pitch' as const),
  version: fc.constant(2 as const),
  title: anyText(80),
  headline: anyText(PITCH_LIMITS.stringChars),
  situation: bullets,
  action: bullets,
  outcome: bullets,
  ask: anyText(300),
  pitch: fc.record({ text: anyText(PITCH_LIMITS.pitchTextChars) }),
});

describe('the card over arbitrary Unicode pitches', () => {
  test('never throws and always yields a two-page PDF that pdftotext reads', async () => {
    await fc.assert(
      fc.asyncProperty(anyPitch, fc.constantFrom(...CARD_CUE_LEVELS), async (pitch, cueLevel) => {
        const card = await renderCard(pitch, { cueLevel });
        expect(Buffer.from(card.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        const pages = pdfText(card.bytes)
          .split('\f')
          .filter((page, i, all) => i < all.length - 1 || page.trim());
        expect(pages).toHaveLength(2);
        expect(card.replacedCharacters).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  }, 240_000);
});
