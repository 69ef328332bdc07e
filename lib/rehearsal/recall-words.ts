import { parseNumberWords } from '../language/number-words';

/** A word as typed or expected (`text`) and the form it is compared by (`norm`). */
export interface RecallWord {
  text: string;
  norm: string;
}

export interface RecallOptions {
  /** Count "twenty-one" and "21" as the same word (default true). */
  numberWords?: boolean;
}

const QUOTES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
};

/** Lower case, straight quotes, no surrounding punctuation, no thousands separators. */
function normalise(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚′“”„″]/gu, (q) => QUOTES[q] ?? q)
    .replace(/^[^\p{L}\p{N}$€£¥]+/u, '')
    .replace(/[^\p{L}\p{N}%]+$/u, '')
    .replace(/(?<=\d),(?=\d{3}\b)/gu, '');
}

const NOT_ALONE = new Set(['a', 'an', 'and']);
const SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

function numberValue(norm: string): number | undefined {
  return NOT_ALONE.has(norm) ? undefined : parseNumberWords(norm);
}

/** Whether `next` continues the spoken number ending in `prev` ("twenty one", "three hundred"). */
function continuesNumber(prev: string, next: string): boolean {
  if (SCALES.has(next)) return true;
  if (SCALES.has(prev)) return numberValue(next) !== undefined;
  const tens = numberValue(prev);
  const units = numberValue(next);
  return (
    tens !== undefined &&
    tens >= 20 &&
    tens % 10 === 0 &&
    tens < 100 &&
    units !== undefined &&
    units < 10
  );
}

/** Joins runs like "three hundred and fifty" into one word compared as "350"; "one two" stays two. */
function joinNumberWords(words: RecallWord[]): RecallWord[] {
  const joined: RecallWord[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i] as RecallWord;
    if (numberValue(first.norm) === undefined) {
      joined.push(first);
      i++;
      continue;
    }
    const run = [first];
    let end = i + 1;
    while (end < words.length) {
      const prev = run[run.length - 1]?.norm ?? '';
      const next = words[end]?.norm ?? '';
      const afterAnd = words[end + 1]?.norm ?? '';
      if (
        next === 'and' &&
        SCALES.has(prev) &&
        numberValue(afterAnd) !== undefined &&
        !SCALES.has(afterAnd)
      ) {
        run.push(words[end] as RecallWord, words[end + 1] as RecallWord);
        end += 2;
      } else if (continuesNumber(prev, next)) {
        run.push(words[end] as RecallWord);
        end++;
      } else break;
    }
    const value = parseNumberWords(run.map((w) => w.norm).join(' '));
    joined.push({ text: run.map((w) => w.text).join(' '), norm: String(value ?? first.norm) });
    i = end;
  }
  return joined;
}

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/u;

/** "25 percent" and "25 per cent" compare as "25%". */
function joinPercent(words: RecallWord[]): RecallWord[] {
  const joined: RecallWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as RecallWord;
    const prev = joined[joined.length - 1];
    const perCent = word.norm === 'per' && words[i + 1]?.norm === 'cent';
    if (prev && PLAIN_NUMBER.test(prev.norm) && (word.norm === 'percent' || perCent)) {
      const spoken = perCent ? `${word.text} ${words[i + 1]?.text ?? ''}` : word.text;
      joined[joined.length - 1] = { text: `${prev.text} ${spoken}`, norm: `${prev.norm}%` };
      if (perCent) i++;
      continue;
    }
    joined.push(word);
  }
  return joined;
}

/**
 * The words of `text` for word-level comparison: split at spaces and dashes between words,
 * compared case-insensitively without punctuation or curly quotes; spelled-out numbers compare
 * equal to digits ("twenty-five per cent" = "25%") unless `numberWords` is false.
 */
export function recallWords(text: string, options: RecallOptions = {}): RecallWord[] {
  const words = text
    .split(/\s+|\s*[—–]\s*|(?<=\p{L})\/(?=\p{L})/u)
    .map((raw) => ({ text: raw, norm: normalise(raw) }))
    .filter((w) => w.norm.length > 0);
  return options.numberWords === false ? words : joinPercent(joinNumberWords(words));
}
