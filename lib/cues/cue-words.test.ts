import { describe, expect, test } from 'vitest';
import { cueWords } from './cue-words';

describe('cueWords', () => {
  test.each([
    [
      'one telling word per bullet first',
      [
        'Claims take 21 days to settle, 6 days above the market median',
        'Top-20 brokers cite slow settlement as the main reason to move',
      ],
      4,
      ['claims', 'brokers', 'settle', 'market'],
    ],
    [
      'an action section',
      [
        'Deploy rules-based triage for low-complexity motor claims',
        'Reassign four adjusters to complex bodily-injury claims',
      ],
      4,
      ['deploy', 'reassign', 'rules-based', 'adjusters'],
    ],
    [
      'proper nouns keep their capital',
      ['Settlement time falls from 21 to 14 days by September'],
      3,
      ['settlement', 'September', 'falls'],
    ],
    ['acronyms stay as written', ['Migrate CRM data'], 4, ['migrate', 'CRM', 'data']],
    ['max below two still gives two', ['Broker churn rises'], 1, ['broker', 'churn']],
    ['empty section', [], 4, []],
    ['blank bullets', ['', '  '], 4, []],
    ['only numbers and function words', ['21 of 40', 'and the'], 4, []],
  ])('%s', (_name, bullets, max, expected) => {
    expect(cueWords(bullets, max)).toEqual(expected);
  });

  test('never repeats a word in another form', () => {
    const cues = cueWords(['Claims settle slowly', 'Claim settlement lags'], 4).map((c) =>
      c.toLowerCase(),
    );
    expect(cues.filter((c) => c.startsWith('claim'))).toHaveLength(1);
    expect(cues.filter((c) => c.startsWith('settl'))).toHaveLength(1);
  });

  test('never more than max', () => {
    expect(cueWords(['alpha bravo charlie delta echo foxtrot golf hotel'], 3)).toHaveLength(3);
  });
});
