/**
 * Writes public/fonts/slide-sans-{regular,bold}.woff2 (Carlito subsets, renamed: the OFL reserves the name "Carlito" for unmodified fonts): Carlito subset to the characters whose widths
 * the slide model knows (lib/slide/measured-ranges.ts), so the in-app preview draws with the same
 * glyphs the fit measured. HarfBuzz (via subset-font) keeps the kerning the fit also applies.
 *
 * Run: npx tsx scripts/build-web-fonts.ts  (needs Debian's fonts-crosextra-carlito)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { MEASURED_RANGES } from '../lib/slide/measured-ranges';

const FONT_DIR = '/usr/share/fonts/truetype/crosextra';
const OUT_DIR = join(process.cwd(), 'public/fonts');

const characters = MEASURED_RANGES.map(({ start, end }) =>
  Array.from({ length: end - start + 1 }, (_, i) => String.fromCodePoint(start + i)).join(''),
).join('');

for (const weight of ['Regular', 'Bold']) {
  const source = readFileSync(join(FONT_DIR, `Carlito-${weight}.ttf`));
  const woff2 = await subsetFont(source, characters, { targetFormat: 'woff2', noHinting: true });
  const out = join(OUT_DIR, `slide-sans-${weight.toLowerCase()}.woff2`);
  writeFileSync(out, woff2);
  console.log(`Wrote ${out} (${(woff2.byteLength / 1024).toFixed(1)} KB)`);
}
