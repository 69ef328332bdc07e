import { describe, expect, test } from 'vitest';
import { assemblePitchFromSlide, buildCardContent } from './card-content';
import { cardTestPitch } from '@/test-support/card-pdf';

describe('buildCardContent', () => {
  const content = buildCardContent(cardTestPitch(), 'first-letters');

  test('the front carries the headline, cue words per section, key numbers and the ask', () => {
    expect(content.front.headline).toBe(
      'Automating claims triage will cut settlement time by a third before Q3 renewals',
    );
    expect(content.front.sections.map((s) => s.label)).toEqual(['Situation', 'Action', 'Outcome']);
    for (const section of content.front.sections) {
      expect(section.cues.length).toBeGreaterThanOrEqual(2);
      expect(section.cues.length).toBeLessThanOrEqual(4);
    }
    expect(content.front.keyNumbers).toEqual(['21 to 14 days', '$1.2M']);
    expect(content.front.ask).toBe('Approve $350K and two integration engineers from March');
  });

  test('the back carries the pitch at the cue level', () => {
    expect(content.back.label).toBe('Pitch · first letters');
    expect(content.back.text).toBe('O c t 21 d, s d s t t m. I n $350K t f i.');
    expect(content.back.assembledFromSlide).toBe(false);
  });

  test('keeps paragraph breaks of the pitch and folds other whitespace', () => {
    const back = buildCardContent(
      cardTestPitch({ pitch: { text: 'One  two\n\n  three\tfour ' } }),
      'full',
    ).back;
    expect(back.text).toBe('One two\nthree four');
  });

  test('assembles the back from the slide when the pitch is empty', () => {
    const back = buildCardContent(cardTestPitch({ pitch: { text: '  ' } }), 'full').back;
    expect(back.assembledFromSlide).toBe(true);
    expect(back.text).toBe(assemblePitchFromSlide(cardTestPitch()));
  });
});

describe('assemblePitchFromSlide', () => {
  test('one sentence per part, ending with the ask', () => {
    const text = assemblePitchFromSlide(
      cardTestPitch({
        headline: 'We cut waste',
        situation: ['Waste is 9%.'],
        action: ['Sort bins'],
        outcome: ['Waste halves?'],
        ask: 'Fund two bins',
      }),
    );
    expect(text).toBe(
      'We cut waste. Waste is 9%. Sort bins. Waste halves? I am asking you to fund two bins.',
    );
  });

  test('skips empty parts', () => {
    expect(
      assemblePitchFromSlide(
        cardTestPitch({ headline: '', situation: [''], action: [], outcome: [], ask: '' }),
      ),
    ).toBe('');
  });
});
