import { CARDINAL_WORD as CARD, parseNumberWords } from './number-words';

/** A quantity found in text; `start`/`end` are UTF-16 offsets into that text (end exclusive). */
export interface Quantity {
  text: string;
  start: number;
  end: number;
}

const UNIT =
  '(?:working (?:days?|weeks?)|days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds?|secs?|milliseconds?|ms|quarters?|shifts?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|sq ?m|sq ?ft|square (?:met(?:re|er)s|feet|foot)|feet|ft|kg|kilo(?:gram)?s?|tonnes?|tons?|lit(?:re|er)s?|gallons?|[kmg]wh|[kmg]w|[kmgtp]b|points?|pts|ftes?|dollars?|pounds?|euros?|usd|eur|gbp|people|staff)';
const PERCENT = '(?:\\s?%|\\s?(?:percent|per\\s?cent|percentage points?|basis points|bps|pp)\\b)';
const SCALE = '(?:(?:k|m|mn|bn|b)\\b|\\s(?:thousand|million|billion|trillion)\\b)';
const MULTIPLE = '(?:\\s?[x×](?![\\p{L}\\p{N}]))';
const CURRENCY = '(?:(?:US|A|C|NZ|HK|S)?[$€£¥₹]\\s?|(?:USD|EUR|GBP|CHF|JPY|AUD|CAD|INR)\\s?)';
const NUMBER = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

