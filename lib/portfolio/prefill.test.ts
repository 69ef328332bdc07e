import { describe, expect, test } from 'vitest';
import type { PitchFile } from '../pitch/schema';
import { currencyOf, formatAmount } from './currency';
import { effectiveInputs, withPortfolioInput } from './inputs';
import { prefillFromSlide } from './prefill';

const slide = (outcome: string[], ask = '', extra: Partial<PitchFile> = {}): PitchFile => ({
  format: 'one-slide-pitch',
  version: 2,
  headline: 'A headline',
  situation: [],
  action: [],
  outcome,
  ask,
  ...extra,
});

describe('prefill from the slide', () => {
  test.each([
    [
      'an amount a year',
      ['Saves $1.2M a year in adjuster time'],
      'Approve $350K from March',
      { annualBenefit: 1_200_000, oneOffCost: 350_000, currency: 'USD' },
    ],
    [
      'an amount a month counts per year',
      ['Saves €80,000 a month in lost output'],
      'Approve €500K in June',
      { annualBenefit: 960_000, oneOffCost: 500_000, currency: 'EUR' },
    ],
    [
      'pounds in words',
      ['Frees £2 million a year for front-line staff'],
      'Fund £400,000 by April',
      { annualBenefit: 2_000_000, oneOffCost: 400_000, currency: 'GBP' },
    ],
    [
      'an ISO code',
      ['Adds CHF 300,000 annually'],
      'Approve CHF 120,000',
      { annualBenefit: 300_000, oneOffCost: 120_000, currency: 'CHF' },
    ],
    [
      'a one-off saving is not an annual benefit',
      ['Saves $4M in recovered revenue by 2027'],
      'Approve $1M',
      { oneOffCost: 1_000_000, currency: 'USD' },
    ],
    [
      'a cost per month is not a one-off cost',
      ['Saves $500K a year'],
      'Approve $20K a month for a contractor',
      { annualBenefit: 500_000, currency: 'USD' },
    ],
    [
      'no money at all',
      ['Dosing errors fall by 40% within six months'],
      'Approve 14 scanners from May',
      {},
    ],
    [
      'a cost in another currency than the benefit',
      ['Saves $900K a year'],
      'Approve €300K',
      { annualBenefit: 900_000, currency: 'USD' },
    ],
  ])('%s', (_, outcome, ask, expected) => {
    expect(prefillFromSlide(slide(outcome, ask)).values).toEqual(expected);
  });

  test('says which words each value was read from', () => {
    expect(
      prefillFromSlide(
        slide(
          ['Settlement falls to 14 days', 'Saves $75,000 a month in overtime'],
          'Approve $350K',
        ),
      ).sources,
    ).toEqual({
      annualBenefit: '“$75,000 a month” (Outcome 2)',
      oneOffCost: '“$350K” (Ask)',
      currency: '“$75,000 a month” (Outcome 2)',
    });
  });

  test('reads the value proposition when the outcome has no benefit per period', () => {
    expect(
      prefillFromSlide(
        slide(['Wait times halve'], '', {
          valueProposition: 'Worth $600K a year in retained members.',
        }),
      ).values,
    ).toEqual({
      annualBenefit: 600_000,
      currency: 'USD',
    });
  });
});

describe('effective inputs', () => {
  const pitch = slide(['Saves $1.2M a year'], 'Approve $350K');

  test('slide values show as from the slide until the user enters their own', () => {
    expect(effectiveInputs(pitch).annualBenefit).toEqual({
      value: 1_200_000,
      origin: 'slide',
      source: '“$1.2M a year” (Outcome 1)',
    });
    const edited = withPortfolioInput(pitch, 'annualBenefit', 900_000);
    expect(edited.portfolio).toEqual({ annualBenefit: 900_000 });
    expect(effectiveInputs(edited).annualBenefit).toEqual({ value: 900_000, origin: 'entered' });
    expect(effectiveInputs(edited).oneOffCost.origin).toBe('slide');
  });

  test('clearing the last entered input removes the portfolio key and brings the slide value back', () => {
    const cleared = withPortfolioInput(
      withPortfolioInput(pitch, 'confidence', 70),
      'confidence',
      undefined,
    );
    expect('portfolio' in cleared).toBe(false);
    expect(effectiveInputs(cleared).confidence.origin).toBe('assumed');
  });
});

describe('currency', () => {
  test.each([
    ['$350K', 'USD'],
    ['US$1.2M', 'USD'],
    ['A$400,000', 'AUD'],
    ['€1.2M', 'EUR'],
    ['£75,000', 'GBP'],
    ['CHF 300,000', 'CHF'],
    ['two million pounds', 'GBP'],
    ['12 engineers', undefined],
  ])('%s is %s', (quantity, code) => {
    expect(currencyOf(quantity)).toBe(code);
  });

  test.each([
    [1_200_000, 'USD', '$1.2M'],
    [350_000, 'EUR', '€350K'],
    [90_000, 'GBP', '£90K'],
    [1_500, 'CHF', 'CHF\u00a01.5K'],
    [2_500_000, undefined, '2.5M'],
  ])('%d %s is said %s', (amount, currency, said) => {
    expect(formatAmount(amount, currency)).toBe(said);
  });
});
