import { describe, expect, test } from 'vitest';
import { analyzePitch } from '../advice';
import { buildCardContent } from '../card/card-content';
import { pitchChecklist } from '../drafter/checklist';
import { isTopicLabel } from '../drafter/slide-parts';
import type { PitchFile } from '../pitch/schema';
import { buildFlashcards } from '../rehearsal/deck';
import { slideText } from '../slide/slide-text';
import { CORPUS_PITCHES, CORPUS_SENTENCES } from './corpus';
import { keyNumber } from './key-number';

const pitches: PitchFile[] = CORPUS_PITCHES.map((c) => ({
  format: 'one-slide-pitch',
  version: 2,
  ...c.pitch,
}));
const withSpeech = pitches.filter((p) => (p.pitch?.text ?? '').trim() !== '');
const rules = (p: PitchFile) => new Set(analyzePitch(p).findings.map((f) => f.rule));

/** Two parts of one screen must never judge the same text differently (issue #12). */
describe('the checklist beside the pitch and the advice agree on every corpus pitch', () => {
  test('"Ask ✓" never sits beside "the pitch never makes the ask"', () => {
    const clashes = withSpeech.filter((p) => {
      const ask = pitchChecklist(p.pitch!.text!, p).find((i) => i.id === 'ask')!;
      return ask.done && rules(p).has('pitch-missing-ask');
    });
    expect(clashes.map((p) => p.headline)).toEqual([]);
  });

  test('"Number ✓" exactly when the advice finds an outcome number in the pitch', () => {
    const clashes = withSpeech.filter((p) => {
      const number = pitchChecklist(p.pitch!.text!, p).find((i) => i.id === 'number')!;
      return number.done === rules(p).has('pitch-missing-metric');
    });
    expect(clashes.map((p) => p.headline)).toEqual([]);
  });

  test('the drafter treats a headline as a topic label exactly when the advice says it makes no claim', () => {
    const headlines = [
      ...pitches.map((p) => p.headline),
      ...CORPUS_SENTENCES.filter((s) => s.field === 'headline').map((s) => s.text),
    ].filter((h) => h.trim());
    const clashes = headlines.filter((headline) => {
      const advice = analyzePitch({
        format: 'one-slide-pitch',
        version: 2,
        headline,
        situation: [],
        action: [],
        outcome: [],
      });
      return (
        isTopicLabel(headline) !== advice.findings.some((f) => f.rule === 'headline-not-claim')
      );
    });
    expect(clashes).toEqual([]);
  });
});

describe("one key number everywhere: the slide, the card and rehearsal show the selector's pick", () => {
  test.each(pitches.filter((p) => keyNumber(p)).map((p) => [p.headline, p] as const))(
    '%s',
    (_headline, pitch) => {
      const key = keyNumber(pitch)!.text;
      const emphasised = slideText(pitch, false)
        .boxes.outcome.paragraphs.flatMap((p) => p.runs)
        .find((r) => r.emphasis)?.text;
      expect(emphasised).toBe(key);
      expect(buildCardContent(pitch, 'full').front.keyNumbers[0]).toBe(key);
      expect(buildFlashcards(pitch, '').find((c) => c.kind === 'key-number')?.back[0]).toBe(key);
    },
  );
});
