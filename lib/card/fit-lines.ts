import type { FaceRole } from './card-fonts';
import type { Atom, Glyph, PreparedText } from './prepare-text';

/** Width of `text` in `role`'s face at 1 pt, in points. */
export type MeasureText = (role: FaceRole, text: string) => number;

/** A run of one face inside a line; `x` and `width` are at 1 pt (multiply by the font size). */
export interface LineRun {
  role: FaceRole;
  text: string;
  x: number;
  width: number;
}

export interface Line {
  runs: LineRun[];
  width: number;
}

export interface FitOptions {
  maxSize: number;
  minSize: number;
  /** Line pitch as a multiple of the font size. */
  lineHeight: number;
  /** At most this many lines, whatever the box height (default: no limit). */
  maxLines?: number;
}

export interface FittedText {
  size: number;
  lines: Line[];
  /** Whether text was cut (and "…" added) because it did not fit even at `minSize`. */
  truncated: boolean;
}

const ELLIPSIS = '…';
const SIZE_STEP = 0.25;

/** Neighbouring glyphs of one face, merged so each is measured (and drawn) as one string. */
function segmentsOf(glyphs: readonly Glyph[]): Glyph[] {
  const segments: Glyph[] = [];
  for (const glyph of glyphs) {
    const last = segments[segments.length - 1];
    if (last && last.role === glyph.role) last.text += glyph.text;
    else segments.push({ ...glyph });
  }
  return segments;
}

/**
 * Appends `glyphs` to `line`, extending the last run when the face is the same. Widths are summed
 * per segment (measured once and cached), so wrapping costs no re-measuring of whole lines.
 */
function appendGlyphs(line: Line, glyphs: readonly Glyph[], measure: MeasureText): void {
  for (const segment of segmentsOf(glyphs)) {
    const width = measure(segment.role, segment.text);
    const last = line.runs[line.runs.length - 1];
    if (last && last.role === segment.role) {
      last.text += segment.text;
      last.width += width;
    } else {
      line.runs.push({ role: segment.role, text: segment.text, x: line.width, width });
    }
    line.width += width;
  }
}

const atomWidth = (atom: Atom, measure: MeasureText) =>
  segmentsOf(atom.glyphs).reduce((sum, segment) => sum + measure(segment.role, segment.text), 0);

/** Cuts an atom wider than a whole line into pieces that fit (a long URL, a Thai sentence). */
function splitAtom(atom: Atom, maxWidth: number, measure: MeasureText): Atom[] {
  const pieces: Atom[] = [];
  let current: Atom = { glyphs: [], spaceBefore: atom.spaceBefore };
  let width = 0;
  for (const glyph of atom.glyphs) {
    const w = measure(glyph.role, glyph.text);
    if (current.glyphs.length > 0 && width + w > maxWidth) {
      pieces.push(current);
      current = { glyphs: [], spaceBefore: false };
      width = 0;
    }
    current.glyphs.push(glyph);
    width += w;
  }
  if (current.glyphs.length > 0) pieces.push(current);
  return pieces;
}

/** Greedy line breaking of every paragraph at 1 pt into lines of at most `maxWidth` (1 pt units). */
export function wrapText(text: PreparedText, maxWidth: number, measure: MeasureText): Line[] {
  const lines: Line[] = [];
  for (const paragraph of text.paragraphs) {
    let line: Line = { runs: [], width: 0 };
    for (const original of paragraph) {
      const atoms =
        atomWidth(original, measure) > maxWidth
          ? splitAtom(original, maxWidth, measure)
          : [original];
      for (const atom of atoms) {
        const width = atomWidth(atom, measure);
        const lastRole = line.runs[line.runs.length - 1]?.role ?? 'regular';
        const space: Glyph = { role: lastRole, text: ' ' };
        const gap = line.runs.length > 0 && atom.spaceBefore ? measure(space.role, ' ') : 0;
        if (line.runs.length > 0 && line.width + gap + width > maxWidth) {
          lines.push(line);
          line = { runs: [], width: 0 };
        } else if (gap > 0) {
          appendGlyphs(line, [space], measure);
        }
        appendGlyphs(line, atom.glyphs, measure);
      }
    }
    if (line.runs.length > 0) lines.push(line);
  }
  return lines;
}

/** Shortens `line` until it and a trailing "…" fit in `maxWidth` (1 pt units). */
function withEllipsis(line: Line, maxWidth: number, measure: MeasureText): Line {
  const glyphs: Glyph[] = line.runs.flatMap((run) =>
    Array.from(run.text, (text) => ({ role: run.role, text })),
  );
  let keep = glyphs.length;
  let width = line.width;
  const ellipsis = measure('regular', ELLIPSIS);
  while (keep > 0 && (width + ellipsis > maxWidth || glyphs[keep - 1]!.text.trim() === '')) {
    keep -= 1;
    width -= measure(glyphs[keep]!.role, glyphs[keep]!.text);
  }
  const kept = glyphs.slice(0, keep);
  const role: FaceRole = kept[kept.length - 1]?.role === 'bold' ? 'bold' : 'regular';
  const out: Line = { runs: [], width: 0 };
  appendGlyphs(out, [...kept, { role, text: ELLIPSIS }], measure);
  return out;
}

/**
 * Finds the largest font size (in 0.25 pt steps from `maxSize` down to `minSize`) at which the
 * wrapped text fits a box of `width` × `height` points; below that, keeps the lines that fit
 * at `minSize` and ends the last with "…" (`truncated`), so nothing ever runs off the card.
 */
export function fitText(
  text: PreparedText,
  width: number,
  height: number,
  options: FitOptions,
  measure: MeasureText,
): FittedText {
  const linesThatFit = (size: number) =>
    Math.min(
      options.maxLines ?? Infinity,
      Math.max(
        1,
        Math.floor((height + size * (options.lineHeight - 1)) / (size * options.lineHeight)),
      ),
    );
  const fitsAt = (size: number) => {
    const lines = wrapText(text, width / size, measure);
    return lines.length <= linesThatFit(size) ? lines : null;
  };
  // Greedy wrapping needs more lines as the size grows, so binary search the 0.25 pt steps.
  const steps = Math.max(0, Math.floor((options.maxSize - options.minSize) / SIZE_STEP + 1e-9));
  const sizeAt = (step: number) => options.maxSize - step * SIZE_STEP;
  const largest = fitsAt(options.maxSize);
  if (largest) return { size: options.maxSize, lines: largest, truncated: false };
  let low = 1; // first candidate step below the maximum
  let high = steps; // the minimum size
  let best: FittedText | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const lines = fitsAt(sizeAt(mid));
    if (lines) {
      best = { size: sizeAt(mid), lines, truncated: false };
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  if (best) return best;
  const size = options.minSize;
  const atMinimum = fitsAt(size);
  if (atMinimum) return { size, lines: atMinimum, truncated: false };
  const lines = wrapText(text, width / size, measure);
  const keep = linesThatFit(size);
  const kept = lines.slice(0, keep);
  const last = kept[kept.length - 1];
  if (last) kept[kept.length - 1] = withEllipsis(last, width / size, measure);
  return { size, lines: kept, truncated: true };
}
