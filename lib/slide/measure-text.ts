import { CARLITO_METRICS } from './carlito-metrics';

/**
 * Text measurement with Carlito's advance widths (= Calibri's). Widths are summed per code point
 * without kerning, as PowerPoint lays out text boxes whose runs carry no `kern` attribute.
 */

const UNITS = CARLITO_METRICS.unitsPerEm;
const TABLE_SIZE = 0x2300;

function buildTable(weight: 'regular' | 'bold'): Float64Array {
  const table = new Float64Array(TABLE_SIZE).fill(-1);
  for (const range of CARLITO_METRICS.ranges) {
    range[weight].forEach((units, i) => {
      if (units >= 0) table[range.start + i] = units / UNITS;
    });
  }
  return table;
}

const REGULAR = buildTable('regular');
const BOLD = buildTable('bold');

/** Width in em of a character another font draws: CJK and emoji take a full em. */
export const WIDE_FALLBACK_EM = 1;
/** Width in em of other characters Carlito lacks (Arabic, Hebrew, Devanagari...), on the wide side. */
export const NARROW_FALLBACK_EM = 0.6;

/** True for code points that draw nothing: controls, joiners, variation selectors, combining marks. */
export function isZeroWidth(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe01ef)
  );
}

/** True for East Asian wide characters and emoji, which take a full em. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Advance width of one code point in em (multiply by the font size in pt to get pt). */
export function charWidthEm(cp: number, bold: boolean): number {
  if (cp < TABLE_SIZE) {
    const known = (bold ? BOLD : REGULAR)[cp] ?? -1;
    if (known >= 0) return known;
  }
  if (isZeroWidth(cp)) return 0;
  return isWide(cp) ? WIDE_FALLBACK_EM : NARROW_FALLBACK_EM;
}

/** Width of a string in em, summed per code point. */
export function measureTextEm(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch.codePointAt(0) ?? 0, bold);
  return em;
}

/** Width of a string in points at a font size in points, in Carlito regular or bold. */
export function measureTextPt(text: string, fontSizePt: number, bold = false): number {
  return measureTextEm(text, bold) * fontSizePt;
}
