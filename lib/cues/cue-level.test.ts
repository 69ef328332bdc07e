import { describe, expect, test } from 'vitest';
import { applyCueLevel, CUE_LEVELS, isCueLevel } from './cue-level';

const text = 'Our claims take 21 days, six days slower than the market.';

describe('applyCueLevel', () => {
  test.each([
    ['full', text],
    ['first-letters', 'O c t 21 d, s d s t t m.'],
    ['keywords', 'claims take 21 days, six days slower market.'],
    ['none', ''],
  ] as const)('%s', (level, expected) => {
    expect(applyCueLevel(text, level)).toBe(expected);
  });

  test('every level keeps the numbers, except none', () => {
    for (const level of CUE_LEVELS.filter((l) => l !== 'none')) {
      expect(applyCueLevel(text, level)).toContain('21');
    }
  });

  test.each([
    ['full', true],
    ['keywords', true],
    ['FULL', false],
    ['', false],
    [3, false],
    [undefined, false],
  ])('isCueLevel(%j) is %s', (value, expected) => {
    expect(isCueLevel(value)).toBe(expected);
  });
});
