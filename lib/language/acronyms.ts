import type { Span } from './words';

/**
 * Acronyms: all-capital words of two to six letters (digits and "&" allowed inside: "P&L",
 * "B2B", "ESG"). An executive audience knows a few without thinking; the rest need spelling out
 * once ("Know Your Customer (KYC)") or marking as known to this audience.
 */
const ACRONYM = /(?<![\p{L}\p{N}&])\p{Lu}[\p{L}\d&]{1,7}(?![\p{L}\p{N}&])/gu;
/** More capitals than small letters, counting a plural "s" out: "KYC", "CfD", "RevPAR", "EHCPs"; not "McDonald". */
function looksLikeAcronym(word: string): boolean {
  const core = word.replace(/(?<=\p{Lu})s$/u, '');
  const capitals = core.match(/\p{Lu}/gu)?.length ?? 0;
  const small = core.match(/\p{Ll}/gu)?.length ?? 0;
  return capitals >= 2 && capitals >= small;
}

/** Abbreviations any executive reads without a pause; they never count as acronym soup. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'CEO CFO CTO COO CIO HR IT UK US USA EU UN UAE NHS AI VAT GDP ROI KPI FY YTD ' +
    'Q1 Q2 Q3 Q4 H1 H2 PDF TV OK PC ID FAQ AM PM GMT UTC BST NYC HQ PR VP SVP EVP GP PHD MBA ' +
    'OKR LTD INC CO2 USD GBP EUR MP BBC NASA IPO AGM P&L B2B B2C FBI ' +
    'SMS URL WIFI USB GPS ATM CV EV IOT TBC TBD ASAP NB PS'
  ).split(' '),
);

/** US states and Canadian provinces: known when they come as a list ("our TX, CA and NY offices"), not alone ("AR chasing"). */
const STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI IL IN IA KS KY ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY ON QC BC AB'.split(
    ' ',
  ),
);

/** Units and measures written in capitals: not acronyms to explain. */
const UNITS =
  /^(?:KG|KM|KW|MW|GW|KWH|MWH|GWH|TWH|GB|TB|MB|KB|PB|GBPS|MBPS|MPH|KPH|CM|MM|ML|PPM|BPS|FTE|kWh|MWh|GWh|TWh|kW|Gbps|Mbps)$/u;
/** Capitals for emphasis ("ALL trucks MUST leave"): words, not acronyms. */
const EMPHASIS = new Set(
  (
    'ALL MUST NOT NO NEVER ALWAYS ONLY NEW FREE NOW URGENT URGENTLY IMPORTANT NOTE WARNING STOP AND OR THE FOR BUT YES ONE TWO EVERY EACH ANY WILL CAN DO DONT BEFORE AFTER TODAY ' +
    'NEED NEEDS SHORT LONG VERY HUGE BIG KEY FIRST LAST BEST WORST FAST SLOW CRITICAL PLEASE HIGH LOW MORE LESS CANNOT REALLY ABSOLUTELY TOTALLY TOMORROW RED GREEN AMBER DONE LATE EARLY SAFE UNSAFE ZERO'
  ).split(' '),
);

/** Acronyms in `text` with their offsets, plural "s" dropped ("KPIs" → "KPI"). */
export function findAcronyms(text: string): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const raw = m[0];
    if (!looksLikeAcronym(raw)) continue;
    const word = /[\p{Lu}\d&]s$/u.test(raw) ? raw.slice(0, -1) : raw;
    if (UNITS.test(word) || EMPHASIS.has(word)) continue;
    found.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return found;
}

/** Whether an acronym is one everybody knows (CEO, Q3, ROI...) or a unit (MW, GB). */
export function isCommonAcronym(acronym: string): boolean {
  return COMMON_ACRONYMS.has(acronym.toUpperCase()) || COMMON_ACRONYMS.has(acronym);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Whether `text` spells out `acronym` once: "Know Your Customer (KYC)", "KYC (know your
 * customer)", "KYC, or know your customer," — the words before or inside the brackets start
 * with the acronym's letters in order.
 */
export function isSpelledOut(acronym: string, text: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2) return true;
  const a = escape(acronym);
  const initialsMatch = (phrase: string) => {
    const initials = (phrase.match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter(
        (w) =>
          !/^(?:of|and|the|for|to|in|on|a|an|&)$/iu.test(w) ||
          letters.includes(w[0]!.toLowerCase()),
      )
      .map((w) => w[0]!.toLowerCase())
      .join('');
    return (
      initials.endsWith(letters) ||
      initials.replace(/[^a-z]/gu, '') === letters ||
      initials.startsWith(letters)
    );
  };
  // "Words Here (ABC)": the words just before the bracket.
  for (const m of text.matchAll(
    new RegExp(`([\\p{L}\\p{N}&' -]{3,80})\\s*\\(\\s*${a}s?\\s*\\)`, 'gu'),
  )) {
    const wordsBefore = (m[1] ?? '')
      .trim()
      .split(/\s+/u)
      .slice(-(letters.length + 3))
      .join(' ');
    if (initialsMatch(wordsBefore)) return true;
  }
  // "ABC (words here)" or "ABC, or words here,"
  for (const m of text.matchAll(
    new RegExp(
      `${a}s?\\s*(?:\\(([^)]{3,80})\\)|,?\\s+(?:or|meaning|i\\.e\\.)\\s+([^,.;]{3,80}))`,
      'gu',
    ),
  )) {
    if (initialsMatch(m[1] ?? m[2] ?? '')) return true;
  }
  return false;
}

/**
 * The acronyms of `text` a listener would have to guess: not common, not a unit, not spelled
 * out anywhere in `context` (the whole pitch), not marked as known. Distinct, in order.
 */
export function unexplainedAcronyms(
  text: string,
  context: string,
  known: readonly string[] = [],
): Span[] {
  const knownSet = new Set(known.map((k) => k.toUpperCase()));
  const seen = new Set<string>();
  const result: Span[] = [];
  const found = findAcronyms(text);
  const statesListed = found.filter((a) => STATE_CODES.has(a.text)).length >= 2;
  for (const acronym of found) {
    if (statesListed && STATE_CODES.has(acronym.text)) continue;
    const key = acronym.text.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (isCommonAcronym(key) || knownSet.has(key) || isSpelledOut(acronym.text, context)) continue;
    result.push(acronym);
  }
  return result;
}
