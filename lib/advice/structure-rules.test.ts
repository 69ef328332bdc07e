import { describe, expect, test } from 'vitest';
import { createBlankPitch } from '../pitch/blank-pitch';
import { analyzePitch } from './index';
import { cleanCouncilPitch, firedRules } from '@/test-support/council-pitch';

const withHeadline = (headline: string) => ({ ...cleanCouncilPitch(), headline });
const withAction = (action: string[]) => ({ ...cleanCouncilPitch(), action });
const withOutcome = (outcome: string[]) => ({ ...cleanCouncilPitch(), outcome });
const withAsk = (ask: string) => ({ ...cleanCouncilPitch(), ask });

test('the council pitch used by these tests is clean', () => {
  expect(analyzePitch(cleanCouncilPitch())).toEqual({
    findings: [],
    readiness: 100,
    slideReadiness: 100,
    pitchReadiness: 100,
    hasSpeech: true,
    executiveReady: true,
  });
});

describe('required', () => {
  test('a blank draft misses headline, the three sections and the ask, as errors', () => {
    const { findings, readiness } = analyzePitch(createBlankPitch());
    expect(findings.map((f) => [f.rule, f.field, f.severity])).toEqual([
      ['required', 'headline', 'error'],
      ['required', 'situation', 'error'],
      ['required', 'action', 'error'],
      ['required', 'outcome', 'error'],
      ['required', 'ask', 'error'],
    ]);
    expect(readiness).toBe(0);
  });

  test.each([
    ['headline', { headline: '   ' }],
    ['situation', { situation: [] }],
    ['action', { action: ['', '  '] }],
    ['outcome', { outcome: [''] }],
    ['ask', { ask: '' }],
  ])('fires on an empty %s', (field, change) => {
    expect(firedRules({ ...cleanCouncilPitch(), ...change }, field)).toContain('required');
  });

  test.each([
    [{ ask: 'Fund a six-month pilot in three branches' }],
    [{ action: ['Pour the slab in March', ''] }],
    [{ headline: 'Shared scanners cut ward admin time in half' }],
  ])('does not fire when the field has text: %o', (change) => {
    expect(firedRules({ ...cleanCouncilPitch(), ...change })).not.toContain('required');
  });
});

describe('headline-length', () => {
  test.each([
    'Cloud savings',
    'New nurse rota',
    'By moving every one of our retail branches onto the new cloud platform during the next two financial quarters we will save money',
    'The new modular classroom design that our construction partners proposed will let us open every one of the four new schools a full term early',
  ])('fires on "%s"', (headline) => {
    expect(firedRules(withHeadline(headline), 'headline')).toContain('headline-length');
  });

  test.each([
    'Self-checkout lets stores serve twice the shoppers at peak',
    'Prefabricated frames shorten the build by six weeks',
    'Fraud losses halved after the pilot',
    'Moving payroll to the cloud saves $400K a year',
  ])('does not fire on "%s"', (headline) => {
    expect(firedRules(withHeadline(headline))).not.toContain('headline-length');
  });
});

describe('too-many-bullets', () => {
  test.each([4, 5, 8])('fires on %i action bullets', (count) => {
    const action = Array.from(
      { length: count },
      (_, i) => `Train ward team ${i + 1} on the new rota`,
    );
    expect(firedRules(withAction(action), 'action')).toContain('too-many-bullets');
  });

  test.each([
    [['Train ward leads on the new rota']],
    [['Train ward leads', 'Open the east wing']],
    [['Train ward leads', 'Open the east wing', 'Hire four nurses', '']],
  ])('does not fire on %j', (action) => {
    expect(firedRules(withAction(action))).not.toContain('too-many-bullets');
  });
});

describe('bullet-too-long', () => {
  test.each([
    'Replace the legacy core banking ledger with the vendor cloud ledger for all retail and small business current accounts before the regulator deadline',
    'Run a twelve-week pilot of self-checkout lanes in our four busiest city-centre stores and measure queue times, shrinkage and staff hours',
    'Move every outpatient letter, appointment reminder and test result notification from paper post to the patient app, with a paper fallback for those who ask',
  ])('fires on "%s"', (bullet) => {
    expect(firedRules(withAction([bullet]), 'action[0]')).toContain('bullet-too-long');
  });

  test.each([
    'Replace the core ledger for retail accounts by March',
    'Pilot self-checkout in four city stores for twelve weeks',
    'Send appointment reminders through the patient app',
  ])('does not fire on "%s"', (bullet) => {
    expect(firedRules(withAction([bullet]))).not.toContain('bullet-too-long');
  });
});

describe('no-metric', () => {
  test.each([
    [['Nurses feel more supported', 'Patients wait less']],
    [['Branches run more smoothly by Q3']],
    [['The site is safer', 'Fewer reworks in Q3 2026']],
  ])('fires on %j', (outcome) => {
    expect(firedRules(withOutcome(outcome), 'outcome')).toContain('no-metric');
  });

  test.each([
    [['Wait times fall by a quarter by spring']],
    [['Defects halve on the new line within six weeks']],
    [['Saves £2.4m by 2027', 'Staff feel supported']],
  ])('does not fire on %j', (outcome) => {
    expect(firedRules(withOutcome(outcome))).not.toContain('no-metric');
  });
});

describe('no-timeframe (tip)', () => {
  test.each([
    [['Wait times fall by a quarter']],
    [['Defects halve on the new line']],
    [['Stores sell 9,000 more units', 'Queues shrink by 14 minutes']],
  ])('fires on %j', (outcome) => {
    const tips = analyzePitch(withOutcome(outcome)).findings.filter(
      (f) => f.rule === 'no-timeframe',
    );
    expect(tips.map((f) => [f.field, f.severity])).toEqual([['outcome', 'tip']]);
  });

  test.each([
    [['Wait times fall by a quarter by spring']],
    [['Defects halve within six weeks']],
    [['Stores sell 9,000 more units in Q4']],
    [['Saves £2.4m by 2027']],
    [['Arrears fall 8% by the end of the financial year']],
  ])('does not fire on %j', (outcome) => {
    expect(firedRules(withOutcome(outcome))).not.toContain('no-timeframe');
  });
});

describe('vague-ask', () => {
  test.each([
    'Support the new rota',
    'Please approve the plan',
    'Help us make the branch app a success',
    'Let us know your thoughts on the east wing',
  ])('fires on "%s"', (ask) => {
    expect(firedRules(withAsk(ask), 'ask')).toContain('vague-ask');
  });

  test.each([
    'Approve £90K for two nurse educators by June',
    'Assign a data engineer to the fraud team from Monday',
    'Decide on the steel supplier by 30 April',
    'Fund a six-month pilot in three branches',
  ])('does not fire on "%s"', (ask) => {
    expect(firedRules(withAsk(ask))).not.toContain('vague-ask');
  });
});
