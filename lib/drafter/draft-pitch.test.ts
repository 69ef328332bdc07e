import { describe, expect, test } from 'vitest';
import { analyzePitch } from '../advice';
import { createBlankPitch } from '../pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { keyNumbers } from '../language/key-number';
import { findQuantities } from '../language/quantities';
import type { PitchFile } from '../pitch/schema';
import { estimateSpokenSeconds } from '../pitch/spoken-time';
import { loadFixtureTexts } from '@/test-support/pitch-fixtures';
import { draftPitch, draftPitchResult } from './draft-pitch';
import { LENS_IDS } from './lenses';
import { mentionsQuantity } from '../language/mentions-quantity';
import { DRAFT_STYLE_IDS } from './styles';
import { wordCoverage, contentStems } from '../language/word-overlap';

const slides: Array<[string, PitchFile]> = [
  ...loadFixtureTexts().map((f): [string, PitchFile] => [f.name, JSON.parse(f.text) as PitchFile]),
  ...EXAMPLE_PITCHES.map((e): [string, PitchFile] => [`example ${e.id}`, e.pitch]),
];
const cases = slides.flatMap(([name, pitch]) =>
  DRAFT_STYLE_IDS.flatMap((style) =>
    [30, 60].map((seconds) => [name, style, seconds, pitch] as const),
  ),
);

/** The number the headline promises, or the outcome's key number when the headline has none. */
function headlineNumber(pitch: PitchFile): string | undefined {
  return findQuantities(pitch.headline)[0]?.text ?? keyNumbers(pitch)[0];
}

describe.each(cases)('%s, %s, %i s', (_name, style, targetSeconds, pitch) => {
  const draft = draftPitch(pitch, { style, targetSeconds });
  const withDraft: PitchFile = {
    ...pitch,
    pitch: { text: draft, targetSeconds: targetSeconds as 30 | 60 },
  };
  const pitchFindings = analyzePitch(withDraft).findings.filter((f) => f.field === 'pitch');

  test('takes at most 110% of the target at 140 wpm', () => {
    expect(estimateSpokenSeconds(draft, 140)).toBeLessThanOrEqual(targetSeconds * 1.1);
  });

  test("holds the headline's key number", () => {
    const number = headlineNumber(pitch);
    if (number) expect(mentionsQuantity(draft, number), `"${number}" in: ${draft}`).toBe(true);
    expect(pitchFindings.map((f) => f.rule)).not.toContain('pitch-missing-metric');
  });

  test('makes the ask, or closes with a question when the slide has none', () => {
    const ask = pitch.ask?.trim() ?? '';
    if (ask) {
      expect(wordCoverage(ask, contentStems(draft))).toBeGreaterThanOrEqual(0.5);
      for (const q of findQuantities(ask)) expect(mentionsQuantity(draft, q.text)).toBe(true);
      expect(pitchFindings.map((f) => f.rule)).not.toContain('pitch-missing-ask');
    } else {
      expect(draft).toMatch(/\?$/u);
    }
  });

  test('has no filler or hedge words', () => {
    expect(pitchFindings.filter((f) => f.rule === 'filler-words' || f.rule === 'hedging')).toEqual(
      [],
    );
  });
});

