import { tokenizeForCues } from './tokenize';

const WORD_PART_SEPARATOR = /([-‐/])/u;
const HAS_DIGIT = /\p{N}/u;
const FIRST_LETTER = /^[\p{L}\p{N}]\p{M}*/u;

function firstLetterOf(part: string): string {
  return part.match(FIRST_LETTER)?.[0] ?? Array.from(part)[0] ?? '';
}

/** "low-complexity" → "l-c", "21-day" → "21-d", "don't" → "d", "and/or" → "a/o". */
function shortenWord(word: string): string {
  return word
    .split(WORD_PART_SEPARATOR)
    .map((part, index) => (index % 2 === 1 || HAS_DIGIT.test(part) ? part : firstLetterOf(part)))
    .join('');
}

/**
 * The "first letters" cue: each word becomes its first letter (case kept), while numbers
 * ("21", "$1.2M", "Q3"), punctuation, spacing and emoji stay whole, so the sentence keeps its
 * shape: "Our claims take 21 days, six days slower." → "O c t 21 d, s d s.".
 * Hyphenated words keep one letter per part ("l-c"); Chinese, Japanese and Thai keep the first
 * character of each dictionary word.
 */
export function toFirstLetters(text: string): string {
  return tokenizeForCues(text)
    .map((token) => {
      switch (token.kind) {
        case 'word':
        case 'number':
          return shortenWord(token.text);
        case 'spaceless-word':
          return Array.from(token.text)[0] ?? '';
        default:
          return token.text;
      }
    })
    .join('');
}
