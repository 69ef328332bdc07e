import type { Finding } from '@/lib/advice';

export interface TextSegment {
  text: string;
  /** The finding that concerns these words, when they are highlighted. */
  finding?: Finding;
}

/**
 * Splits `text` into plain and highlighted segments from findings with word offsets. Overlaps
 * keep the first finding (findings come sorted by position); offsets outside the text are dropped.
 */
export function highlightSegments(text: string, findings: Finding[]): TextSegment[] {
  const ranges = findings
    .filter((f): f is Finding & { start: number; end: number } => f.start !== undefined && f.end !== undefined)
    .filter((f) => f.start >= 0 && f.end <= text.length && f.start < f.end)
    .sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const f of ranges) {
    if (f.start < at) continue;
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
