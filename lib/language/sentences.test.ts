import { describe, expect, test } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  test.each([
    [
      'plain sentences',
      'We are late. We will fix it! Will you help?',
      ['We are late.', 'We will fix it!', 'Will you help?'],
    ],
    [
      'money and decimals stay whole',
      'We save $1.2M a year. Costs fall 3.5%.',
      ['We save $1.2M a year.', 'Costs fall 3.5%.'],
    ],
    [
      'e.g. and i.e. do not end a sentence',
      'Simple claims, e.g. Windscreens, go first. Then the rest.',
      ['Simple claims, e.g. Windscreens, go first.', 'Then the rest.'],
    ],
    [
      'a quarter label ends a sentence',
      'We launch in Q3. Then we scale.',
      ['We launch in Q3.', 'Then we scale.'],
    ],
    ['titles', 'Dr. Patel agrees. So does finance.', ['Dr. Patel agrees.', 'So does finance.']],
    [
      'No. with a number',
      'We rank No. 4 in the market. That must change.',
      ['We rank No. 4 in the market.', 'That must change.'],
    ],
    [
      'closing quotes stay with their sentence',
      'They said "too slow." We listened.',
      ['They said "too slow."', 'We listened.'],
    ],
    ['line breaks end sentences', 'First point\nSecond point', ['First point', 'Second point']],
    [
      'lower-case continuation after an abbreviation-like stop',
      'It costs approx. 40 hours. Fine.',
      ['It costs approx. 40 hours.', 'Fine.'],
    ],
    ['no final punctuation', 'One sentence without a stop', ['One sentence without a stop']],
    ['empty', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
