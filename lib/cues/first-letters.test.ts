import { describe, expect, test } from 'vitest';
import { toFirstLetters } from './first-letters';

describe('toFirstLetters', () => {
  test.each([
    [
      'a plain sentence keeps punctuation and numbers',
      'Our claims take 21 days, six days slower.',
      'O c t 21 d, s d s.',
    ],
    ['hyphenated words keep a letter per part', 'low-complexity motor claims', 'l-c m c'],
    [
      'a number joined to a word keeps the number',
      '21-day cycle for top-20 brokers',
      '21-d c f t-20 b',
    ],
    ['apostrophes stay inside the word', "don't stop, it's the brokers' call", "d s, i t b' c"],
    ['curly apostrophes and quotes', 'We don’t say “maybe”.', 'W d s “m”.'],
    [
      'currency, decimals and suffixes stay whole',
      'Approve $1.2M and €350K for Q3',
      'A $1.2M a €350K f Q3',
    ],
    [
      'percent and thousands separators',
      'Cut churn 12% across 21,000 policies',
      'C c 12% a 21,000 p',
    ],
    ['times and slashes', 'Meet at 9:30 and/or call 24/7', 'M a 9:30 a/o c 24/7'],
    ['accents keep their mark', 'Élan café naïve', 'É c n'],
    ['decomposed accents are normalised', 'E\u0301lan', 'É'],
    ['Cyrillic', 'Наши заявки рассматриваются 21 день.', 'Н з р 21 д.'],
    ['Greek', 'Η ομάδα μας είναι έτοιμη.', 'Η ο μ ε έ.'],
    ['Arabic', 'مرحبا بالعالم الجميل', 'م ب ا'],
    ['emoji pass through', 'Launch 🚀 now', 'L 🚀 n'],
    ['line breaks are kept', 'First line\nSecond line', 'F l\nS l'],
    ['empty text', '', ''],
    ['only punctuation', '— … !', '— … !'],
  ])('%s', (_name, input, expected) => {
    expect(toFirstLetters(input)).toBe(expected);
  });

  test.each([
    ['Chinese', '我们的索赔需要二十一天才能结案。'],
    ['Japanese', '東京の会議で決めます'],
    ['Thai', 'ภาษาไทยง่ายนิดเดียว'],
  ])('%s keeps the first character of each word, in order, and is shorter', (_name, input) => {
    const cue = toFirstLetters(input);
    expect(cue.length).toBeGreaterThan(0);
    expect(cue.length).toBeLessThan(input.length);
    expect(Array.from(cue)[0]).toBe(Array.from(input)[0]);
    let from = 0;
    for (const ch of cue) {
      const at = input.indexOf(ch, from);
      expect(at, `"${ch}" comes from the text, in order`).toBeGreaterThanOrEqual(from);
      from = at + ch.length;
    }
  });
});
