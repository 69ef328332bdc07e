import { describe, expect, test } from 'vitest';
import type { PitchFile } from '../pitch/schema';
import { keyNumber } from '../language/key-number';
import { analyzePitch } from './index';
import { cleanCouncilPitch } from '@/test-support/council-pitch';

/** The misfires a new user reported on real prose (issue #12), each held fixed. */
const rulesOn = (pitch: PitchFile, field?: string) =>
  analyzePitch(pitch)
    .findings.filter((f) => field === undefined || f.field === field)
    .map((f) => f.rule);
const withBullet = (text: string): PitchFile => ({ ...cleanCouncilPitch(), action: [text] });

describe('misfires reported on real business prose', () => {
  test('"Data platform migration: where we stand" is a topic, not a claim', () => {
    expect(
      rulesOn(
        { ...cleanCouncilPitch(), headline: 'Data platform migration: where we stand' },
        'headline',
      ),
    ).toContain('headline-not-claim');
  });

  test('"Leverage rises to 3.5x after the acquisition" is finance, not jargon; "leverage our data" is jargon', () => {
    expect(
      rulesOn(withBullet('Leverage rises to 3.5x after the acquisition'), 'action[0]'),
    ).not.toContain('jargon');
    expect(rulesOn(withBullet('Leverage our data to cut churn by June'), 'action[0]')).toContain(
      'jargon',
    );
  });

  test('"Three drivers got reassigned" is passive', () => {
    expect(
      rulesOn(withBullet('Three drivers got reassigned to the night routes'), 'action[0]'),
    ).toContain('passive-voice');
  });

  test('"a sixth of orders" carries the outcome "from a third of orders to a sixth"', () => {
    const pitch: PitchFile = {
      ...cleanCouncilPitch(),
      outcome: ['Late deliveries fall from a third of orders to a sixth by June'],
      pitch: {
        text: 'By June only a sixth of orders arrive late. I need your approval for £220K by March.',
        targetSeconds: 30,
      },
    };
    expect(rulesOn(pitch, 'pitch')).not.toContain('pitch-missing-metric');
  });

  test('"Better data for 4 teams" is not the key number while the outcome has a change', () => {
    expect(
      keyNumber({ outcome: ['Better data for 4 teams', 'Churn falls from 9% to 6% by June'] })
        ?.text,
    ).toBe('9% to 6%');
  });

  test('hard-to-read never says "grade 12 … aim for grade 12 or below"', () => {
    const messages = analyzePitch(
      withBullet(
        'Comprehensive interdepartmental reconfiguration necessitates organisational transformation of procurement methodologies.',
      ),
    )
      .findings.filter((f) => f.rule === 'hard-to-read')
      .map((f) => f.message);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(/grade 1[3-9]|grade [2-9]\d/u);
    expect(messages[0]).not.toMatch(/aim for grade 12/u);
  });

  test.each([
    'utilize',
    'robust',
    'holistic',
    'end-to-end',
    'Going forward,',
    'proactive',
    'stakeholder alignment',
  ])('"%s" is jargon', (word) => {
    const text =
      word === 'Going forward,'
        ? 'Going forward, we will publish the data monthly'
        : `We need a ${word} approach to supplier data by June`;
    expect(rulesOn(withBullet(text), 'action[0]')).toContain('jargon');
  });

  test('"it is hoped that" is a hedge', () => {
    expect(
      rulesOn(withBullet('It is hoped that the Belfast upgrade finishes by Easter'), 'action[0]'),
    ).toContain('hedging');
  });

  test('KYC, AML, CDD and PEP in one bullet is acronym soup; spelled out or marked known, it is not', () => {
    const soup = 'Automate KYC, AML, CDD and PEP checks for new accounts by May';
    expect(rulesOn(withBullet(soup), 'action[0]')).toContain('acronyms');
    expect(
      rulesOn({ ...withBullet(soup), knownAcronyms: ['KYC', 'AML'] }, 'action[0]'),
    ).not.toContain('acronyms');
    expect(
      rulesOn(
        withBullet(
          'Automate Know Your Customer (KYC), anti-money laundering (AML), CDD and PEP checks by May',
        ),
        'action[0]',
      ),
    ).not.toContain('acronyms');
  });

  test('a pitch that says 30%, $1M and five engineers against 25%, $800K and three is told it contradicts the slide, figure by figure', () => {
    const pitch: PitchFile = {
      ...cleanCouncilPitch(),
      outcome: ['Missed collections fall by 25% by December'],
      ask: 'Approve $800K and three engineers from March',
      pitch: {
        text: 'Missed collections fall by 30% by December. I need $1M and five engineers from March to do it.',
        targetSeconds: 30,
      },
    };
    const contradictions = analyzePitch(pitch).findings.filter(
      (f) => f.rule === 'pitch-contradicts-slide',
    );
    expect(contradictions.map((f) => pitch.pitch!.text!.slice(f.start, f.end))).toEqual([
      '30%',
      '$1M',
      'five',
    ]);
  });

  test('no elevator pitch: pitch readiness 0, overall below 100, never executive-ready', () => {
    const { pitchReadiness, readiness, slideReadiness } = analyzePitch({
      ...cleanCouncilPitch(),
      pitch: undefined,
    });
    expect(slideReadiness).toBe(100);
    expect(pitchReadiness).toBe(0);
    expect(readiness).toBeLessThan(100);
  });
});
