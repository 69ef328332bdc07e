import { describe, expect, test } from 'vitest';
import { createBlankPitch } from '../pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { keyNumber, keyNumbers } from './key-number';

describe('keyNumbers', () => {
  test('lists outcome quantities, key first, without repeats', () => {
    const pitch = {
      ...createBlankPitch(),
      outcome: [
        'Missed appointments drop from 12% to 6% by December',
        'Saves $2.1M',
        'Saves $2.1M again',
      ],
    };
    expect(keyNumbers(pitch)).toEqual(['12% to 6%', '$2.1M']);
  });

  test.each(EXAMPLE_PITCHES.map((e) => [e.id, e.pitch] as const))(
    'example %s has a key number',
    (_id, pitch) => {
      expect(keyNumbers(pitch).length).toBeGreaterThan(0);
    },
  );

  test('an empty draft has no key number', () => {
    expect(keyNumbers(createBlankPitch())).toEqual([]);
  });
});

describe('keyNumber: the change the outcome promises, never an incidental count', () => {
  test.each([
    [['Better data for 4 teams', 'Churn falls from 9% to 6% by June'], '9% to 6%'],
    [['Four regional teams share one dashboard', 'Saves £1.4m a year from 2027'], '£1.4m'],
    [['12 adjusters move to complex claims', 'Settlement time halves by September'], 'halves'],
    [['Orders go from a third late to a sixth late by Q4', 'Three depots close'], 'a third'],
    [['Live in 6 weeks', 'Waiting lists shrink by 1,200 patients'], '1,200'],
    [['Revenue grows 3.5x in two years'], '3.5x'],
  ])('%j → %s', (outcome, expected) => {
    expect(keyNumber({ outcome })?.text).toBe(expected);
  });

  test('the number the user chose comes first while it is on the slide', () => {
    const outcome = ['Saves $2.1M a year', 'Missed appointments drop from 12% to 6%'];
    expect(keyNumbers({ outcome, keyNumber: '$2.1M' })[0]).toBe('$2.1M');
    expect(keyNumbers({ outcome, keyNumber: '$9M' })[0]).toBe('12% to 6%');
  });
});
