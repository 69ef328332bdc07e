import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { createBlankPitch } from '../pitch/blank-pitch';
import { pitchChecklist } from './checklist';
import { draftPitch } from './draft-pitch';
import { DRAFT_STYLE_IDS } from './styles';

const claims = EXAMPLE_PITCHES[0]!.pitch;
const ticked = (text: string, pitch = claims) =>
  pitchChecklist(text, pitch)
    .filter((i) => i.done)
    .map((i) => i.id);

describe('pitchChecklist', () => {
  test('lists the five items in order with their labels', () => {
    expect(pitchChecklist('', claims).map((i) => [i.id, i.label])).toEqual([
      ['claim', 'Claim up front'],
      ['situation', 'Situation'],
      ['action', 'Action'],
      ['number', 'Number'],
      ['ask', 'Ask'],
    ]);
  });

  test('nothing is ticked for an empty pitch', () => {
    expect(ticked('')).toEqual([]);
  });

  test.each(
    EXAMPLE_PITCHES.flatMap((e) => DRAFT_STYLE_IDS.map((style) => [e.id, style, e.pitch] as const)),
  )('a %s draft in %s style ticks every item', (_id, style, pitch) => {
    expect(ticked(draftPitch(pitch, { style, targetSeconds: 30 }), pitch)).toEqual([
      'claim',
      'situation',
      'action',
      'number',
      'ask',
    ]);
  });

  test.each([
    // "a third" is the change of the outcome's "from 21 to 14 days", so the number is said too.
    [
      'the claim, said first',
      'Automating claims triage will cut settlement time by a third.',
      ['claim', 'number'],
    ],
    [
      'a situation point in other words',
      'Our adjusters spend 40% of the week sorting simple claims.',
      ['situation'],
    ],
    [
      'an action, as a commitment',
      'We will deploy rules-based triage for low-complexity claims in April.',
      ['action'],
    ],
    ['the key number said in words', 'We will save $1.2 million a year.', ['number']],
    [
      'the ask as a request',
      'I need your approval for $350,000 and two integration engineers.',
      ['ask'],
    ],
  ])('ticks %s', (_what, text, expected) => {
    expect(ticked(text)).toEqual(expected);
  });

  test('a claim buried at the end is not "up front"', () => {
    const text = `${'We have looked at this for a long time with the whole team and our brokers. '.repeat(3)}Automating claims triage will cut settlement time by a third.`;
    expect(ticked(text)).not.toContain('claim');
  });

  test('an ask without a request is not ticked, nor a request for something else', () => {
    expect(ticked('$350K and two integration engineers from March.')).not.toContain('ask');
    expect(ticked('Can you help me with the coffee machine?')).not.toContain('ask');
  });

  test('a topic headline looks for the key outcome up front instead', () => {
    const topic = { ...claims, headline: 'Claims Platform Update' };
    expect(ticked('Settlement time falls from 21 to 14 days by September.', topic)).toContain(
      'claim',
    );
  });

  test('a slide without numbers ticks "Number" for any number in the pitch', () => {
    const pitch = { ...createBlankPitch(), outcome: ['Brokers are happier'] };
    expect(ticked('We answer in 2 days.', pitch)).toContain('number');
  });
});
