import { fractionValue, parseNumberWords } from './number-words';
import { isStopWord } from './stop-words';
import { stem } from './word-overlap';

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
};
const RATIO = /^(.+?)\s+(?:in|out\s+of)\s+(?:every\s+)?(.+)$/iu;

/** The number a phrase opens with, in digits or words ("four invoices" → 4, "twenty-one" → 21). */
function numberOf(phrase: string): number | undefined {
  const digits = phrase.match(/\d[\d,]*(?:\.\d+)?/u)?.[0];
  if (digits) return Number(digits.replace(/,/gu, ''));
  const whole = parseNumberWords(phrase);
  if (whole !== undefined) return whole;
  const tokens = phrase.trim().split(/\s+/u);
  for (let n = tokens.length - 1; n > 0; n--) {
    const value = parseNumberWords(tokens.slice(0, n).join(' '));
    if (value !== undefined) return value;
  }
  return undefined;
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
  const fraction =
    /^(.*?)[\s-]*(halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/u.exec(
      lower,
    );
  if (fraction) {
    const count = fraction[1] ? (numberOf(fraction[1]) ?? 1) : 1;
    const value = count * fractionValue(fraction[2]!)!;
    return [value, value * 100];
  }
  const digits = /\d[\d,]*(?:\.\d+)?/u.exec(lower);
  let value: number | undefined;
  const spoken = digits
    ? undefined
    : parseNumberWords(lower.replace(/\s+(?:dollars?|pounds?|euros?|percent|per\s?cent)$/u, ''));
  if (spoken !== undefined) {
    value = spoken;
  } else if (digits) {
    value = Number(digits[0].replace(/,/gu, ''));
    const scale = /^\s*(k|mn|m|bn|b|thousand|million|billion|trillion)(?![a-z])/u.exec(
      lower.slice(digits.index + digits[0].length),
    );
    if (scale) value *= SCALE[scale[1]!]!;
  } else {
    value = numberOf(lower);
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
const MONEY_WITH_CENTS =
  /^(.+?)\s+(?:dollars?|pounds?|euros?)\s+(?:and\s+)?(.+?)(?:\s+(?:cents?|pence|p))?$/iu;

export function quantityValues(quantity: string): number[] {
  const cents = MONEY_WITH_CENTS.exec(quantity);
  if (cents) {
    const whole = numberOf(cents[1]!);
    const part = numberOf(cents[2]!);
    if (whole !== undefined && part !== undefined && part < 100) return [whole + part / 100];
  }
  const ratio = RATIO.exec(quantity);
  if (ratio) {
    const top = numberOf(ratio[1]!);
    const bottom = numberOf(ratio[2]!);
    if (top !== undefined && bottom && top <= bottom) return [top / bottom, (100 * top) / bottom];
  }
  const parts = quantity.split(/\s+(?:(?:down |up )?to|→)\s+|\s*[–—]\s*|(?<=\d%?)-(?=\d)/u);
  return parts.flatMap(valuesOfPart);
}

/** True when two values are the same number give or take rounding (1%). */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

/** Days in each unit of time, so "three weeks" and "21 days" are one figure. */
const DAYS_PER: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bworking weeks?$/iu, 5],
  [/\bweeks?$/iu, 7],
  [/\bmonths?$/iu, 30.44],
  [/\bhours?$|\bhrs?$/iu, 1 / 24],
  [/\bminutes?$|\bmins?$/iu, 1 / 1440],
  [/\b(?:years?|yrs?)$/iu, 365.25],
  [/\b(?:working )?days?$/iu, 1],
];
/** Periods per year, so "£75,000 a month" and "£900K a year" are one figure. */
const PERIOD_AFTER = "^\\s*(?:[\\p{L}'’-]+\\s+){0,3}?";
const PER_YEAR: ReadonlyArray<readonly [RegExp, number]> = [
  [new RegExp(`${PERIOD_AFTER}(?:(?:a|per|each|every)\\s+day|daily)\\b`, 'iu'), 365],
  [new RegExp(`${PERIOD_AFTER}(?:(?:a|per|each|every)\\s+week|weekly)\\b`, 'iu'), 52],
  [new RegExp(`${PERIOD_AFTER}(?:(?:a|per|each|every)\\s+month|monthly)\\b`, 'iu'), 12],
  [new RegExp(`${PERIOD_AFTER}(?:(?:a|per|each|every)\\s+quarter|quarterly)\\b`, 'iu'), 4],
  [new RegExp(`${PERIOD_AFTER}(?:(?:a|per|each|every)\\s+year|annually|yearly)\\b`, 'iu'), 1],
];
/** "£1.8M over two years" is £900K a year; "£900K a year for two years" is £1.8M in all. */
const OVER_YEARS =
  /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:over|across|for)\s+(?:the\s+next\s+)?(two|three|four|five|\d+)\s+years\b/iu;
