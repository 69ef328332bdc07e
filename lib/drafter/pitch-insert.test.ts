import { describe, expect, test } from 'vitest';
import { ifThenElseSentence, insertBeforeAsk } from './pitch-insert';

describe('ifThenElseSentence', () => {
  test.each([
    [
      { if: 'triage is automated by May', then: 'settlement time falls to 14 days', else: 'broker churn risk stays at 12%' },
      'If triage is automated by May, then settlement time falls to 14 days; else broker churn risk stays at 12%.',
    ],
    [{ if: 'If zones are live.', then: 'Then we ship more' }, 'If zones are live, then we ship more.'],
    [{ if: 'zones are live', then: '' , else: 'we pay overtime' }, ''],
    [undefined, ''],
  ])('%j → %s', (trace, sentence) => {
    expect(ifThenElseSentence(trace)).toBe(sentence);
  });
});

describe('insertBeforeAsk', () => {
  const pitch = 'Claims take 21 days. We will automate triage.  I need your approval for $350K. Can we agree today?';

  test('puts the sentence right before the ask and keeps every other character', () => {
    expect(insertBeforeAsk(pitch, 'Faster claims keep brokers loyal.')).toBe(
      'Claims take 21 days. We will automate triage.  Faster claims keep brokers loyal. I need your approval for $350K. Can we agree today?',
    );
  });

  test('appends at the end when there is no ask, finishing the last sentence', () => {
    expect(insertBeforeAsk('Claims take 21 days', 'Faster claims keep brokers loyal.')).toBe(
      'Claims take 21 days. Faster claims keep brokers loyal.',
    );
  });

  test('fills an empty pitch, and never adds the same sentence twice', () => {
    expect(insertBeforeAsk('', 'Faster claims keep brokers loyal.')).toBe('Faster claims keep brokers loyal.');
    const once = insertBeforeAsk(pitch, 'Faster claims keep brokers loyal.');
    expect(insertBeforeAsk(once, 'Faster claims keep brokers loyal.')).toBe(once);
  });
});
