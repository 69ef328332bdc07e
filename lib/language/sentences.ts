import type { Span } from './words';

/** Words that end in a full stop without ending the sentence ("e.g. Q3", "Dr. Patel"). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'incl',
  'excl',
  'est',
  'dept',
  'cf',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.u',
  'a.m',
  'p.m',
  'al',
  'resp',
  'min',
  'max',
  'avg',
]);

// Abbreviations that usually end a sentence when a capitalised word follows them.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'a.m', 'p.m']);
// "No. 4", "Fig. 2": abbreviations only when a number follows ("I said no. Then..." ends).
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'fig']);

/** A sentence ends at . ! ? or … (optionally closed by quotes or brackets) followed by a space. */
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)/gu;

function wordBefore(text: string, end: number): string {
  const match = /(\S+)$/u.exec(text.slice(Math.max(0, end - 40), end));
  return (match?.[1] ?? '').replace(/^["'“‘(\[]+/u, '').toLowerCase();
}

function endsSentence(
  text: string,
  punctuationStart: number,
  punctuation: string,
  nextChar: string,
): boolean {
  if (/[!?]/u.test(punctuation)) return true;
  if (punctuation !== '.') return !/\p{Ll}/u.test(nextChar);
  const word = wordBefore(text, punctuationStart);
  // "Q3.", "$1.2M." and "Plan B." end sentences; "e.g." does not.
  if (NUMBER_ABBREVIATIONS.has(word)) return !/\p{N}/u.test(nextChar);
  if (ABBREVIATIONS.has(word)) {
    return SENTENCE_FINAL_ABBREVIATIONS.has(word) && /\p{Lu}/u.test(nextChar);
  }
  // A lower-case continuation after a full stop is most likely not a new sentence.
  return !/\p{Ll}/u.test(nextChar);
}

/**
 * Sentences of `text` with their UTF-16 offsets, split the way a speaker would pause: at . ! ?
 * and line breaks, but not inside numbers ("$1.2M", "3.5%") or after abbreviations ("e.g.",
 * "approx.", "No. 4"). Each span is trimmed and keeps its punctuation; empty ones are dropped.
 * Every feature that works sentence by sentence (advice, drafter, rehearsal cards) uses this.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ text: body, start: from + lead, end: from + lead + body.length });
  };
  let offset = 0;
  for (const paragraph of text.split(/(\n+)/u)) {
    if (/^\n+$/u.test(paragraph)) {
      offset += paragraph.length;
      continue;
    }
    let start = 0;
    for (const match of paragraph.matchAll(BOUNDARY)) {
      const punctuation = match[1] ?? '';
      const afterIndex = match.index + match[0].length;
      const nextChar = paragraph.charAt(afterIndex);
      if (!endsSentence(paragraph, match.index, punctuation, nextChar)) continue;
      push(offset + start, offset + match.index + punctuation.length + (match[2] ?? '').length);
      start = afterIndex;
    }
    push(offset + start, offset + paragraph.length);
    offset += paragraph.length;
  }
  return spans;
}

/** The sentences of `text` as strings (see `sentenceSpans`). */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => s.text);
}

/** A sentence already ends at . ! ? or …, perhaps inside closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/u;

/**
 * The text trimmed and ended as a sentence: a full stop added unless it already ends one. Slide
 * fragments read aloud (the card's assembled pitch, rehearsal's slide script, the drafter) use it.
 */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return ENDS_SENTENCE.test(trimmed) ? trimmed : `${trimmed}.`;
}
