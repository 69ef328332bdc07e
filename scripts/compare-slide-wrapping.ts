/**
 * Checks that LibreOffice wraps an exported slide exactly as the fit model says, line for line.
 * Converts each PPTX to PDF with LibreOffice, reads the word boxes with pdftotext -bbox, groups
 * the words of each model box into lines and compares them with fitSlide's lines.
 *
 * Usage: npx tsx scripts/compare-slide-wrapping.ts <pitch.json> <slide.pptx> [<pitch.json> <slide.pptx> ...]
 * (the PPTX being the export of that pitch: "Download PPTX" or POST /api/export/pptx).
 * Needs soffice and pdftotext. Exits 1 when a box differs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pitchFileSchema } from '../lib/pitch/schema';
import { fitSlide, POINTS_PER_INCH, type FittedBox } from '../lib/slide';

interface Word {
  x: number;
  y: number;
  bottom: number;
  text: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const WORD =
  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function wordsOf(pdf: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-']).toString();
  return [...xml.matchAll(WORD)].map(([, x0, y0, x1, y1, text]) => ({
    x: (Number(x0) + Number(x1)) / 2,
    y: (Number(y0) + Number(y1)) / 2,
    bottom: Number(y1),
    text: (text ?? '').replace(/&(amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e),
  }));
}

/** The lines LibreOffice drew inside a box: words grouped by baseline, bullets left out. */
function drawnLines(words: Word[], box: FittedBox['box']): string[] {
  const pt = (inches: number) => inches * POINTS_PER_INCH;
  const inside = words.filter(
    (w) =>
      w.text !== '•' &&
      w.x >= pt(box.xIn) &&
      w.x <= pt(box.xIn + box.wIn) &&
      w.y >= pt(box.yIn) - 2 &&
      w.y <= pt(box.yIn + box.hIn) + 2,
  );
  const lines: Array<{ bottom: number; words: string[] }> = [];
  for (const w of inside.sort((a, b) => a.bottom - b.bottom || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.bottom - w.bottom) < 2);
    if (line) line.words.push(w.text);
    else lines.push({ bottom: w.bottom, words: [w.text] });
  }
  return lines.map((l) => l.words.join(' '));
}

const args = process.argv.slice(2);
const outDir = mkdtempSync(join(tmpdir(), 'slide-wrapping-'));
let lines = 0;
let matching = 0;
for (let i = 0; i + 1 < args.length; i += 2) {
  const [pitchPath, pptxPath] = [args[i] as string, args[i + 1] as string];
  const fit = fitSlide(pitchFileSchema.parse(JSON.parse(readFileSync(pitchPath, 'utf8'))));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, pptxPath], {
    stdio: 'ignore',
  });
  const words = wordsOf(join(outDir, basename(pptxPath).replace(/\.pptx$/i, '.pdf')));
  const boxes = [fit.headline, fit.situation, fit.action, fit.outcome, fit.ask, fit.trace];
  for (const box of boxes.filter((b): b is FittedBox => b !== undefined)) {
    const model = box.paragraphs.flatMap((p) => p.lines.map((l) => l.text.replace(/\s+/g, ' ')));
    const drawn = drawnLines(words, box.box);
    lines += model.length;
    if (model.length === drawn.length && model.every((l, n) => l.trim() === drawn[n])) {
      matching += model.length;
    } else {
      console.log(`${pitchPath} ${box.id} at ${box.fontSizePt} pt differs`);
      console.log(
        `  model:       ${JSON.stringify(model)}\n  LibreOffice: ${JSON.stringify(drawn)}`,
      );
    }
  }
}
console.log(`${matching}/${lines} model lines match LibreOffice line for line`);
process.exitCode = matching === lines ? 0 : 1;
