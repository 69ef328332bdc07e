/** A word or sentence with its UTF-16 offsets in the field text (end exclusive). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’]|[-.,](?=[\p{L}\p{N}]))*/gu;

/** Words of a text with offsets; "low-complexity", "$1.2M" (as "1.2M") and "don't" are one word each. */
export function words(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const ABBREVIATIONS = /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|dept|mr|mrs|ms|dr|st|no|inc|ltd|co|u\.s|u\.k)\.$/iu;

/**
 * Sentences of a text with offsets. Splits after . ! ? (and ; : which end a spoken clause on a
 * slide less often, so they are kept inside) when followed by space and a capital or digit, and
 * at line breaks; a bullet without a full stop is one sentence.
 */
export function sentences(text: string): Span[] {
  const result: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) result.push({ text: body, start: start + lead, end: start + lead + body.length });
  };
  const boundary = /[.!?…]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|\n+/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return result;
}
