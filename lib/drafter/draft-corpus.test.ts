import { describe, expect, test } from 'vitest';
import { drafterCorpus } from '@/test-support/drafter-corpus';
import { inventedFacts, midSentenceCapitals, missingAskFacts, ungrammaticalSentences } from '@/test-support/draft-checks';
import { keyNumber } from '../language/key-number';
import { countWords } from '../pitch/spoken-time';
import { countMentions } from './count-mentions';
import { draftPitch, wordBudget } from './draft-pitch';
import { LENS_IDS } from './lenses';
import { DRAFT_STYLE_IDS } from './styles';

const corpus = drafterCorpus();
const TARGETS = [30, 45, 60, 90] as const;

test('the corpus holds at least 30 slides', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(30);
});

describe.each(corpus)('%s, drafted in every style × target × lens', (_name, pitch) => {
  const drafts = DRAFT_STYLE_IDS.flatMap((style) =>
    LENS_IDS.flatMap((lens) =>
      TARGETS.map((targetSeconds) => ({
        label: `${style}/${lens}/${targetSeconds}s`,
        targetSeconds,
        text: draftPitch(pitch, { style, lens, targetSeconds }),
        // Everything the slide has, in full: what the target draft has to work with.
        whole: draftPitch(pitch, { style, lens, targetSeconds: 600 }),
      })),
    ),
  );
  const report = (check: (text: string) => string[]) =>
    drafts.flatMap((d) => check(d.text).map((problem) => `${d.label}: ${problem}  ⟵ ${d.text}`));

  test('every sentence has a subject and a finite verb', () => {
    expect(report(ungrammaticalSentences)).toEqual([]);
  });

  test('no word keeps the capital it had at the start of a field mid-sentence', () => {
    expect(report((text) => midSentenceCapitals(text, pitch))).toEqual([]);
  });

  test("the ask's amounts and dates are said as the slide writes them, and nothing the slide lacks", () => {
    expect(report((text) => missingAskFacts(text, pitch))).toEqual([]);
    expect(report((text) => inventedFacts(text, pitch))).toEqual([]);
  });

  test('the key number is said at most twice', () => {
    const key = keyNumber(pitch)?.text;
    if (!key) return;
    expect(report((text) => (countMentions(text, key) > 2 ? [`"${key}" ${countMentions(text, key)} times`] : []))).toEqual([]);
  });

  test('within ±10% of the target where the slide allows it, else all of the slide', () => {
    const problems = drafts.flatMap((d) => {
      const budget = wordBudget(d.targetSeconds);
      const words = countWords(d.text);
      if (countWords(d.whole) >= budget * 0.9) {
        return words >= budget * 0.9 && words <= budget * 1.1 ? [] : [`${d.label}: ${words} words for ${budget}`];
      }
      return d.text === d.whole ? [] : [`${d.label}: leaves out part of a slide too thin for the target`];
    });
    expect(problems).toEqual([]);
  });
});