const DIGIT_QUANTITY = new RegExp(
  `${CURRENCY}?[+\\-−±~]?${NUMBER}${SCALE}?(?:${PERCENT}|${MULTIPLE})?(?:[\\s-]?${UNIT}\\b)?`,
  'giu',
);
const DIGIT_OR_WORD = `(?:${NUMBER}|${CARD}(?:[\\s-]${CARD})*)`;
/** "one in eight", "9 out of 10", "four invoices in five", "three calls in every ten". */
const RATIO_QUANTITY = new RegExp(
  `\\b(?:${CARD}|\\d+)(?:\\s+[a-z][a-z-]*){0,2}?\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?${DIGIT_OR_WORD}\\b`,
  'gi',
);
const WORD_QUANTITIES = [
  RATIO_QUANTITY,
  // "3 dollars 40", "three pounds fifty": money said with its cents or pence
  new RegExp(
    `\\b(?:\\d+|${CARD}(?:[\\s-]${CARD})*)\\s+(?:dollars?|pounds?|euros?)\\s+(?:and\\s+)?(?:\\d{1,2}|${CARD}(?:[\\s-]${CARD})?)(?:\\s+(?:cents?|pence|p))?(?![\\p{L}\\p{N}])`,
    'giu',
  ),
  // "a third", "two thirds", "three quarters"
  new RegExp(
    `\\b(?:(?:a|an|one)[\\s-]+(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)|(?:two|three|four|five|six|seven|eight|nine|\\d+)[\\s-]+(?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|halves))\\b`,
    'gi',
  ),
  new RegExp(
    `\\bhalf\\b(?:\\s+a\\s+(?:million|billion|thousand|dozen)\\b|[\\s-]${UNIT}\\b)?`,
    'gi',
  ),
  /\b(?:halv(?:e|ed|es|ing)|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)|twice|(?:two|three|four|five|ten|\d+) times(?= (?:as|more|faster|higher|lower|bigger|the|over|a|per)\b)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-?fold)\b/gi,
  new RegExp(
    `\\b(?:a\\s+(?=(?:hundred|thousand|million|billion|dozen)\\b))?${CARD}(?:(?:[\\s-]|\\s+and\\s+|\\s+point\\s+)${CARD}|\\s+and\\s+a\\s+half\\b)*\\b(?:\\s+(?:percent|per\\s?cent|dollars?|pounds?|euros?)\\b)?(?:[\\s-]${UNIT}\\b)?`,
    'gi',
  ),
];

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Dates and clock times are timeframes, not quantities. */
const MASKS = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/gu,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/gu,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/gu,
  /\b24\/7\b/gu,
];
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:year|phase|step|wave|stage|release|version|tier|level|round|day|week|sprint|page|slide|section|item|number|no\.|#|line|platform|gate|terminal|ward|building|block|floor|lane|bay|route|plant|zone|aisle|door|room|unit|grade|key stage|band|class|site|store|depot|warehouse|hall|runway|pier|dock|berth|channel|mill|kiln|furnace|reactor|press|oven|machine|turbine|cell|theatre|theater|stand|court|pitch|screen|studio|lab|tower|wing|bus|train|flight|highway|road|junction|exit)\s*$/iu;
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])${MONTH}\\s+$`, 'iu');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'iu');
const CLOCK_AFTER = /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu;
const HALF_OF_YEAR_BEFORE = /(?:first|second|1st|2nd|latter|back|front|other)\s+$/iu;
const TIMEFRAME_QUARTER_BEFORE =
  /(?:^|[^\p{L}])(?:in|within|per|every|each|over|after|next|last|this|for)\s+$/iu;
const YEAR = /^(?:19|20)\d{2}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

function accept(text: string, start: number, end: number, matched: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const prev = before.slice(-1);
  const rangeHyphen = /^[-–]/u.test(matched) && /\p{N}/u.test(prev);
  if (prev && LETTER_OR_DIGIT.test(prev) && !rangeHyphen) return false;
  if (prev === '-' && /[\p{L}]-$/u.test(before)) return false;
  if (/^-?[\p{L}\p{N}]/u.test(after) && !/^-\p{N}/u.test(after)) return false;
  // "Line 2", "Ward 7", "phase two" are names; "the line halves" is a change.
  if (
    LABEL_BEFORE.test(before) &&
    (/^\d{1,3}$/u.test(matched) || new RegExp(`^${CARD}$`, 'iu').test(matched))
  )
    return false;
  const lower = matched.toLowerCase();
  if (/\d/u.test(matched)) {
    if (YEAR.test(matched)) return false;
    // "from 2026 shift patterns": a year before a time word, not 2,026 shifts.
    if (
      /^(?:19|20)\d{2}[\s-]+(?:shifts?|days?|weeks?|months?|quarters?|years?|sprints?)$/iu.test(
        matched,
      )
    )
      return false;
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || CLOCK_AFTER.test(after))
      return false;
  } else {
    if (lower === 'one' || lower === 'a' || lower === 'an') return false;
    if (lower === 'double' && /^\s+down\b/iu.test(after)) return false;
    if (lower.startsWith('half') && HALF_OF_YEAR_BEFORE.test(before)) return false;
    if (/^(?:a|an|one)\s+quarter$/u.test(lower) && TIMEFRAME_QUARTER_BEFORE.test(before))
      return false;
  }
  return true;
}

const RATIO_WORDS = new RegExp(`^(\\S+).*?\\s(?:in|out\\s+of)\\s+(?:every\\s+)?(.+)$`, 'iu');

/** "five sites in three regions" is two counts, not a ratio: a ratio's top is at most its bottom. */
function isImpossibleRatio(phrase: string): boolean {
  const m = RATIO_WORDS.exec(phrase);
  if (!m) return false;
  const top = Number(m[1]!.replace(/,/gu, '')) || parseNumberWords(m[1]!);
  const bottom = Number(m[2]!.replace(/,/gu, '')) || parseNumberWords(m[2]!);
  return top === undefined || bottom === undefined || top > bottom;
}

function candidates(text: string): Quantity[] {
  const masked = MASKS.flatMap((re) =>
    [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]),
  );
  const found: Quantity[] = [];
  for (const re of [DIGIT_QUANTITY, ...WORD_QUANTITIES]) {
    for (const m of text.matchAll(re)) {
      const raw = m[0];
      const trimmed = raw.trimEnd();
      const start = m.index;
      const end = start + trimmed.length;
      if (!trimmed || masked.some(([s, e]) => start < e! && end > s!)) continue;
      if (re === RATIO_QUANTITY && isImpossibleRatio(trimmed)) continue;
      if (accept(text, start, end, trimmed)) found.push({ text: trimmed, start, end });
    }
  }
  return found;
}

const RANGE_JOIN = /^\s*(?:(?:down |up )?to|–|—|-|→)\s*$/u;

/**
 * Finds quantities a listener would hear as numbers: digits with currency, percent, scale or
 * units ("$1.2M", "40%", "21 days", "9,000") and number words ("half", "double", "a third",
 * "one in eight", "six days"). Dates, years, clock times and labels ("Q3", "year two") are not
 * quantities. Ranges ("21 to 14 days") come back as one quantity. Offsets are UTF-16 units.
 */
export function findQuantities(text: string): readonly Quantity[] {
  const cached = quantityCache.get(text);
  if (cached) return cached;
  const found = Object.freeze(scanQuantities(text));
  if (quantityCache.size >= 1000) quantityCache.clear();
  quantityCache.set(text, found);
  return found;
}

/** Every rule, the key number, the checklist and the contradiction check ask about the same texts. */
const quantityCache = new Map<string, readonly Quantity[]>();

function scanQuantities(text: string): Quantity[] {
  const sorted = candidates(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const picked: Quantity[] = [];
  for (const q of sorted) {
    const last = picked[picked.length - 1];
    if (last && q.start < last.end) continue;
    const join = text.slice(last?.end ?? 0, q.start);
    const joined = RANGE_JOIN.test(join) || (join === '' && /^[-–]/u.test(q.text));
    // "21 to 14 days", "ten to five"; mixed forms only after "from" ("from 18 to nine minutes").
    const sameForm = /\d/u.test(last?.text ?? '') === /\d/u.test(q.text);
    const fromRange =
      last !== undefined &&
      /\bfrom\s+$/iu.test(text.slice(Math.max(0, last.start - 6), last.start)) &&
      /^\s*to\s*$/iu.test(join);
    if (last && joined && (sameForm || fromRange)) {
      picked[picked.length - 1] = {
        text: text.slice(last.start, q.end),
        start: last.start,
        end: q.end,
      };
      continue;
    }
    picked.push(q);
  }
  return picked;
}
