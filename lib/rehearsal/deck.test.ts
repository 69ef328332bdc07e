import { describe, expect, test } from 'vitest';
import { buildFlashcards } from './deck';
import { rehearsalScript } from './pitch-script';
import { CLAIMS_PITCH } from '@/test-support/claims-pitch';

const deckOf = (pitch = CLAIMS_PITCH) => buildFlashcards(pitch, rehearsalScript(pitch).text);

describe('buildFlashcards', () => {
  test('has a card for every part of the slide, the key numbers and the pitch, in learning order', () => {
    expect(deckOf().map((c) => c.kind)).toEqual([
      'headline',
      'situation',
      'action',
      'outcome',
      'key-number',
      'key-number',
      'key-number',
      'ask',
      'value-proposition',
      'pitch-opening',
      'pitch-next',
      'pitch-next',
      'pitch-next',
      'pitch-next',
    ]);
  });

  test('a section card asks for the number of points and answers with the bullets', () => {
    const situation = deckOf().find((c) => c.kind === 'situation');
    expect(situation?.front).toBe('Situation — 3 points');
    expect(situation?.back).toEqual(CLAIMS_PITCH.situation);
  });

  test('key number cards blank the number out of its outcome bullet, the key number (the change) first', () => {
    const numbers = deckOf().filter((c) => c.kind === 'key-number');
    expect(numbers.map((c) => c.back[0])).toEqual(['21 to 14 days', '$1.2M', '25%']);
    expect(numbers[0]?.front).toBe(
      'What is the key number? Settlement time falls from _____ by September',
    );
  });

  test('pitch cards chain each sentence to the next', () => {
    const pitch = deckOf().filter((c) => c.kind.startsWith('pitch'));
    expect(pitch[0]?.back).toEqual([
      'Our motor claims take 21 days to settle, six days slower than the market.',
    ]);
    expect(pitch[1]?.front).toBe(pitch[0]?.back[0]);
    expect(pitch[3]?.front).toBe(
      'We will deploy rules-based triage in April, e.g. for low-complexity claims.',
    );
    expect(pitch[3]?.back).toEqual(['We save $1.2M a year from year two.']);
    expect(pitch.map((c) => c.label)).toEqual([
      'Pitch 1 of 5',
      'Pitch 2 of 5',
      'Pitch 3 of 5',
      'Pitch 4 of 5',
      'Pitch 5 of 5',
    ]);
  });

  test('the same pitch always gives the same keys, and keys are unique', () => {
    const keys = deckOf().map((c) => c.key);
    expect(deckOf().map((c) => c.key)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{16}$/);
  });

  test('editing one pitch sentence changes only the two cards that carry it', () => {
    const before = deckOf();
    const text = CLAIMS_PITCH.pitch?.text?.replace('40% of their week', 'half their week') ?? '';
    const after = deckOf({ ...CLAIMS_PITCH, pitch: { ...CLAIMS_PITCH.pitch, text } });
    const beforeKeys = new Set(before.map((c) => c.key));
    const changed = after.filter((c) => !beforeKeys.has(c.key));
    expect(changed.map((c) => c.label)).toEqual(['Pitch 2 of 5', 'Pitch 3 of 5']);
    expect(after).toHaveLength(before.length);
  });

  test('editing a bullet changes only its section card (and a key number it carries)', () => {
    const before = new Set(deckOf().map((c) => c.key));
    const action = [
      'Deploy rules-based triage for all motor claims in April',
      ...CLAIMS_PITCH.action.slice(1),
    ];
    const changed = deckOf({ ...CLAIMS_PITCH, action }).filter((c) => !before.has(c.key));
    expect(changed.map((c) => c.kind)).toEqual(['action']);
  });

  test('a draft with empty fields gives no empty cards', () => {
    const draft = {
      ...CLAIMS_PITCH,
      headline: ' ',
      situation: [],
      action: [''],
      ask: '',
      valueProposition: undefined,
      pitch: undefined,
    };
    const kinds = buildFlashcards(draft, '').map((c) => c.kind);
    expect(kinds).toEqual(['outcome', 'key-number', 'key-number', 'key-number']);
  });

  test('without an elevator pitch a drafted pitch is rehearsed, carrying the ask', () => {
    const script = rehearsalScript({ ...CLAIMS_PITCH, pitch: { text: '  ', targetSeconds: 45 } });
    expect(script.source).toBe('draft');
    expect(script.text).toMatch(/^Automating claims triage.*I need your approval for \$350K and two integration engineers from March\./s);
  });

  test('with nothing to draft the slide is read aloud', () => {
    const script = rehearsalScript({ ...CLAIMS_PITCH, pitch: undefined }, () => '');
    expect(script.source).toBe('slide');
    expect(script.text.startsWith(`${CLAIMS_PITCH.headline}. Motor claims take 21 days`)).toBe(
      true,
    );
  });
});
