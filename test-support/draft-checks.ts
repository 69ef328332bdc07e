import nlp from 'compromise';
import { ACTION_VERBS } from '@/lib/drafter/action-verbs';
import { mentionsQuantity } from '@/lib/language/mentions-quantity';
import { findQuantities } from '@/lib/language/quantities';
import { splitSentences } from '@/lib/language/sentences';
import { findDatePoints } from '@/lib/language/timeframes';
import type { PitchFile } from '@/lib/pitch/schema';
import { slideFieldTexts } from '@/lib/pitch/slide-fields';

/**
 * Checks a reader would make of a drafted pitch, written apart from the drafter's own reading of
 * the fields (compromise and plain patterns), for the corpus test and the bench.
 */

const FINITE =
  /\b(?:am|is|are|was|were|will|would|can|could|should|must|shall|may|might|has|have|had|does|do|did|rose|fell|grew|spent|lost|took|paid|cost|costs|fall|falls|rise|rises|drop|drops|grow|grows|stay|stays|reach|reaches|mean|means|need|needs|face|expect|keep|keeps|get|gets|take|takes|spend|spends|wait|waits|walk|walks|fine|fines|charge|charges)\b/iu;
const QUESTION_OPENING = /^(?:can|could|will|would|shall|should|do|does|is|are|may)\b/iu;

const slideFields = (pitch: PitchFile): string[] => slideFieldTexts(pitch).filter((f) => f.trim() !== '');

/** Sentences with no finite verb ("Annual saving of $1.2M."), or that give the listener an order ("Fit 4,000 sensors."). */
export function ungrammaticalSentences(draft: string): string[] {
  return splitSentences(draft).filter((sentence) => {
    if (QUESTION_OPENING.test(sentence)) return false;
    const hasVerb = FINITE.test(sentence) || nlp(sentence).has('#PresentTense') || nlp(sentence).has('#PastTense');
    if (!hasVerb) return true;
    // Each part after a lead-in ("The result: …", "Right now, …") must not open on a bare verb.
    return sentence.split(/:\s+|,\s+/u).some(givesAnOrder);
  });
}

/** "Switch all invoices…", "Fit 4,000 sensors…", "Avoid the fine…": a bare verb and its object. */
function givesAnOrder(part: string): boolean {
  const [first = '', second = ''] = part.split(/\s+/u);
  const verb = ACTION_VERBS.has(first.toLowerCase()) || nlp(part).match('^#Imperative').found;
  if (!verb || /^(?:We|I|You|If|As|Now|Here|Right)$/u.test(first)) return false;
  return /^(?:the|a|an|all|every|each|our|your|their|this|these|those|more|new|\d\S*|[$€£]\S*)$/iu.test(second) || nlp(second).has('#Adjective');
}

function isCommonWord(word: string, slideText: string): boolean {
  const lower = word.toLowerCase();
  if (new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(slideText)) return true;
  const tags = (nlp(lower).json()[0] as { terms: Array<{ tags: string[] }> } | undefined)?.terms[0]?.tags ?? [];
  if (tags.some((t) => ['ProperNoun', 'Place', 'Organization', 'Person'].includes(t))) return false;
  return tags.some((t) => !['Noun', 'Singular'].includes(t));
}

/** Capitalised words a field opened with that the draft says mid-sentence ("asking for Your support"). */
export function midSentenceCapitals(draft: string, pitch: PitchFile): string[] {
  const slideText = slideFields(pitch).join('\n');
  const openers = new Set(
    slideFields(pitch)
      .map((f) => /^\s*([\p{Lu}][\p{Ll}'’-]+)\b/u.exec(f)?.[1])
      .filter((w): w is string => w !== undefined && isCommonWord(w, slideText)),
  );
  const found: string[] = [];
  for (const word of openers) {
    const mid = new RegExp(`[\\p{Ll},;:]\\s+${word}(?![\\p{L}])`, 'u');
    if (mid.test(draft)) found.push(word);
  }
  return found;
}

/** Amounts and dates of the ask that the draft does not carry as the slide writes them. */
export function missingAskFacts(draft: string, pitch: PitchFile): string[] {
  const ask = pitch.ask ?? '';
  const amounts = findQuantities(ask).map((q) => q.text).filter((q) => !draft.includes(q));
  const dates = findDatePoints(ask).filter((d) => !findDatePoints(draft).some((p) => p.key === d.key)).map((d) => d.text);
  return [...amounts, ...dates];
}

/** Amounts and dates the draft states that nowhere on the slide states. */
export function inventedFacts(draft: string, pitch: PitchFile): string[] {
  const slideText = slideFields(pitch).join('\n');
  const slideDates = new Set(findDatePoints(slideText).map((d) => d.key));
  const amounts = findQuantities(draft).map((q) => q.text).filter((q) => !mentionsQuantity(slideText, q));
  const dates = findDatePoints(draft).filter((d) => !slideDates.has(d.key)).map((d) => d.text);
  return [...amounts, ...dates];
}
