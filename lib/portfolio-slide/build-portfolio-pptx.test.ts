import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PORTFOLIO_PITCHES } from '@/test-support/portfolio-library';
import {
  convertToPdf,
  pdfPages,
  requireRenderingTools,
  temporaryFolder,
} from '@/test-support/libreoffice';
import { assertWellFormed, openPptx, readShapeTexts } from '@/test-support/pptx-package';
import type { PitchFile } from '../pitch/schema';
import { buildPortfolioPptx } from './build-portfolio-pptx';
import { portfolioSlideContent } from './slide-content';

const library = PORTFOLIO_PITCHES.map((pitch, i) => ({ id: `p${i}`, pitch }));
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the portfolio PPTX', () => {
  test('has exactly one slide, a native scatter chart, and every XML part well formed', async () => {
    const opened = await openPptx(
      await buildPortfolioPptx(library, { formula: 'risk-adjusted-value' }),
    );
    expect(opened.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual([
      'ppt/slides/slide1.xml',
    ]);
    const charts = opened.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    expect(opened.xml.get(charts[0]!)).toContain('<c:scatterChart>');
    for (const [name, xml] of opened.xml) assertWellFormed(xml, name);
    const shapes = readShapeTexts(opened.xml.get('ppt/slides/slide1.xml')!);
    expect(shapes.get('Row 1 Pitch')).toEqual([
      "Pricing renewals on claims history keeps our best brokers' books profitable",
    ]);
    expect(shapes.get('More pitches')).toEqual([
      '+4 more: 3 ranked lower, 1 not ranked (no annual benefit or one-off cost given)',
    ]);
  });

  test("the speaker notes give every pitch's workings", async () => {
    const opened = await openPptx(
      await buildPortfolioPptx(library, {
        formula: 'wsjf',
        conversion: { base: 'USD', rates: { EUR: 1.08 } },
      }),
    );
    const notes = [...opened.xml.entries()].find(([n]) => n.startsWith('ppt/notesSlides/'))![1];
    expect(notes).toContain('1. Permit applications online: (');
    expect(notes).toContain(
      'Not ranked: Ward barcode scanning (needs an annual benefit and a one-off cost)',
    );
  });

  test('sanitises what users type: control characters dropped, markup escaped, emoji kept', async () => {
    const tricky: PitchFile = {
      ...PORTFOLIO_PITCHES[0]!,
      headline: 'Ship <beta> & "launch" 🚀\u0001 in 6 weeks',
      trace: { objective: 'Grow\u0000 <revenue>' },
    };
    const opened = await openPptx(
      await buildPortfolioPptx([{ id: 'x', pitch: tricky }], { formula: 'risk-adjusted-value' }),
    );
    const slide = opened.xml.get('ppt/slides/slide1.xml')!;
    assertWellFormed(slide);
    expect(readShapeTexts(slide).get('Row 1 Pitch')).toEqual([
      'Ship <beta> & "launch" 🚀 in 6 weeks',
    ]);
    expect(readShapeTexts(slide).get('Row 1 Objective')).toEqual(['Grow <revenue>']);
  });

  test('a template restyles the finished package', async () => {
    const marker = new Uint8Array([1, 2, 3]);
    const bytes = await buildPortfolioPptx(library, {
      formula: 'wsjf',
      template: { theme: 'ember', restyle: () => marker },
    });
    expect(bytes).toBe(marker);
  });
});

describe('the portfolio PPTX in LibreOffice', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let pages: string[];
  beforeAll(async () => {
    requireRenderingTools();
    folder = temporaryFolder('portfolio-pptx-');
    const pdfs = convertToPdf(
      { 'portfolio.pptx': await buildPortfolioPptx(library, { formula: 'risk-adjusted-value' }) },
      folder.path,
    );
    pages = pdfPages(pdfs['portfolio.pptx']!);
  }, 120_000);
  afterAll(() => folder?.dispose());

  test('opens as one page with every listed headline, its objective and its ask readable', () => {
    expect(pages).toHaveLength(1);
    const page = flat(pages[0]!);
    const { rows, more } = portfolioSlideContent(library, 'risk-adjusted-value');
    for (const row of rows) {
      expect(page).toContain(flat(row.headline));
      expect(page).toContain(flat(row.ask));
    }
    expect(page).toContain(more);
    expect(page).toContain('Value vs effort (USD)');
  });
});