const MONTHS_BEFORE =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d+)-month\b[^.;]*$/iu;
/** "£510,000 for six months" is £85,000 a month. */
const OVER_MONTHS =
  /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:over|across|for)\s+(?:the\s+next\s+|the\s+first\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d+)\s+months\b/iu;
const YEARS_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** Words before a figure that make it approximate: "about", "nearly", "just over"… */
const APPROXIMATE_BEFORE =
  /(?:\b(?:about|around|roughly|nearly|almost|approximately|approx\.?|some|over|under|more than|less than|fewer than|up to|at least|close to|just over|just under|circa|an estimated|well over)\s*|~\s*)$/iu;

/** One figure as said in a text: its values in every unit it can be compared in. */
export interface Figure {
  text: string;
  start: number;
  end: number;
  /** The quantity's own values, then the same in days (durations) and per year (rates per period). */
  values: number[];
  /** Said with "about", "nearly", "over"…: agrees with a written figure within 10%. */
  approximate: boolean;
  /** What it counts: 'money', 'share', 'multiple', 'duration' or the counted noun ("engineer"); undefined when unsaid. */
  unit?: string;
  /** For a range ("from 9,000 to 11,700"), its change as a share: 30 and 0.3, so "30% more" says it. */
  change?: number[];
  /** For an amount per period ("£75,000 a month"), the same per year (900,000). */
  annual?: number[];
  /** For a duration, its length in days ("three weeks" → 21, "410 hours" → 17.1). */
  days?: number;
}

/** What kind of figure a quantity's own text is (stated-facts reads the same). */
export const MONEY_TEXT = /[$€£¥₹]|\b(?:usd|eur|gbp|dollars?|pounds?|euros?)\b/iu;
export const SHARE_TEXT =
  /%|\bper\s?cent\b|\bpercent\b|^(?:half|halv)|(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves)$|\s(?:in|out of)\s(?:every\s)?\S+$/iu;
export const MULTIPLE_TEXT = /[x×]$|\btimes\b|fold\b|^(?:doubl|tripl|quadrupl|twice)/iu;
// "a quarter" is a fraction far more often than three months, so quarters are not durations here.
const DURATION_TEXT =
  /\b(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds?|secs?)$/iu;
/** Words for people, which count the same thing however a slide names them. */
const PEOPLE =
  /^(?:people|person|staff|worker|employee|fte|head|headcount|hire|picker|agency|temp|contractor|colleague)$/u;
/** Number words, which never name what a figure counts. */
export const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|thirds|quarter|quarters)$/u;
const MODIFIER =
  /^(?:more|extra|new|additional|full-time|part-time|senior|junior|local|regional|experienced|trained|qualified|dedicated)$/u;

/** A counted noun, singular and with people-words made one ("staff" = "people"). */
export function countedNoun(word: string): string {
  const s = stem(word.toLowerCase());
  return PEOPLE.test(s) ? 'people' : s;
}

/** What a quantity counts (see `Figure.unit`): its own unit word, else the head noun just after it. */
export function figureUnit(quantity: string, after: string): string | undefined {
  if (MONEY_TEXT.test(quantity)) return 'money';
  if (MULTIPLE_TEXT.test(quantity)) return 'multiple';
  if (SHARE_TEXT.test(quantity)) return 'share';
  if (DURATION_TEXT.test(quantity)) return 'duration';
  return countedThing(quantity, after);
}

/** The counted thing of a quantity: its own unit word ("300 tons"), else the head noun after it ("20 agency staff" → "people"). */
export function countedThing(quantity: string, after: string): string | undefined {
  const own = /([\p{L}]+)$/u
    .exec(quantity.replace(/\s*(?:k|m|mn|bn|b|thousand|million|billion)$/iu, ''))?.[1]
    ?.toLowerCase();
  if (own && !NUMBER_WORD.test(own)) return countedNoun(own);
  const words =
    /^\s+((?:[\p{L}-]{2,}\s*){1,3})/u
      .exec(after)?.[1]
      ?.toLowerCase()
      .split(/\s+/u)
      .filter(Boolean) ?? [];
  const noun: string[] = [];
  for (const w of words) {
    if (
      isStopWord(w) ||
      MODIFIER.test(w) ||
      /^(?:each|per|every|year|month|week|day|annually|monthly)$/u.test(w)
    ) {
      if (noun.length) break;
      if (isStopWord(w) && !MODIFIER.test(w)) break;
      continue;
    }
    noun.push(w);
    if (noun.length === 2) break;
  }
  const head = noun[noun.length - 1];
  if (head && DURATION_TEXT.test(head)) return 'duration'; // "142 outage minutes" is a duration like "142 minutes"
  return head ? countedNoun(head) : undefined;
}