describe('draftPitch', () => {
  const claims = EXAMPLE_PITCHES[0]!.pitch;

  test('is deterministic: the same slide gives the same draft', () => {
    for (const style of DRAFT_STYLE_IDS) {
      const first = draftPitch(claims, { style, targetSeconds: 45 });
      expect(draftPitch(structuredClone(claims), { style, targetSeconds: 45 })).toBe(first);
    }
  });

  test('the styles give different drafts', () => {
    const drafts = new Set(
      DRAFT_STYLE_IDS.map((style) => draftPitch(claims, { style, targetSeconds: 60 })),
    );
    expect(drafts.size).toBe(DRAFT_STYLE_IDS.length);
  });

  test('bottom line first opens with the headline and turns actions into commitments', () => {
    const draft = draftPitch(claims, { style: 'bottom-line-first', targetSeconds: 60 });
    expect(draft.startsWith('Automating claims triage will cut settlement time by a third')).toBe(
      true,
    );
    expect(draft).toContain('We will deploy rules-based triage');
    expect(draft).toContain(
      'I need your approval for $350K and two integration engineers from March.',
    );
    expect(draft).toMatch(/\?$/u);
  });

  test('a longer target carries more of the slide', () => {
    const words = [30, 45, 60].map(
      (t) => draftPitch(claims, { style: 'bottom-line-first', targetSeconds: t }).split(' ').length,
    );
    expect(words[0]).toBeLessThan(words[1]!);
    expect(words[1]).toBeLessThan(words[2]!);
  });

  test('a faster speaker gets more words into the same target', () => {
    const slow = draftPitch(claims, { style: 'story', targetSeconds: 30, wordsPerMinute: 120 });
    const fast = draftPitch(claims, { style: 'story', targetSeconds: 30, wordsPerMinute: 180 });
    expect(estimateSpokenSeconds(slow, 120)).toBeLessThanOrEqual(33);
    expect(fast.length).toBeGreaterThan(slow.length);
  });

  test('a thin slide gives a short draft, not padding', () => {
    const thin = thinSlide();
    const draft = draftPitch(thin, { style: 'bottom-line-first', targetSeconds: 90 });
    expect(estimateSpokenSeconds(draft)).toBeLessThan(30);
    expect(draft).toContain('We will launch self-service refunds in the app.');
  });

  test('an empty slide gives an empty draft', () => {
    expect(draftPitch(createBlankPitch(), { style: 'story', targetSeconds: 60 })).toBe('');
  });

  test('hedges on the slide do not reach the draft', () => {
    const hedged: PitchFile = {
      ...claims,
      action: ['We might try to deploy triage in April, hopefully'],
    };
    const draft = draftPitch(hedged, { style: 'bottom-line-first', targetSeconds: 60 });
    expect(draft).toContain('We will deploy triage in April.');
  });
});

