import { expect, test } from 'vitest';
import { timeFit, wordsForSeconds } from './time-fit';

test.each([
  [0, 60, 'empty'],
  [20, 60, 'short'],
  [30, 60, 'on-target'],
  [60, 60, 'on-target'],
  [66, 60, 'on-target'],
  [70, 60, 'over'],
  [78, 60, 'over'],
  [80, 60, 'far-over'],
])('%i s against %i s is %s', (seconds, target, fit) => {
  expect(timeFit(seconds, target)).toBe(fit);
});

test('30 s is about 70 words and 60 s about 140 at the default pace', () => {
  expect(wordsForSeconds(30, 140)).toBe(70);
  expect(wordsForSeconds(60, 140)).toBe(140);
});