/**
 * The value of a quantity found at `start`–`end` of `text`, read with the words around it:
 * durations also in days ("three weeks" = 21 days, "one working week" = 5 days), amounts per
 * period also per year ("£75,000 a month" = £900K a year), and whether it is approximate.
 */
export function figureAt(text: string, q: { text: string; start: number; end: number }): Figure {
  const own = quantityValues(q.text);
  const after = text.slice(q.end, q.end + 48).split(/[.;:!?]/u)[0] ?? '';
  const perYear = PER_YEAR.find(([period]) => period.test(after))?.[1];
  const values = [...own];
  // An amount per period also compares per year: "£75,000 a month" is "£900K a year".
  const annual = perYear === undefined ? undefined : own.map((v) => v * perYear);
  const perDay = DAYS_PER.find(([unit]) => unit.test(q.text))?.[1];
  const days = perDay !== undefined && own[0] !== undefined ? own[0] * perDay : undefined;
  if (days !== undefined) values.push(days);
  // "£510,000 for six months", or "the six-month charter, £510,000 in all".
  const months =
    OVER_MONTHS.exec(after)?.[1] ??
    MONTHS_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start))?.[1];
  let annualOver: number[] | undefined;
  if (months && perYear === undefined) {
    const n = parseNumberWords(months) ?? Number(months);
    if (n > 0) annualOver = own.map((v) => (v / n) * 12);
  }
  const years = OVER_YEARS.exec(after)?.[1];
  if (years) {
    const n = YEARS_WORD[years.toLowerCase()] ?? Number(years);
    for (const v of own) values.push(perYear === 1 ? v * n : v / n);
  }
  const approximate = APPROXIMATE_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start));
  const unit = figureUnit(q.text, text.slice(q.end, q.end + 40));
  const ends = own.filter((_, i) => i % (/%|per\s?cent|percent/iu.test(q.text) ? 2 : 1) === 0);
  const change =
    ends.length === 2 && ends[0] && unit !== 'share'
      ? [Math.abs(ends[1]! - ends[0]) / ends[0], (100 * Math.abs(ends[1]! - ends[0])) / ends[0]]
      : undefined;
  const figure: Figure = { text: q.text, start: q.start, end: q.end, values, approximate, unit };
  if (annual ?? annualOver) figure.annual = annual ?? annualOver;
  if (days !== undefined) figure.days = days;
  if (change) figure.change = change;
  return figure;
}

/** Units that say what kind of figure it is; counted nouns ("slots", "appointments") may name one thing two ways. */
const FIGURE_CLASSES = new Set(['money', 'share', 'multiple', 'duration']);
const figureClass = (f: Figure) =>
  f.unit === undefined ? undefined : FIGURE_CLASSES.has(f.unit) ? f.unit : 'count';

/** Whether a figure said agrees with one written: the same kind of figure, and the same value in any of their units, 1% apart (10% when either is approximate). */
export function figuresAgree(said: Figure, written: Figure): boolean {
  const tolerance = said.approximate || written.approximate ? 0.1 : 0.01;
  const close = (xs: number[], ys: number[]) =>
    xs.some((v) =>
      ys.some((w) => v === w || Math.abs(v - w) <= tolerance * Math.max(Math.abs(v), Math.abs(w))),
    );
  const a = figureClass(said);
  const b = figureClass(written);
  // "30% more orders" says the change of "from 9,000 to 11,700"; "a third" that of "from 21 to 14 days".
  if (a === 'share' && written.change && close(said.values, written.change)) return true;
  if (b === 'share' && said.change && close(said.change, written.values)) return true;
  if (a && b && a !== b) return false;
  // Both per period: only the yearly figures compare ("£660,000 a month" is not "£660,000 a year").
  if (said.annual && written.annual) return close(said.annual, written.annual);
  return close(
    [...said.values, ...(said.annual ?? [])],
    [...written.values, ...(written.annual ?? [])],
  );
}