describe('drafts a person would say (issue cases)', () => {
  const leaks: PitchFile = {
    ...createBlankPitch(),
    headline: 'Acoustic leak detection will avoid a £6.5M Ofwat penalty this year',
    situation: ['We lose 180 megalitres a day to leaks'],
    action: ['Fit 4,000 acoustic sensors across the worst 40 districts', 'Train 30 field crews to fix leaks within 48 hours'],
    outcome: ['Avoid the £6.5M penalty by March', 'Cut leakage by 20% within a year'],
    ask: 'Approve £2.4M capital at the 14 May board',
    valueProposition: 'Customers see fewer bursts and we keep our £6.5M.',
    trace: { objective: '', initiative: '', program: '', project: '', if: '', then: '', else: 'we pay the £6.5M penalty' },
  };

  test('a vague ask becomes a plain request, not a broken frame', () => {
    const vague = { ...leaks, ask: 'Your continued support going forward would be appreciated' };
    const draft = draftPitch(vague, { style: 'problem-first', targetSeconds: 30 });
    expect(draft).toContain('I am asking for your continued support.');
    expect(draft).not.toMatch(/asking for Your|would be appreciated/u);
  });

  test('the ask keeps its amount and board date as written, and the close invents no deadline', () => {
    for (const style of DRAFT_STYLE_IDS) {
      const draft = draftPitch(leaks, { style, targetSeconds: 45 });
      expect(draft).toContain('I need your approval for £2.4M capital at the 14 May board.');
      expect(draft).not.toMatch(/\btoday\b/iu);
    }
  });

  test('every instruction on the slide becomes what we will do; none is an order to the listener', () => {
    const draft = draftPitch(leaks, { style: 'story', targetSeconds: 90 });
    expect(draft).toContain('We will fit 4,000 acoustic sensors');
    expect(draft).toContain('We will also train 30 field crews');
    expect(draft).toContain('we will avoid the £6.5 million penalty by March.');
    expect(draft).not.toMatch(/(?:^|[.:] )(?:Fit|Train|Avoid|Cut) /u);
  });

  test('the key number is said at most twice, even at 90 s', () => {
    for (const style of DRAFT_STYLE_IDS) {
      const draft = draftPitch(leaks, { style, targetSeconds: 90 });
      expect(draft.match(/£6\.5(?:M| million)/gu)?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });

  test('each lens leads differently from the same slide', () => {
    const openings = LENS_IDS.map((lens) => draftPitch(claims60(), { style: 'bottom-line-first', targetSeconds: 60, lens }).split('. ')[0]);
    expect(openings).toEqual([
      'Automating claims triage will cut settlement time by a third before Q3 renewals',
      'The money first: we will make an annual saving of $1.2 million from year two',
      'On delivery, we will deploy rules-based triage for low-complexity motor claims in April',
      'This work serves our objective: to retain our top 20 brokers',
      'I will start with my ask: I need your approval for $350K and two integration engineers from March',
    ]);
  });

  test('the CFO lens says "the money first" only before an amount', () => {
    const noMoney: PitchFile = {
      ...claims60(),
      outcome: ['Brokers are happier with our service', 'Adjusters focus on the claims that matter'],
      trace: { ...claims60().trace, else: 'If nothing changes, broker churn risk stays at 12%' },
      ask: 'We need your support',
    };
    const draft = draftPitch(noMoney, { style: 'bottom-line-first', targetSeconds: 60, lens: 'cfo' });
    expect(draft).not.toMatch(/money first/iu);
    expect(draft.split('. ')[0]).toBe('The result first: brokers are happier with our service');
  });

  test('an Else line that says its own condition is not given a second one', () => {
    const theatres: PitchFile = {
      ...createBlankPitch(),
      headline: 'Central theatre scheduling will add 1,200 operations a year without new theatres',
      situation: ['Theatres sit idle 22% of booked time', 'Late cancellations cost us £1.8M last year'],
      action: ['Move all theatre bookings to one central team by July'],
      outcome: ['Idle time falls from 22% to 12% by March', '1,200 more operations a year'],
      ask: 'Approve £420K for the scheduling team and software at the 3 June board',
      trace: { else: 'If we do nothing, the waiting list passes 14,000 by winter' },
    };
    for (const style of DRAFT_STYLE_IDS) {
      for (const lens of LENS_IDS) {
        const draft = draftPitch(theatres, { style, targetSeconds: 60, lens });
        expect(draft, `${style} ${lens}`).toContain('If we do nothing, the waiting list passes 14,000 by winter.');
        expect(draft, `${style} ${lens}`).not.toMatch(/(?:If nothing changes|If we wait)[,:] if\b/iu);
      }
    }
  });

  test('a slide too thin for the target uses all of it and says what to add', () => {
    const thin = thinSlide();
    const result = draftPitchResult(thin, { style: 'bottom-line-first', targetSeconds: 90 });
    expect(result.fill).toBe('Add an outcome to fill 90 s.');
    expect(result.text).toBe(draftPitch(thin, { style: 'bottom-line-first', targetSeconds: 600 }));
    expect(draftPitchResult(claims60(), { style: 'bottom-line-first', targetSeconds: 60 }).fill).toBeUndefined();
  });
});

/** A slide with one point per section: too little to fill 90 s. */
function thinSlide(): PitchFile {
  return {
    ...createBlankPitch(),
    headline: 'Self-service refunds will cut support calls by 20%',
    situation: ['Refund calls fill a third of our support queue'],
    action: ['Launch self-service refunds in the app'],
    outcome: ['Support calls fall 20% by June'],
    ask: 'Approve two developers for eight weeks',
  };
}

function claims60(): PitchFile {
  return EXAMPLE_PITCHES[0]!.pitch;
}
