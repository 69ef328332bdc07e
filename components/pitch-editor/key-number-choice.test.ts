import { describe, expect, test } from 'vitest';
import { slideText } from '@/lib/slide/slide-text';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import { keyNumberChoice } from './key-number-choice';

const outcome = ['Better data for 4 teams', 'Churn falls from 9% to 6% by June'];

/** The text the slide draws bold and in the accent colour (the key number). */
function emphasised(bullets: string[], keyNumber?: string): string[] {
  const { boxes } = slideText({ ...createBlankPitch(), outcome: bullets, keyNumber }, false);
  return boxes.outcome.paragraphs.flatMap((p) =>
    p.runs.filter((r) => r.emphasis).map((r) => r.text),
  );
}

describe('keyNumberChoice', () => {
  test('without a choice: every number in ranked order, the change first, Automatic selected', () => {
    expect(keyNumberChoice(outcome, undefined)).toEqual({
      options: ['9% to 6%', '4'],
      shown: '9% to 6%',
      automatic: '9% to 6%',
      selected: '',
      stale: undefined,
    });
  });

  test('a choice on the slide is selected and shown; the options keep their ranked order', () => {
    const choice = keyNumberChoice(outcome, '4');
    expect(choice).toMatchObject({
      options: ['9% to 6%', '4'],
      shown: '4',
      automatic: '9% to 6%',
      selected: '4',
      stale: undefined,
    });
  });

  test('a choice matches the option as written on the slide, whatever its case and spaces', () => {
    const choice = keyNumberChoice(['Save $2.1M a year'], ' $2.1m ');
    expect(choice).toMatchObject({ selected: '$2.1M', shown: '$2.1M', stale: undefined });
  });

  test('a choice no longer in the outcome is stale: Automatic is selected and the slide uses the pick', () => {
    expect(keyNumberChoice(outcome, '$2.1M')).toMatchObject({
      selected: '',
      shown: '9% to 6%',
      stale: '$2.1M',
    });
    expect(keyNumberChoice(['No numbers here'], '$2.1M')).toMatchObject({
      options: [],
      shown: undefined,
      stale: '$2.1M',
    });
  });

  test('an empty choice is no choice', () => {
    expect(keyNumberChoice(outcome, '')).toMatchObject({
      selected: '',
      stale: undefined,
      shown: '9% to 6%',
    });
    expect(keyNumberChoice(outcome, '   ')).toMatchObject({ selected: '', stale: undefined });
  });

  test('no number, no bullets: nothing to show', () => {
    expect(keyNumberChoice(['Happier customers', '  '], undefined)).toEqual({
      options: [],
      shown: undefined,
      automatic: undefined,
      selected: '',
      stale: undefined,
    });
    expect(keyNumberChoice(undefined, undefined).options).toEqual([]);
  });

  test('it names the number the slide emphasises, bullets cleaned as the slide cleans them', () => {
    const messy = ['', 'Better data\tfor 4 teams', ' Churn falls from 9% to 6%\nby June '];
    for (const stored of [undefined, '4', '9% to 6%', '$2.1M']) {
      expect([keyNumberChoice(messy, stored).shown]).toEqual(emphasised(messy, stored));
    }
  });
});
