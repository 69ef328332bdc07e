/**
 * Where a line may break, a small subset of Unicode line breaking (UAX #14) that covers what
 * PowerPoint and LibreOffice do with typical pitch text: after spaces, after a hyphen or dash
 * inside a word ("rules-|based", not "-5" or "2020-21"), after "/" and "?" inside URLs, and around
 * CJK ideographs and emoji (but not before closing or after opening CJK punctuation, nor inside
 * emoji sequences). Checked line for line against LibreOffice's rendering of the exported slide.
 */

const SPACES = new Set([0x20, 0x1680, 0x3000, 0x205f, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004]);
for (let cp = 0x2005; cp <= 0x200a; cp++) if (cp !== 0x2007) SPACES.add(cp);

/** Hyphens after which a word may break (not before a digit). */
const HYPHENS = new Set([0x2d, 0x2010, 0x2013]);
const EM_DASH = 0x2014;
const ZWJ = 0x200d;

/** Closing punctuation and small kana that must not start a line (CJK kinsoku + ASCII). */
const NO_START = new Set(
  [
    ...'、。，．・：；？！）］｝〕〉》」』】〙〗〟’”ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～,.;:!?)]}%',
  ].map((c) => c.codePointAt(0) ?? 0),
);
/** Opening punctuation that must not end a line. */
const NO_END = new Set([...'（［｛〔〈《「『【〘〖〝‘“([{'].map((c) => c.codePointAt(0) ?? 0));

/** True for spaces at which a line breaks; they hang at the end of a line and take no width there. */
export function isBreakSpace(cp: number): boolean {
  return SPACES.has(cp);
}

/** True for characters that glue to the one before: joiners, variation selectors, marks. */
function gluesToPrevious(cp: number): boolean {
  return (
    cp === ZWJ ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** CJK ideographs, kana, hangul syllables and emoji: a line may break before or after each. */
function isIdeographic(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) ||
    (cp >= 0x2600 && cp <= 0x27bf)
  );
}

const isDigit = (cp: number) => cp >= 0x30 && cp <= 0x39;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const isAsciiAlnum = (cp: number) =>
  isDigit(cp) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);

/**
 * Whether a line may break between code points `before2, before` and `current` (before2 is the
 * one before `before`, or -1 at the start of the paragraph). Pure, for one pair at a time.
 */
export function mayBreakBefore(before2: number, before: number, current: number): boolean {
  if (gluesToPrevious(current) || before === ZWJ) return false;
  if (isBreakSpace(current)) return false;
  if (isBreakSpace(before)) return true;
  if (NO_START.has(current) || NO_END.has(before)) return false;
  if (before === EM_DASH || current === EM_DASH) return before !== current;
  // Inside URLs and paths, as LibreOffice's ICU rules do: "reports/|2025" (not "com/|reports"),
  // "dashboard?|region".
  if (before === SLASH) return isDigit(current);
  if (before === QUESTION) return isAsciiAlnum(current) && before2 >= 0 && isAsciiAlnum(before2);
  if (HYPHENS.has(before)) {
    return before2 >= 0 && !isBreakSpace(before2) && !isDigit(current);
  }
  return isIdeographic(before) || isIdeographic(current);
}
