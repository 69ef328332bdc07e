import { CARLITO_METRICS, type MetricsRange } from './carlito-metrics';

/**
 * Text measurement with Carlito's advance widths (= Calibri's) plus pair kerning: PowerPoint kerns
 * text of 12 pt and above (the deck's default text style says `kern="1200"`, and the slide never
 * goes below 12 pt) and LibreOffice kerns too. Ligatures are not counted (PowerPoint makes none).
 */

const TABLE_SIZE = 0x2300;

/** The metrics a generated *-metrics.ts file carries (Carlito's shape). */
interface GeneratedMetrics {
  unitsPerEm: number;
  ranges: readonly MetricsRange[];
  kerning: Record<'regular' | 'bold', Readonly<Record<number, readonly number[]>>>;
}

/** One font family's widths and kerning in em, ready to measure with. */
export interface SlideFontMetrics {
  /** The family the widths are measured from (Carlito, Liberation Sans, Caladea). */
  family: string;
  regular: Float64Array;
  bold: Float64Array;
  kernRegular: Map<number, number>;
  kernBold: Map<number, number>;
}

function buildTable(metrics: GeneratedMetrics, weight: 'regular' | 'bold'): Float64Array {
  const table = new Float64Array(TABLE_SIZE).fill(-1);
  for (const range of metrics.ranges) {
    range[weight].forEach((units, i) => {
      if (units >= 0) table[range.start + i] = units / metrics.unitsPerEm;
    });
  }
  return table;
}

function buildKerning(metrics: GeneratedMetrics, weight: 'regular' | 'bold'): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const [left, list] of Object.entries(metrics.kerning[weight])) {
    for (let i = 0; i + 1 < list.length; i += 2) {
      pairs.set(Number(left) * 0x10000 + (list[i] ?? 0), (list[i + 1] ?? 0) / metrics.unitsPerEm);
    }
  }
  return pairs;
}

/** Builds measuring tables from generated metrics (once per family: callers keep the result). */
export function slideFontMetrics(family: string, metrics: GeneratedMetrics): SlideFontMetrics {
  return {
    family,
    regular: buildTable(metrics, 'regular'),
    bold: buildTable(metrics, 'bold'),
    kernRegular: buildKerning(metrics, 'regular'),
    kernBold: buildKerning(metrics, 'bold'),
  };
}

/** Carlito's metrics (= Calibri's), the default slide font's. */
export const CARLITO: SlideFontMetrics = slideFontMetrics('Carlito', CARLITO_METRICS);

/** Kerning between two code points in em (usually negative); 0 for pairs the font does not kern. */
export function kerningEm(left: number, right: number, bold: boolean, font = CARLITO): number {
  if (left > 0xffff || right > 0xffff) return 0;
  return (bold ? font.kernBold : font.kernRegular).get(left * 0x10000 + right) ?? 0;
}

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
export function charWidthEm(cp: number, bold: boolean, font = CARLITO): number {
  if (cp < TABLE_SIZE) {
    const known = (bold ? font.bold : font.regular)[cp] ?? -1;
    if (known >= 0) return known;
  }
  if (isZeroWidth(cp)) return 0;
  return isWide(cp) ? WIDE_FALLBACK_EM : NARROW_FALLBACK_EM;
}

/** Width of a string in em: advance widths per code point plus pair kerning. */
export function measureTextEm(text: string, bold = false, font = CARLITO): number {
  let em = 0;
  let previous = -1;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    em += charWidthEm(cp, bold, font) + (previous >= 0 ? kerningEm(previous, cp, bold, font) : 0);
    previous = cp;
  }
  return em;
}

/** Width of a string in points at a font size in points, in Carlito regular or bold. */
export function measureTextPt(
  text: string,
  fontSizePt: number,
  bold = false,
  font = CARLITO,
): number {
  return measureTextEm(text, bold, font) * fontSizePt;
}
