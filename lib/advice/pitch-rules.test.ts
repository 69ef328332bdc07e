import { describe, expect, test } from 'vitest';
import type { TargetSeconds } from '../pitch/limits';
import { analyzePitch } from './index';
import { cleanCouncilPitch, firedRules } from '@/test-support/council-pitch';

const words = (count: number) => Array.from({ length: count }, (_, i) => (i % 9 === 8 ? 'nurses.' : 'nurses')).join(' ');
const speech = (text: string, targetSeconds?: TargetSeconds) => ({
  ...cleanCouncilPitch(),
  pitch: targetSeconds === undefined ? { text } : { text, targetSeconds },
});

describe('pitch-too-long', () => {
  test.each([
    [100, 30, undefined],
    [160, 60, undefined],
    [120, 60, 100],
    [160, undefined, undefined],
  ] as const)('fires on %i words against a %s s target at %s wpm', (count, target, wpm) => {
    expect(firedRules(speech(words(count), target), 'pitch', { wordsPerMinute: wpm })).toContain('pitch-too-long');
  });

  test.each([
    [140, 60, undefined],
    [160, 60, 180],
    [200, 90, undefined],
  ] as const)('does not fire on %i words against a %s s target at %s wpm', (count, target, wpm) => {
    expect(firedRules(speech(words(count), target), 'pitch', { wordsPerMinute: wpm })).not.toContain('pitch-too-long');
  });
});

describe('pitch-too-short (tip)', () => {
  test.each([
    [40, 60, undefined],
    [30, 90, undefined],
    [60, 60, 200],
  ] as const)('fires on %i words against a %s s target at %s wpm', (count, target, wpm) => {
    const found = analyzePitch(speech(words(count), target), { wordsPerMinute: wpm }).findings.find((f) => f.rule === 'pitch-too-short');
    expect(found?.severity).toBe('tip');
  });

  test.each([
    [36, 30, undefined],
    [80, 60, undefined],
    [60, 60, 100],
  ] as const)('does not fire on %i words against a %s s target at %s wpm', (count, target, wpm) => {
    expect(firedRules(speech(words(count), target), 'pitch', { wordsPerMinute: wpm })).not.toContain('pitch-too-short');
  });

  test('no pitch rule fires while the pitch text is empty', () => {
    expect(firedRules(speech('   '), 'pitch')).toEqual([]);
  });
});

describe('pitch-missing-metric', () => {
  const withOutcome = (outcome: string[], text: string) => ({ ...speech(text, 30), outcome });
  test.each([
    [['Missed scans drop by 25% by June'], 'Missed scans cost us money. We fix the booking screen. I need your approval.'],
    [['Overtime falls by $1.2M a year by March'], 'Our store teams work 40 hours of overtime a week. I need your approval for the rota.'],
    [['Builds finish 14 days sooner by 2027'], 'Builds run late. Can you approve the prefabricated frames?'],
  ])('fires when the pitch carries none of %j', (outcome, text) => {
    expect(firedRules(withOutcome(outcome, text), 'pitch')).toContain('pitch-missing-metric');
  });

  test.each([
    [['Missed scans drop by 25% by June'], 'By June, a quarter fewer scans are missed. I need your approval.'],
    [['Overtime falls by $1.2M a year by March'], 'We save $1.2 million a year in overtime. I need your approval.'],
    [['Builds finish 14 days sooner by 2027'], 'Builds finish fourteen days sooner. Can you approve the frames?'],
    [['Arrears halve by Q4'], 'Arrears fall by 50% by the fourth quarter. Can you approve it?'],
  ])('does not fire when the pitch says a number of %j', (outcome, text) => {
    expect(firedRules(withOutcome(outcome, text))).not.toContain('pitch-missing-metric');
  });
});

describe('pitch-missing-ask', () => {
  test.each([
    'Permits take 12 weeks. Online forms cut that to 6 weeks by June.',
    'Our tills are slow and shoppers leave. Self-checkout halves the queue.',
    'Everyone on the ward agrees the new rota is right, and it saves 6%.',
  ])('fires on "%s"', (text) => {
    expect(firedRules(speech(text, 30), 'pitch')).toContain('pitch-missing-ask');
  });

  test.each([
    'Permits take 12 weeks; online forms cut that to 6. I need £180K from January.',
    'Self-checkout halves the queue by 50%. Can you approve the pilot?',
    'The rota saves 6% of overtime, and we are asking for two nurse educators.',
  ])('does not fire on "%s"', (text) => {
    expect(firedRules(speech(text, 30), 'pitch')).not.toContain('pitch-missing-ask');
  });

  test('does not fire while the ask itself is empty (required reports it)', () => {
    const pitch = { ...speech('Permits take 12 weeks. Online forms cut that to 6 by June.', 30), ask: '' };
    expect(firedRules(pitch)).not.toContain('pitch-missing-ask');
  });
});
