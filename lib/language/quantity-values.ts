import { fractionValue, parseNumberWords } from './number-words';

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, trillion: 1e12,
};
const RATIO = /^(.+?)\s+(?:in|out\s+of)\s+(?:every\s+)?(.+)$/iu;

function numberOf(phrase: string): number | undefined {
  const digits = phrase.match(/\d[\d,]*(?:\.\d+)?/u)?.[0];
  if (digits) return Number(digits.replace(/,/gu, ''));
  return parseNumberWords(phrase);
}

/** Values of one quantity phrase with its scale ("$1.2M" → 1,200,000; "a third" → 0.333...). */
function valuesOfPart(part: string): number[] {
  const lower = part.toLowerCase().trim();
  if (/^(?:halv|half)/u.test(lower)) return [0.5, 50];
  if (/^(?:doubl|twice)/u.test(lower)) return [2, 100];
  if (/^tripl/u.test(lower)) return [3, 200];
  if (/^quadrupl/u.test(lower)) return [4, 300];
  const times = /^(\S+) times$/u.exec(lower);
  if (times) {
    const n = numberOf(times[1]!);
    if (n !== undefined) return [n, (n - 1) * 100];
  }
  const fraction = /^(.*?)[\s-]*(halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/u.exec(lower);
  if (fraction) {
    const count = fraction[1] ? (numberOf(fraction[1]) ?? 1) : 1;
    const value = count * fractionValue(fraction[2]!)!;
    return [value, value * 100];
  }
  const digits = /\d[\d,]*(?:\.\d+)?/u.exec(lower);
  let value: number | undefined;
  if (digits) {
    value = Number(digits[0].replace(/,/gu, ''));
    const scale = /^\s*(k|mn|m|bn|b|thousand|million|billion|trillion)(?![a-z])/u.exec(lower.slice(digits.index + digits[0].length));
    if (scale) value *= SCALE[scale[1]!]!;
  } else {
    const tokens = lower.split(/[\s-]+/u);
    const numberTokens: string[] = [];
    for (const token of tokens) {
      if (token !== 'and' && parseNumberWords(token) === undefined) break;
      numberTokens.push(token);
    }
    value = parseNumberWords(numberTokens.join(' '));
  }
  if (value === undefined || Number.isNaN(value)) return [];
  if (/%|percent|per cent/u.test(lower)) return [value, value / 100];
  return [value];
}

/**
 * Numeric values a quantity stands for, so spoken and written forms match: "$1.2M" and
 * "$1.2 million" both give 1,200,000; "25%" gives 25 and 0.25, as "a quarter" gives 0.25 and 25;
 * "one in eight" gives 0.125 and 12.5; a range gives both ends.
 */
export function quantityValues(quantity: string): number[] {
  const ratio = RATIO.exec(quantity);
  if (ratio) {
    const top = numberOf(ratio[1]!);
    const bottom = numberOf(ratio[2]!);
    if (top !== undefined && bottom) return [top / bottom, (100 * top) / bottom];
  }
  const parts = quantity.split(/\s+(?:to|→)\s+|\s*[–—]\s*|(?<=\d%?)-(?=\d)/u);
  return parts.flatMap(valuesOfPart);
}

/** True when two values are the same number give or take rounding (1%). */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}
