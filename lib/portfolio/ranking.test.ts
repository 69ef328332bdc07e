import { describe, expect, test } from 'vitest';
import type { PitchFile, Portfolio } from '../pitch/schema';
import { riskAdjustedValuePerCost, timeCriticality, wsjf } from './formulas';
import { effectiveInputs, withPortfolioInput } from './inputs';
import { rankPortfolio } from './ranking';

const pitch = (portfolio: Portfolio, outcome: string[] = [], ask = ''): PitchFile => ({
  format: 'one-slide-pitch',
  version: 2,
  headline: 'A headline',
  situation: [],
  action: [],
  outcome,
  ask,
  portfolio,
});
const entry = (id: string, portfolio: Portfolio, outcome?: string[], ask?: string) => ({
  id,
  pitch: pitch(portfolio, outcome, ask),
});

describe('risk-adjusted value per cost', () => {
  test.each([
    // benefit, cost, confidence, months → score
    [1_000_000, 500_000, 100, 0, 6],
    [1_000_000, 500_000, 50, 0, 3],
    [1_000_000, 500_000, 100, 12, 4],
    [1_000_000, 500_000, 100, 36, 0],
    [1_000_000, 500_000, 100, 48, 0],
    [0, 500_000, 100, 0, 0],
    [120_000, 0, 80, 6, Infinity],
    [0, 0, 80, 6, 0],
  ])(
    'benefit %d, cost %d, confidence %d, months %d: score %d',
    (annualBenefit, oneOffCost, confidence, monthsToFirstBenefit, score) => {
      expect(
        riskAdjustedValuePerCost({ annualBenefit, oneOffCost, confidence, monthsToFirstBenefit }),
      ).toBeCloseTo(score, 6);
    },
  );
});

describe('WSJF', () => {
  test.each([
    [0, 10],
    [12, 5.5],
    [24, 1],
    [60, 1],
  ])('time criticality at %d months is %d', (months, expected) => {
    expect(timeCriticality(months)).toBeCloseTo(expected, 6);
  });

  test('the largest benefit scores 10, the largest cost is job size 10, fit counts double', () => {
    expect(
      wsjf(
        { annualBenefit: 100, oneOffCost: 50, monthsToFirstBenefit: 0, strategicFit: 5 },
        { annualBenefit: 100, oneOffCost: 100 },
      ),
    ).toEqual({
      value: 10,
      timeCriticality: 10,
      fit: 10,
      jobSize: 5.5,
      score: 30 / 5.5,
    });
  });
});

describe('ranking a portfolio', () => {
  const full = (annualBenefit: number, oneOffCost: number, extra: Portfolio = {}): Portfolio => ({
    annualBenefit,
    oneOffCost,
    currency: 'USD',
    confidence: 100,
    monthsToFirstBenefit: 0,
    strategicFit: 3,
    ...extra,
  });

  test("ranks by the formula, best first, with each pitch's workings", () => {
    const ranking = rankPortfolio(
      [
        entry('a', full(100_000, 100_000)),
        entry('b', full(300_000, 100_000)),
        entry('c', full(200_000, 100_000)),
      ],
      'risk-adjusted-value',
    );
    expect(ranking.groups).toHaveLength(1);
    expect(ranking.groups[0]!.pitches.map((p) => [p.rank, p.id, p.scoreText])).toEqual([
      [1, 'b', '9.00'],
      [2, 'c', '6.00'],
      [3, 'a', '3.00'],
    ]);
    expect(ranking.groups[0]!.pitches[0]!.workings).toBe(
      '$300K × 100% × (36 − 0) ÷ 12 ÷ $100K = 9.00',
    );
    expect(ranking.currencyNote).toBeUndefined();
  });

  test('editing one input changes the rank', () => {
    const pitches = [entry('a', full(100_000, 100_000)), entry('b', full(300_000, 100_000))];
    expect(rankPortfolio(pitches, 'risk-adjusted-value').groups[0]!.pitches[0]!.id).toBe('b');
    pitches[1]!.pitch = withPortfolioInput(pitches[1]!.pitch, 'confidence', 20);
    expect(
      rankPortfolio(pitches, 'risk-adjusted-value').groups[0]!.pitches.map((p) => p.id),
    ).toEqual(['a', 'b']);
  });

  test('the two formulas can disagree: WSJF rewards early benefit and fit', () => {
    const pitches = [
      entry('slow-big', full(1_000_000, 400_000, { monthsToFirstBenefit: 12, strategicFit: 1 })),
      entry('quick-fit', full(400_000, 300_000, { monthsToFirstBenefit: 0, strategicFit: 5 })),
    ];
    expect(
      rankPortfolio(pitches, 'risk-adjusted-value').groups[0]!.pitches.map((p) => p.id),
    ).toEqual(['slow-big', 'quick-fit']);
    expect(rankPortfolio(pitches, 'wsjf').groups[0]!.pitches.map((p) => p.id)).toEqual([
      'quick-fit',
      'slow-big',
    ]);
  });

  test('a pitch without benefit or cost is listed as not ranked, saying what it needs', () => {
    const ranking = rankPortfolio(
      [entry('a', { confidence: 80 }), entry('b', full(1, 1))],
      'risk-adjusted-value',
    );
    expect(ranking.unranked.map((u) => [u.id, u.missing])).toEqual([
      ['a', ['annualBenefit', 'oneOffCost']],
    ]);
  });

  test('missing confidence, months and fit are assumed, and say so', () => {
    const inputs = effectiveInputs(pitch({ annualBenefit: 10, oneOffCost: 5 }));
    expect([inputs.confidence, inputs.monthsToFirstBenefit, inputs.strategicFit]).toEqual([
      { value: 50, origin: 'assumed' },
      { value: 6, origin: 'assumed' },
      { value: 3, origin: 'assumed' },
    ]);
  });
});

