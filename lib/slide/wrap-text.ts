import type { FittedLine, TextRun } from './fit-types';
import { isBreakSpace, mayBreakBefore } from './line-breaks';
import { CARLITO, charWidthEm, kerningEm, type SlideFontMetrics } from './measure-text';

/**
 * A paragraph split into code points with their widths in em, prepared once and then wrapped at
 * any font size (widths scale linearly with the size, so only the line width in em changes).
 */
export interface PreparedParagraph {
  runs: TextRun[];
  chars: string[];
  /** Width of each code point in em, in the weight of its run. */
  widthsEm: number[];
  /** Index of the run each code point belongs to. */
  runOf: number[];
  /** breakBefore[i]: a line may start at code point i (by the line breaking rules). */
  breakBefore: boolean[];
  spaces: boolean[];
}

/**
 * Splits styled runs into measured code points; `boxBold` makes every run bold (the headline);
 * `font` is the family measured (Carlito by default).
 */
export function prepareParagraph(
  runs: TextRun[],
  boxBold = false,
  font: SlideFontMetrics = CARLITO,
): PreparedParagraph {
  const prepared: PreparedParagraph = {
    runs,
    chars: [],
    widthsEm: [],
    runOf: [],
    breakBefore: [],
    spaces: [],
  };
  let before2 = -1;
  let before = -1;
  runs.forEach((run, runIndex) => {
    const bold = boxBold || run.bold || run.emphasis === true;
    let previousInRun = -1;
    for (const ch of run.text) {
      const cp = ch.codePointAt(0) ?? 0;
      // Kerning belongs to the left character's advance, as a shaper applies it within a run.
      const last = prepared.widthsEm.length - 1;
      if (previousInRun >= 0 && last >= 0) {
        prepared.widthsEm[last] =
          (prepared.widthsEm[last] ?? 0) + kerningEm(previousInRun, cp, bold, font);
      }
      previousInRun = cp;
      prepared.chars.push(ch);
      prepared.widthsEm.push(charWidthEm(cp, bold, font));
      prepared.runOf.push(runIndex);
      prepared.breakBefore.push(before >= 0 && mayBreakBefore(before2, before, cp));
      prepared.spaces.push(isBreakSpace(cp));
      before2 = before;
      before = cp;
    }
  });
  return prepared;
}

/** A wrapped line as code point indices: [start, end) drawn, trailing spaces up to `next`. */
interface LineSpan {
  start: number;
  end: number;
  widthEm: number;
}

/**
 * Greedy line filling, as PowerPoint and LibreOffice do: words go on the line while they fit;
 * trailing spaces hang past the edge; a word wider than a whole line breaks between code points.
 */
export function wrapPrepared(p: PreparedParagraph, maxWidthEm: number): LineSpan[] {
  const n = p.chars.length;
  if (n === 0) return [{ start: 0, end: 0, widthEm: 0 }];
  const lines: LineSpan[] = [];
  const limit = maxWidthEm + 1e-9;
  let start = 0;
  let end = 0; // end of drawn content on the current line
  let width = 0; // drawn width of [start, end)
  let pending = 0; // width of spaces after `end` on the current line
  let i = 0;
  while (i < n) {
    // The next word: code points up to the next break opportunity, then its spaces.
    let j = i + 1;
    while (j < n && !p.breakBefore[j] && !p.spaces[j]) j++;
    let wordWidth = 0;
    for (let k = i; k < j; k++) wordWidth += p.widthsEm[k] ?? 0;
    const isSpaceRun = p.spaces[i] === true;
    if (isSpaceRun) {
      pending += wordWidth;
      i = j;
      continue;
    }
    if (end === start || width + pending + wordWidth <= limit) {
      if (end !== start || wordWidth <= limit) {
        width += pending + wordWidth;
        end = j;
        pending = 0;
        i = j;
        continue;
      }
      // A word wider than a whole line: fill the line code point by code point.
      let k = i;
      let w = 0;
      while (k < j && (k === i || w + (p.widthsEm[k] ?? 0) <= limit || !canSplitAt(p, k))) {
        w += p.widthsEm[k] ?? 0;
        k++;
      }
      if (k === j) {
        width = w;
        end = j;
        pending = 0;
        i = j;
        continue;
      }
      lines.push({ start, end: k, widthEm: w });
      start = end = i = k;
      width = pending = 0;
      continue;
    }
    lines.push({ start, end, widthEm: width });
    start = end = i;
    width = pending = 0;
  }
  lines.push({ start, end, widthEm: width });
  return lines;
}

/** A word may be cut before code point k unless k glues to the previous one (marks, joiners). */
function canSplitAt(p: PreparedParagraph, k: number): boolean {
  const cp = p.chars[k]?.codePointAt(0) ?? 0;
  const prev = p.chars[k - 1]?.codePointAt(0) ?? 0;
  const glues =
    prev === 0x200d ||
    cp === 0x200d ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff);
  return !glues;
}

/** The styled runs of code points [start, end) of a paragraph, adjacent same-run pieces merged. */
export function lineRuns(p: PreparedParagraph, start: number, end: number): TextRun[] {
  const out: TextRun[] = [];
  let current = -1;
  for (let k = start; k < end; k++) {
    const runIndex = p.runOf[k] ?? 0;
    const ch = p.chars[k] ?? '';
    const last = out[out.length - 1];
    if (runIndex === current && last) {
      last.text += ch;
    } else {
      const run = p.runs[runIndex];
      out.push({ ...run, text: ch, bold: run?.bold ?? false });
      current = runIndex;
    }
  }
  return out;
}

/** Wraps a prepared paragraph into lines for a line width in points at a font size in points. */
export function wrapParagraph(
  p: PreparedParagraph,
  fontSizePt: number,
  maxWidthPt: number,
): FittedLine[] {
  return wrapPrepared(p, maxWidthPt / fontSizePt).map(({ start, end, widthEm }) => {
    const runs = lineRuns(p, start, end);
    return { runs, text: runs.map((r) => r.text).join(''), widthPt: widthEm * fontSizePt };
  });
}
