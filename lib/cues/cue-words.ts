import { isStopWord } from '../language/stop-words';
import { tokenizeForCues, type CueToken } from './tokenize';

/** Content words too common to remind anyone of anything. */
const WEAK_WORDS = new Set(
  'make makes made get gets got take takes took use uses used need needs want wants new more less most way ways thing things lot lots able'.split(
    ' ',
  ),
);

type Candidate = { text: string; key: string; score: number };

/** Crude stem so "settle" and "settlement" or "claim" and "claims" count as one cue. */
function stemKey(lower: string): string {
  return lower.length > 5 ? lower.slice(0, 5) : lower.replace(/s$/, '');
}

function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

/** Keeps proper nouns and acronyms as written; a sentence-initial capital is lowered. */
function displayForm(word: string, sentenceStart: boolean): string {
  if (/\p{Lu}.*\p{Lu}/u.test(word)) return word;
  return sentenceStart ? word.toLocaleLowerCase() : word;
}

function candidatesOf(bullet: string): Candidate[] {
  const tokens: CueToken[] = tokenizeForCues(bullet);
  const found: Candidate[] = [];
  let sentenceStart = true;
  for (const token of tokens) {
    if (token.kind === 'other') {
      if (/[.!?:]/.test(token.text)) sentenceStart = true;
      continue;
    }
    const atStart = sentenceStart;
    sentenceStart = false;
    if (token.kind === 'number') continue;
    if (token.kind === 'word') {
      const letters = letterCount(token.text);
      const lower = token.text.toLocaleLowerCase();
      if (letters < 3 || isStopWord(token.text) || WEAK_WORDS.has(lower)) continue;
      const properNoun = !atStart && /^\p{Lu}/u.test(token.text);
      // Longer words are rarer and so more telling; the first content word often names the topic.
      const score = Math.min(letters, 8) + (found.length === 0 ? 3 : 0) + (properNoun ? 3 : 0);
      found.push({ text: displayForm(token.text, atStart), key: stemKey(lower), score });
    } else {
      found.push({
        text: token.text,
        key: token.text,
        score: 2 * Array.from(token.text).length + 4,
      });
    }
  }
  return found.sort((a, b) => b.score - a.score);
}

/**
 * Two to `max` (default 4) cue words for a card section: the most telling content word of each
 * bullet in turn, then the next best, without repeats. Numbers are left to the key-numbers line.
 * Returns fewer when the bullets hold fewer content words (none for an empty section).
 */
export function cueWords(bullets: readonly string[], max = 4): string[] {
  const limit = Math.max(2, Math.floor(max));
  const perBullet = bullets.map(candidatesOf).filter((list) => list.length > 0);
  const chosen: string[] = [];
  const seen = new Set<string>();
  for (let round = 0; chosen.length < limit; round++) {
    let progressed = false;
    for (const list of perBullet) {
      const candidate = list[round];
      if (!candidate) continue;
      progressed = true;
      if (seen.has(candidate.key) || chosen.length >= limit) continue;
      seen.add(candidate.key);
      chosen.push(candidate.text);
    }
    if (!progressed) break;
  }
  return chosen;
}
