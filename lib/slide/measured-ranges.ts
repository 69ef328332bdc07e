/**
 * Unicode blocks whose Carlito widths are in carlito-metrics.ts and whose glyphs are in the web
 * fonts (public/fonts/Carlito-*.woff2). Shared by both generator scripts so measurement and
 * preview cover the same characters; anything else is measured with a fallback width.
 */
export const MEASURED_RANGES: ReadonlyArray<{ name: string; start: number; end: number }> = [
  { name: 'Basic Latin', start: 0x20, end: 0x7e },
  { name: 'Latin-1 Supplement', start: 0xa0, end: 0xff },
  { name: 'Latin Extended-A', start: 0x100, end: 0x17f },
  { name: 'Greek and Coptic', start: 0x370, end: 0x3ff },
  { name: 'Cyrillic', start: 0x400, end: 0x4ff },
  { name: 'General Punctuation', start: 0x2000, end: 0x206f },
  { name: 'Currency Symbols', start: 0x20a0, end: 0x20cf },
  { name: 'Letterlike Symbols', start: 0x2100, end: 0x214f },
  { name: 'Arrows', start: 0x2190, end: 0x21ff },
  { name: 'Mathematical Operators', start: 0x2200, end: 0x22ff },
];
