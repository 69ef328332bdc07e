import { describe, expect, test } from 'vitest';
import { scoreRecall, type RecallOp } from './recall-diff';

const ASK = 'Approve $350K and two integration engineers from March';

describe('scoreRecall', () => {
  test.each([
    ['word-perfect', ASK, ASK, { correct: 8, missing: 0, extra: 0, changed: 0, accuracy: 100 }],
    ['case, punctuation and curly quotes do not count', 'We’re “late”, again.', "we're late again", { correct: 3, accuracy: 100 }],
    ['a missing word', ASK, 'Approve $350K and two engineers from March', { correct: 7, missing: 1, accuracy: 88 }],
    ['an extra word', ASK, 'Please approve $350K and two integration engineers from March', { correct: 8, extra: 1, accuracy: 89 }],
    ['a changed word', ASK, 'Approve $350K and two integration engineers from April', { correct: 7, changed: 1, accuracy: 88 }],
    ['number words equal digits', 'Retrain 12 adjusters in 21 days', 'retrain twelve adjusters in twenty-one days', { correct: 6, accuracy: 100 }],
    ['multi-word numbers', 'We need 350 engineers', 'we need three hundred and fifty engineers', { correct: 4, accuracy: 100 }],
    ['spaced compound numbers', 'It took 21 days', 'it took twenty one days', { correct: 4, accuracy: 100 }],
    ['a list of numbers is not one number', 'one two three', 'one two three', { correct: 3, accuracy: 100 }],
    ['percent spelled out', 'Adjusters gain 25% capacity', 'adjusters gain twenty-five per cent capacity', { correct: 4, accuracy: 100 }],
    ['percent as one word', 'Complaints rose 18%', 'complaints rose 18 percent', { correct: 3, accuracy: 100 }],
    ['thousands separators', 'Save 1,200 hours', 'save 1200 hours', { correct: 3, accuracy: 100 }],
    ['nothing typed', ASK, '', { correct: 0, missing: 8, accuracy: 0 }],
    ['nothing expected, nothing typed', '', '  ', { correct: 0, accuracy: 100 }],
    ['all wrong', 'one two three', 'alpha beta gamma delta', { correct: 0, changed: 3, extra: 1, accuracy: 0 }],
    ['reordered words', 'claims take 21 days', '21 days claims take', { correct: 2, accuracy: 33 }],
  ] as const)('%s', (_name, expected, typed, counts) => {
    expect(scoreRecall(expected, typed)).toMatchObject(counts);
  });

  test('number words can be compared strictly', () => {
    expect(scoreRecall('12 adjusters', 'twelve adjusters', { numberWords: false })).toMatchObject({ changed: 1, accuracy: 50 });
  });

  test('ops read in order and keep the words as written', () => {
    const ops = scoreRecall('Approve $350K from March', 'approve $350K now from May').ops;
    expect(ops).toEqual<RecallOp[]>([
      { kind: 'same', expected: 'Approve', typed: 'approve' },
      { kind: 'same', expected: '$350K', typed: '$350K' },
      { kind: 'extra', typed: 'now' },
      { kind: 'same', expected: 'from', typed: 'from' },
      { kind: 'changed', expected: 'March', typed: 'May' },
    ]);
  });
});
