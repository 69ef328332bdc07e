/** Default speaking pace in words per minute, until the user has measured their own. */
export const DEFAULT_WORDS_PER_MINUTE = 140;

/** Counts spoken words: runs of letters or digits, so "$1.2M", "low-complexity" and "06:45" count once. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.,%$€£\-]|:(?=\p{N}))*/gu);
  return matches ? matches.length : 0;
}

/** Seconds it takes to say `text` at `wordsPerMinute` (default 140 wpm). */
export function estimateSpokenSeconds(
  text: string,
  wordsPerMinute = DEFAULT_WORDS_PER_MINUTE,
): number {
  const pace = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  return (countWords(text) / pace) * 60;
}
