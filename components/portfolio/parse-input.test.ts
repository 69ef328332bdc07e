import { describe, expect, test } from 'vitest';
import { parseInput, showInput } from './parse-input';

describe('what the user types in a portfolio input', () => {
  test.each([
    ['annualBenefit', '1200000', 1_200_000],
    ['annualBenefit', '1,200,000', 1_200_000],
    ['annualBenefit', '1.2M', 1_200_000],
    ['oneOffCost', '$350K', 350_000],
    ['confidence', '72.5', 72.5],
    ['confidence', '80%', 80],
    ['strategicFit', '4', 4],
    ['currency', 'eur', 'EUR'],
    ['monthsToFirstBenefit', '', undefined],
  ] as const)('%s "%s" is %s', (key, typed, value) => {
    expect(parseInput(key, typed)).toEqual({ ok: true, value });
  });

  test.each([
    ['confidence', '140', 'Portfolio confidence must be between 0 and 100.'],
    ['strategicFit', '3.5', 'Portfolio strategic fit must be a whole number from 1 to 5.'],
    [
      'currency',
      'euro',
      'Portfolio currency must be a three-letter ISO 4217 code in capitals, e.g. USD, EUR or GBP.',
    ],
    ['annualBenefit', 'lots', '“lots” is not a number.'],
    ['oneOffCost', '-5', 'Portfolio one-off cost must be 0 or more.'],
  ] as const)('%s "%s" is refused: %s', (key, typed, message) => {
    expect(parseInput(key, typed)).toEqual({ ok: false, message });
  });

  test('values are shown with thousands separators', () => {
    expect([showInput(1_200_000), showInput(72.5), showInput('USD'), showInput(undefined)]).toEqual(
      ['1,200,000', '72.5', 'USD', ''],
    );
  });
});
