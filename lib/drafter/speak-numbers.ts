/**
 * Slide shorthand rewritten the way a speaker says it, so the draft reads aloud cleanly and
 * speech synthesis pronounces it: "$1.2M" → "$1.2 million", "$350K" → "$350,000",
 * "3x" → "three times", "~40" → "about 40", "&" → "and". Percentages stay as "25%": a reader
 * says "percent" anyway, and digits keep the number easy to spot and to match with the slide.
 */

const CURRENCY = '[$€£¥₹]';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SMALL_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const SCALE_OF: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

/** Rounds to at most two decimals and drops trailing zeros: 1.20 → "1.2", 350 → "350". */
function trimDecimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Groups an integer with commas, as English readers expect: 350000 → "350,000". */
export function groupThousands(value: number): string {
  const [whole = '0', fraction] = trimDecimal(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** How a speaker says an amount: "1.2 million", "350,000", "2.5 billion". */
export function speakAmount(value: number): string {
  if (value >= 1e9) return `${trimDecimal(value / 1e9)} billion`;
  if (value >= 1e6) return `${trimDecimal(value / 1e6)} million`;
  return groupThousands(value);
}

function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** "$1.2M" / "£3m" / "€2bn": money with a scale letter glued on. */
const SCALED_MONEY = new RegExp(`(${CURRENCY})\\s?(${DIGITS})\\s?(k|m|mm|mn|bn|b)(?![\\p{L}\\p{N}])`, 'giu');
/** "350K users" / "10k": without a currency, a lone lower-case "m" could be metres, so only K, M, mn, bn. */
const SCALED_COUNT = new RegExp(`()(?<![\\p{L}\\p{N}.,])(${DIGITS})(k|K|M|MM|mn|bn)(?![\\p{L}\\p{N}])`, 'gu');
/** "$1,200,000": a long figure a listener hears as "1.2 million". */
const LONG_FIGURE = new RegExp(`(${CURRENCY})?(\\d{1,3}(?:,\\d{3}){2,}|\\d{7,})(?![\\d.,]\\d)`, 'gu');
/** "20-30%" or "2–3 weeks": a numeric range said with "to". Dates (2025-06-01) are left alone. */
const RANGE = /(?<![\d\-–/.])(\d{1,4}(?:\.\d+)?)\s?[–—-]\s?(?=\$?\d)(?!\d+[-–/]\d)/gu;
const MULTIPLE = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?[x×](?![\p{L}\p{N}])/gu;
/** "H2 2026" → "the second half of 2026". */
const HALF_YEAR = /\bH([12])\b(\s+(?:FY)?\d{2,4}\b)?/gu;
const FRACTIONS: Record<string, string> = {
  '1/2': 'half',
  '1/3': 'a third',
  '2/3': 'two thirds',
  '1/4': 'a quarter',
  '3/4': 'three quarters',
};
const FRACTION = /(?<![\d/])([123])\/([234])(?![\d/])/gu;

const WORD_SWAPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\s+&\s+/gu, ' and '],
  [/~\s?(?=[$€£¥₹]?\d)/gu, 'about '],
  [/≈\s?/gu, 'about '],
  [/(^|\s)>\s?(?=[$€£¥₹]?\d)/gu, '$1over '],
  [/(^|\s)<\s?(?=[$€£¥₹]?\d)/gu, '$1under '],
  [/\be\.g\.,?/giu, 'for example'],
  [/\bi\.e\.,?/giu, 'that is'],
  [/\bvs\.?(?=\s)/giu, 'versus'],
  [/\bapprox\.?(?=\s)/giu, 'about'],
  [/\bw\/(?=\s)/giu, 'with'],
  [/\bYoY\b/gu, 'year on year'],
  [/\b(\d+(?:\.\d+)?)\s?FTEs?\b/gu, '$1 full-time staff'],
  [/\bFTEs?\b/gu, 'full-time staff'],
];

function speakMultiple(_match: string, amount: string): string {
  const whole = Number(amount);
  const word = Number.isInteger(whole) ? SMALL_WORDS[whole] : undefined;
  return `${word ?? amount} times`;
}

/** Rewrites slide shorthand into words a speaker says; text without shorthand comes back unchanged. */
export function speakNumbers(text: string): string {
  let out = text;
  for (const [pattern, replacement] of WORD_SWAPS) out = out.replace(pattern, replacement);
  out = out.replace(HALF_YEAR, (_m, half: string, year: string | undefined) =>
    `the ${half === '1' ? 'first' : 'second'} half${year ? ` of${year}` : ''}`,
  );
  out = out.replace(/#(\d+)\b/gu, (_m, n: string) => `number ${SMALL_WORDS[Number(n)] ?? n}`);
  out = out.replace(RANGE, '$1 to ');
  const scaled = (_m: string, currency: string | undefined, digits: string, scale: string) => {
    const value = parseDigits(digits) * (SCALE_OF[scale.toLowerCase()] ?? 1);
    return `${currency ?? ''}${speakAmount(value)}`;
  };
  out = out.replace(SCALED_MONEY, scaled).replace(SCALED_COUNT, scaled);
  out = out.replace(LONG_FIGURE, (match, currency: string | undefined, digits: string) => {
    const value = parseDigits(digits);
    // Only round figures become words; 1,234,567 is said digit group by digit group.
    return value % 1e4 === 0 ? `${currency ?? ''}${speakAmount(value)}` : match;
  });
  out = out.replace(MULTIPLE, speakMultiple);
  out = out.replace(FRACTION, (match, top: string, bottom: string) => FRACTIONS[`${top}/${bottom}`] ?? match);
  return out.replace(/ {2,}/gu, ' ');
}
