/** A word or sentence with its UTF-16 offsets in the field text (end exclusive). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’]|[-.,](?=[\p{L}\p{N}]))*/gu;

/** Words of a text with offsets; "low-complexity", "$1.2M" (as "1.2M") and "don't" are one word each. */
export function words(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
