import { isMonthMay, isStopWord } from '../language/stop-words';
import { tokenizeForCues } from './tokenize';

/** Tidies the gaps left by dropped words: no double spaces, no space before punctuation. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\u00A0]+/g, ' ')
        .replace(/ ([,.;:!?…)\]}”’»])/g, '$1')
        .replace(/([(\[{“‘«]) /g, '$1')
        .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
        .replace(/(^|[.!?]\s)\s*[,;:]\s*/g, '$1')
        .trim(),
    )
    .join('\n');
}

/**
 * The "keywords" cue: the content words (nouns, verbs, adjectives, numbers, negations) with the
 * English function words dropped, punctuation kept so sentences still show:
 * "Our claims take 21 days, six days slower than the market." →
 * "claims take 21 days, six days slower market.". Deterministic: a fixed stop-word list, no
 * tagger. Text in other languages passes through whole.
 */
export function toKeywords(text: string): string {
  const tokens = tokenizeForCues(text);
  const kept = tokens.map((token, i) => {
    if (token.kind !== 'word' || !isStopWord(token.text)) return token.text;
    const before = tokens
      .slice(Math.max(0, i - 3), i)
      .map((t) => t.text)
      .join('');
    const after = tokens
      .slice(i + 1, i + 3)
      .map((t) => t.text)
      .join('');
    return isMonthMay(token.text, before, after) ? token.text : '';
  });
  return tidy(kept.join(''));
}
