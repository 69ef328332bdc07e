import { describe, expect, test } from 'vitest';
import { toKeywords } from './keywords';

describe('toKeywords', () => {
  test.each([
    [
      'function words go, numbers stay',
      'Our claims take 21 days, six days slower than the market.',
      'claims take 21 days, six days slower market.',
    ],
    [
      'negations stay',
      "We don't need a new team and will not hire.",
      "don't need new team not hire.",
    ],
    [
      'hyphenated content words stay whole',
      'Deploy rules-based triage for low-complexity motor claims',
      'Deploy rules-based triage low-complexity motor claims',
    ],
    [
      'currency and dates stay',
      'Approve $350K and two engineers by March 2025',
      'Approve $350K two engineers March 2025',
    ],
    [
      'curly quotes and brackets close up',
      'It is “the fastest” option (by far).',
      '“fastest” option (far).',
    ],
    [
      'a sentence starting with a dropped word loses no punctuation',
      'So, what next? The board decides.',
      'next? board decides.',
    ],
    ['curly apostrophes in contractions', 'We’re ready and it’s funded.', 'ready funded.'],
    ['line breaks are kept', 'The first\nThe second', 'first\nsecond'],
    [
      'other languages pass through',
      'Наши заявки рассматриваются 21 день.',
      'Наши заявки рассматриваются 21 день.',
    ],
    ['Chinese passes through', '我们的索赔需要二十一天', '我们的索赔需要二十一天'],
    ['only function words', 'and the of', ''],
    ['empty text', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(toKeywords(input)).toBe(expected);
  });
});

test('keeps the month May, which the stop list would drop as the modal "may"', () => {
  expect(toKeywords('Feed triage scores into the portal by May.')).toBe(
    'Feed triage scores portal May.',
  );
  expect(toKeywords('The board meets on 14 May; May 9 is the deadline.')).toContain('14 May');
  expect(toKeywords('We may cut the pilot.')).not.toMatch(/\bmay\b/iu);
});
