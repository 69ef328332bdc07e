import { expect, test } from 'vitest';
import { quantityValues, sameValue } from './quantity-values';

const matches = (a: string, b: string) =>
  quantityValues(a).some((x) => quantityValues(b).some((y) => sameValue(x, y)));

test.each([
  ['$1.2M', '$1.2 million'],
  ['25%', 'a quarter'],
  ['50%', 'half'],
  ['14 days', 'fourteen days'],
  ['21 to 14 days', '14 days'],
  ['€350K', 'three hundred and fifty thousand euros'],
  ['one in eight', '12.5%'],
  ['double', '100%'],
  ['two thirds', '67%'],
  ['9,000 to 11,700', '11,700'],
  ['£2.4m', '£2.4 million'],
])('"%s" and "%s" say the same number', (written, spoken) => {
  expect(matches(written, spoken)).toBe(true);
});

test.each([
  ['$1.2M', '$12 million'],
  ['25%', 'a third'],
  ['14 days', 'four days'],
  ['one in eight', 'one in five'],
])('"%s" and "%s" are different numbers', (a, b) => {
  expect(matches(a, b)).toBe(false);
});
