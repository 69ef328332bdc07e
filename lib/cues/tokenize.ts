/**
 * Splits prose into the pieces the cue transforms work on: words, numbers, runs of a script
 * written without spaces (Chinese, Japanese, Thai...), and everything else (spaces, punctuation,
 * emoji), which the transforms keep as it is.
 */

export type CueToken =
  | { kind: 'word'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'spaceless-word'; text: string }
  | { kind: 'other'; text: string };

/** Scripts that do not separate words with spaces; a dictionary segmenter finds their words. */
const SPACELESS_CHARS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30FC';
const SPACELESS_RUN = new RegExp(`([${SPACELESS_CHARS}]+)`, 'u');
const SPACELESS_CHAR = new RegExp(`[${SPACELESS_CHARS}]`, 'u');
const WORD_CHAR = `(?:(?![${SPACELESS_CHARS}])[\\p{L}\\p{M}\\p{N}])`;
/**
 * A word: letters, marks and digits, joined by hyphens, apostrophes or slashes ("low-complexity",
 * "don't", "and/or"); dots, commas and colons join only digits ("1.2", "21,000", "9:30").
 */
const WORD = new RegExp(
  `${WORD_CHAR}+(?:[-‐'’/]${WORD_CHAR}+|(?<=\\p{N})[.,:](?=\\p{N})${WORD_CHAR}+)*`,
  'gu',
);
const HAS_DIGIT = /\p{N}/u;

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('und', { granularity: 'word' })
        : null;
  }
  return segmenter;
}

function segmentSpacelessRun(run: string): CueToken[] {
  const seg = wordSegmenter();
  // Without a segmenter each character counts as a word: cues then keep the text whole.
  if (!seg) return Array.from(run, (text) => ({ kind: 'spaceless-word' as const, text }));
  return Array.from(seg.segment(run), (s) =>
    s.isWordLike && SPACELESS_CHAR.test(s.segment)
      ? { kind: 'spaceless-word' as const, text: s.segment }
      : { kind: 'other' as const, text: s.segment },
  );
}

function tokenizeSpaced(text: string, out: CueToken[]): void {
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (start > last) out.push({ kind: 'other', text: text.slice(last, start) });
    out.push({ kind: HAS_DIGIT.test(match[0]) ? 'number' : 'word', text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'other', text: text.slice(last) });
}

/** Tokens of `text` (NFC-normalised); joining their `text` gives the normalised input back. */
export function tokenizeForCues(text: string): CueToken[] {
  const tokens: CueToken[] = [];
  const parts = text.normalize('NFC').split(SPACELESS_RUN);
  parts.forEach((part, index) => {
    if (!part) return;
    if (index % 2 === 1) tokens.push(...segmentSpacelessRun(part));
    else tokenizeSpaced(part, tokens);
  });
  return tokens;
}
