import { describe, expect, test } from 'vitest';
import type { PitchFile } from '../pitch/schema';
import { PORTFOLIO_PITCHES } from '@/test-support/portfolio-library';
import { fitCell } from './fit-cell';
import { portfolioSlideContent } from './slide-content';
import { layoutPortfolioSlide, PORTFOLIO_SIZES } from './slide-layout';

const library = PORTFOLIO_PITCHES.map((pitch, i) => ({ id: `p${i}`, pitch }));

describe('what the portfolio slide says', () => {
  test('the top eight of the 12-pitch library, "+N more" for the rest, ranked per currency without a rate', () => {
    const content = portfolioSlideContent(library, 'risk-adjusted-value');
    expect(content.rows).toHaveLength(8);
    expect(content.rows.map((r) => r.rank)).toEqual([
      'USD 1',
      'USD 2',
      'USD 3',
      'USD 4',
      'USD 5',
      'USD 6',
      'USD 7',
      'EUR 1',
    ]);
    expect(content.more).toBe(
      '+4 more: 3 ranked lower, 1 not ranked (no annual benefit or one-off cost given)',
    );
    expect(content.subtitle).toContain('Ranked per currency (USD, EUR)');
    expect(content.chart.title).toBe('Value vs effort (USD); EUR ranked separately');
    expect(content.chart.points).toHaveLength(7);
  });

  test('with a conversion rate, one ranking; each row keeps its own amounts', () => {
    const content = portfolioSlideContent(library, 'wsjf', { base: 'USD', rates: { EUR: 1.08 } });
    expect(content.rows.map((r) => r.rank)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(content.subtitle).toContain('converted at 1 EUR = 1.08 USD');
    const warehouse = content.rows.find((r) => r.headline.startsWith('Smarter pick paths'))!;
    expect([warehouse.benefit, warehouse.cost]).toEqual(['€400K a year', '€150K']);
    expect(content.chart.points).toHaveLength(11);
  });

  test('each row names its objective as the tree does, or says it is not traced', () => {
    const rows = portfolioSlideContent(library, 'risk-adjusted-value').rows;
    const objective = (start: string) => rows.find((r) => r.headline.startsWith(start))!.objective;
    expect(objective('Pricing renewals')).toBe('Retain top 20 brokers');
    expect(objective('Moving permit applications')).toBe('Not traced to an objective');
  });

  test('control characters and line breaks never reach the slide', () => {
    const tricky: PitchFile = {
      ...PORTFOLIO_PITCHES[0]!,
      headline: 'Cut \u0001claims\u0000 time\nby a third',
      ask: 'Approve\t$350K\r\nnow',
    };
    const [row] = portfolioSlideContent([{ id: 'x', pitch: tricky }], 'risk-adjusted-value').rows;
    expect([row!.headline, row!.ask]).toEqual(['Cut claims time by a third', 'Approve $350K now']);
  });
});

describe('fitting the slide', () => {
  test('every box of the fixture fits at or above its minimum size, nothing shortened', () => {
    const layout = layoutPortfolioSlide(portfolioSlideContent(library, 'risk-adjusted-value'));
    const cells = [
      layout.title,
      layout.subtitle,
      ...layout.headers,
      ...layout.rows.flatMap((r) => r.cells),
      layout.more!,
    ];
    for (const cell of cells) {
      expect({
        name: cell.name,
        overflows: cell.fitted.layout.overflows,
        shortened: cell.fitted.shortened,
      }).toEqual({
        name: cell.name,
        overflows: false,
        shortened: false,
      });
    }
  });

  test('a headline too long for its cell keeps its first words and ends with "…", inside the box', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const fitted = fitCell([long], { widthPt: 212, heightPt: 36 }, PORTFOLIO_SIZES.headline, true);
    expect(fitted.shortened).toBe(true);
    expect(fitted.layout.overflows).toBe(false);
    expect(fitted.layout.fontSizePt).toBe(PORTFOLIO_SIZES.headline.minPt);
    expect(fitted.paragraphs[0]).toMatch(/^word0 word1 word2 .*word\d+…$/);
  });

  test('text without spaces is shortened by characters, not to a bare "…"', () => {
    const fitted = fitCell(
      ['顧客満足度の向上'.repeat(20)],
      { widthPt: 212, heightPt: 36 },
      PORTFOLIO_SIZES.headline,
      true,
    );
    expect(fitted.paragraphs[0]!.length).toBeGreaterThan(10);
    expect(fitted.paragraphs[0]).toMatch(/^顧客満足度の向上.*…$/);
  });
});
