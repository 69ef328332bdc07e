import { isStopWord } from './stop-words';

/** Crude English stem so "claims"/"claim" and "deploying"/"deploy" meet; the same on both sides. */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The content words of a text (no function words, no words under three letters), stemmed. */
export function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !isStopWord(w)).map(stem));
}

/** Share (0–1) of the source's content words that the text also uses; 0 when the source has none. */
export function wordCoverage(source: string, textStems: ReadonlySet<string>): number {
  const wanted = contentStems(source);
  if (wanted.size === 0) return 0;
  let found = 0;
  for (const w of wanted) if (textStems.has(w)) found += 1;
  return found / wanted.size;
}
