import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import good from '@/e2e/fixtures/pitches/good-claims-triage.json';
import overcrowded from '@/e2e/fixtures/pitches/overcrowded.json';
import { THEME_IDS } from '../pitch/limits';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import type { PitchFile } from '../pitch/schema';
import { fitSlide, type FittedBox } from '../slide';
import {
  convertToPdf,
  pdfPages,
  pdfWords,
  requireRenderingTools,
  temporaryFolder,
  type PdfWord,
} from '@/test-support/libreoffice';
import { ORPHAN_PRONE } from '@/test-support/orphan-headlines';
import { renderPptx } from './render-pptx';

/** What a user types that must still give a slide LibreOffice opens and draws. */
const tricky: PitchFile = {
  ...(good as PitchFile),
  title: 'Tricky <text> & "quotes"',
  headline: 'Q3 <launch> & "beta" \u0001will ship\u0000 in 6 weeks',
  situation: ["Returns cost 'us' $2M & rising\u000b", 'Tabs\tand\nnew lines\r\nin one bullet'],
};

const fixtures: Record<string, PitchFile> = {
  ...Object.fromEntries(
    THEME_IDS.map((theme) => [`good-${theme}.pptx`, { ...(good as PitchFile), theme }]),
  ),
  'overcrowded.pptx': overcrowded as PitchFile,
  ...Object.fromEntries(EXAMPLE_PITCHES.slice(1).map((e) => [`${e.id}.pptx`, e.pitch])),
  'tricky.pptx': tricky,
  // A rebalanced headline (no single word on its last line) must break where the model says.
  ...Object.fromEntries(
    ORPHAN_PRONE.slice(0, 3).map((headline, i) => [
      `rebalanced-${i + 1}.pptx`,
      { ...(good as PitchFile), headline },
    ]),
  ),
};
const cases = Object.entries(fixtures);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const removed = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

let folder: ReturnType<typeof temporaryFolder>;
let pdfs: Record<string, string>;

beforeAll(async () => {
  requireRenderingTools();
  folder = temporaryFolder('pptx-libreoffice-');
  const files: Record<string, Uint8Array> = {};
  for (const [name, pitch] of cases) files[name] = await renderPptx(pitch);
  pdfs = convertToPdf(files, folder.path);
}, 300_000);

afterAll(() => folder?.dispose());

test('a machine without LibreOffice fails this test with how to install it', () => {
  expect(() => requireRenderingTools('/nonexistent')).toThrow(
    /needs soffice, pdftotext, pdftoppm\. Install them with: sudo apt-get install -y libreoffice-impress fonts-crosextra-carlito poppler-utils/,
  );
});

describe.each(cases)('LibreOffice opening %s', (name, pitch) => {
  test('draws exactly one page with the headline, a Situation bullet and the ask', () => {
    const pages = pdfPages(pdfs[name]!);
    expect(pages).toHaveLength(1);
    const page = flat(pages[0]!);
    expect(page).toContain(flat(removed(pitch.headline)));
    expect(page).toContain(flat(removed(pitch.situation[0]!)));
    expect(page).toContain(flat(`Decision needed: ${pitch.ask}`));
  });

  test('keeps every word inside the box the fit model gave it, wrapped into as many lines', () => {
    const fit = fitSlide(pitch);
    const words = pdfWords(pdfs[name]!);
    const headings = Object.values(fit.layout.columns).map((c) => c.heading);
    const boxes: FittedBox[] = [
      fit.headline,
      fit.situation,
      fit.action,
      fit.outcome,
      fit.ask,
      ...(fit.trace ? [fit.trace] : []),
      ...(fit.keyNumber ? [fit.keyNumber] : []),
    ];
    const inside = (word: PdfWord, rect: { xIn: number; yIn: number; wIn: number; hIn: number }) =>
      word.xMin >= rect.xIn * 72 - 1 &&
      word.xMax <= (rect.xIn + rect.wIn) * 72 + 1 &&
      (word.yMin + word.yMax) / 2 >= rect.yIn * 72 &&
      word.yMax <= (rect.yIn + rect.hIn) * 72 + 1;
    const strays = words.filter(
      (w) => ![...boxes.map((b) => b.box), ...headings].some((rect) => inside(w, rect)),
    );
    expect(strays.map((w) => w.text)).toEqual([]);
    for (const fitted of boxes) {
      const lineTops = new Set(
        words.filter((w) => w.text !== '•' && inside(w, fitted.box)).map((w) => Math.round(w.yMin)),
      );
      const modelLines = fitted.paragraphs.reduce((sum, p) => sum + p.lines.length, 0);
      expect({ box: fitted.id, lines: lineTops.size }).toEqual({
        box: fitted.id,
        lines: modelLines,
      });
    }
  });
});