describe('currencies', () => {
  const usd = entry('usd', {
    annualBenefit: 100_000,
    oneOffCost: 100_000,
    currency: 'USD',
    confidence: 100,
    monthsToFirstBenefit: 0,
  });
  const eur = entry('eur', {
    annualBenefit: 200_000,
    oneOffCost: 100_000,
    currency: 'EUR',
    confidence: 100,
    monthsToFirstBenefit: 0,
  });
  const none = entry('none', {
    annualBenefit: 50_000,
    oneOffCost: 10_000,
    confidence: 100,
    monthsToFirstBenefit: 0,
  });

  test('amounts in two currencies are ranked per currency without a rate, and the note says so', () => {
    const ranking = rankPortfolio([usd, eur], 'risk-adjusted-value');
    expect(ranking.perCurrency).toBe(true);
    expect(ranking.groups.map((g) => [g.currency, g.pitches.map((p) => [p.id, p.rank])])).toEqual([
      ['USD', [['usd', 1]]],
      ['EUR', [['eur', 1]]],
    ]);
    expect(ranking.currencyNote).toMatch(
      /^Ranked per currency \(USD, EUR\): .*Give a rate to rank them together\.$/,
    );
  });

  test('a conversion rate ranks them together in the base currency, converted amounts and note shown', () => {
    const ranking = rankPortfolio([usd, eur], 'wsjf', { base: 'USD', rates: { EUR: 1.1 } });
    expect(ranking.perCurrency).toBe(false);
    const [group] = ranking.groups;
    expect(group!.currency).toBe('USD');
    const converted = group!.pitches.find((p) => p.id === 'eur')!;
    expect(converted.benefit).toBeCloseTo(220_000, 6);
    expect(converted.cost).toBeCloseTo(110_000, 6);
    expect(converted.convertedAt).toEqual({ from: 'EUR', rate: 1.1 });
    expect(ranking.currencyNote).toBe('Ranked together in USD, converted at 1 EUR = 1.1 USD.');
  });

  test.each([
    ['a rate of 0', { EUR: 0 }],
    ['a rate for another currency', { GBP: 1.2 }],
    ['a rate that is not a number', { EUR: Number.NaN }],
  ])('%s leaves the other currency in its own ranking', (_, rates) => {
    expect(
      rankPortfolio([usd, eur], 'risk-adjusted-value', { base: 'USD', rates }).perCurrency,
    ).toBe(true);
  });

  test('amounts with no currency are never ranked with amounts that have one', () => {
    const ranking = rankPortfolio([usd, none], 'risk-adjusted-value', { base: 'USD', rates: {} });
    expect(ranking.groups.map((g) => g.currency)).toEqual(['USD', null]);
    expect(ranking.currencyNote).toMatch(/USD, no currency/);
  });
});
