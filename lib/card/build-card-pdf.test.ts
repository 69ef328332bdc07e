import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { keyNumbers } from '@/lib/language/key-number';
import { buildCardPdf, renderCard } from './build-card-pdf';
import { cardTestPitch, flat, pdfText } from '@/test-support/card-pdf';

async function pageSizes(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((p) => p.getSize());
}

describe('the memorization card', () => {
  test.each(EXAMPLE_PITCHES.map((e) => [e.label, e.pitch] as const))(
    '%s: says the headline, the ask and the key numbers',
    async (_label, pitch) => {
      const text = flat(pdfText(await buildCardPdf(pitch)));
      expect(text).toContain(flat(pitch.headline));
      expect(text).toContain(flat(pitch.ask ?? ''));
      const numbers = keyNumbers(pitch);
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers.slice(0, 4)) expect(text).toContain(n);
    },
  );

  test('is two pages of 5 × 3 in (360 × 216 pt): front then back', async () => {
    const bytes = await buildCardPdf(cardTestPitch());
    expect(await pageSizes(bytes)).toEqual([
      { width: 360, height: 216 },
      { width: 360, height: 216 },
    ]);
    const [front, back] = pdfText(bytes).split('\f');
    expect(flat(front!)).toContain('Approve $350K');
    expect(flat(back!)).toContain('Our claims take 21 days');
  });

  test.each([
    ['a4', { width: 595.28, height: 841.89 }],
    ['letter', { width: 612, height: 792 }],
  ] as const)(
    'on %s puts both sides on one sheet with cutting instructions',
    async (paper, size) => {
      const bytes = await buildCardPdf(cardTestPitch(), { paper });
      expect(await pageSizes(bytes)).toEqual([size]);
      const text = flat(pdfText(bytes));
      expect(text).toContain('Automating claims triage');
      expect(text).toContain('Our claims take 21 days');
      expect(text).toMatch(/Cut along the marks/);
    },
  );

  test.each([
    ['full', 'Our claims take 21 days, six days slower than the market.'],
    ['first-letters', 'O c t 21 d, s d s t t m.'],
    ['keywords', 'claims take 21 days, six days slower market.'],
  ] as const)('the back at cue level %s', async (cueLevel, expected) => {
    const [, back] = pdfText(await buildCardPdf(cardTestPitch(), { cueLevel })).split('\f');
    expect(flat(back!)).toContain(expected);
  });

  test('assembles a pitch from the slide when the elevator pitch is empty, and says so', async () => {
    const [, back] = pdfText(await buildCardPdf(cardTestPitch({ pitch: { text: '' } }))).split(
      '\f',
    );
    expect(flat(back!)).toContain('Automating claims triage will cut settlement time');
    expect(flat(back!)).toContain('I am asking you to approve $350K');
    expect(flat(back!)).toContain('Pitch assembled from the slide.');
  });

  test('shortens a pitch too long for the card with "…" and says so, instead of running off', async () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `Sentence ${i + 1} of a very long pitch.`,
    ).join(' ');
    const card = await renderCard(cardTestPitch({ pitch: { text: long.slice(0, 3000) } }));
    expect(card.truncatedFields).toContain('pitch');
    const [, back] = pdfText(card.bytes).split('\f');
    expect(back).toContain('…');
    expect(flat(back!)).toContain('Shortened to fit (…): pitch.');
    expect(flat(back!)).not.toContain('Sentence 100 of');
  });

  test('draws accents, Cyrillic, Greek, Hebrew, Arabic, Chinese and Japanese', async () => {
    const card = await renderCard(
      cardTestPitch({
        headline: 'Ускорим урегулирование убытков на 30% — café ανάπτυξη',
        ask: 'Approve 批准 and 承認 now',
        pitch: { text: 'שלום עולם and مرحبا' },
      }),
    );
    expect(card.replacedCharacters).toBe(0);
    const text = flat(pdfText(card.bytes));
    for (const word of ['Ускорим', 'café', 'ανάπτυξη', '批准', '承認'])
      expect(text).toContain(word);
    expect(text).toMatch(/שלום|םולש/);
  });

  test('replaces characters no font has with a visible □, counts them and tells the reader', async () => {
    const card = await renderCard(cardTestPitch({ ask: 'Approve 한국어 funding 🦄' }));
    expect(card.replacedCharacters).toBe(4);
    const text = flat(pdfText(card.bytes));
    expect(text).toContain('Approve □□□ funding □');
    expect(text).toContain('□ = 4 characters the card font cannot show.');
  });

  test('invisible characters (joiners, variation selectors, control codes) are neither drawn nor counted', async () => {
    const card = await renderCard(cardTestPitch({ ask: 'Approve\u200D $350K\uFE0F\u0007 now' }));
    expect(card.replacedCharacters).toBe(0);
    expect(flat(pdfText(card.bytes))).toContain('Approve $350K now');
  });
});
