import { recallWords, type RecallOptions, type RecallWord } from './recall-words';

/** One step of the comparison, in reading order of the expected text. */
export type RecallOp =
  | { kind: 'same'; expected: string; typed: string }
  | { kind: 'missing'; expected: string }
  | { kind: 'extra'; typed: string }
  | { kind: 'changed'; expected: string; typed: string };

export interface RecallScore {
  ops: RecallOp[];
  correct: number;
  missing: number;
  extra: number;
  changed: number;
  /** Percent 0–100: correct words over expected words plus extra words. */
  accuracy: number;
}

/** Longest-common-subsequence table over normalised words: lcs[i][j] for suffixes i, j. */
function lcsTable(a: RecallWord[], b: RecallWord[]): Uint16Array[] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i]?.norm === b[j]?.norm ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return table;
}

/** Between two matches, pairs missing and extra words up as changed words, in order. */
function flushGap(ops: RecallOp[], missing: string[], extra: string[]): void {
  const paired = Math.min(missing.length, extra.length);
  for (let k = 0; k < paired; k++) ops.push({ kind: 'changed', expected: missing[k] ?? '', typed: extra[k] ?? '' });
  for (const word of missing.slice(paired)) ops.push({ kind: 'missing', expected: word });
  for (const word of extra.slice(paired)) ops.push({ kind: 'extra', typed: word });
  missing.length = 0;
  extra.length = 0;
}

function diffWords(expected: RecallWord[], typed: RecallWord[]): RecallOp[] {
  const table = lcsTable(expected, typed);
  const ops: RecallOp[] = [];
  const missing: string[] = [];
  const extra: string[] = [];
  let i = 0;
  let j = 0;
  while (i < expected.length || j < typed.length) {
    const e = expected[i];
    const t = typed[j];
    if (e && t && e.norm === t.norm) {
      flushGap(ops, missing, extra);
      ops.push({ kind: 'same', expected: e.text, typed: t.text });
      i++;
      j++;
    } else if (e && (!t || (table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0))) {
      missing.push(e.text);
      i++;
    } else if (t) {
      extra.push(t.text);
      j++;
    }
  }
  flushGap(ops, missing, extra);
  return ops;
}

/**
 * Compares what the user typed from memory with the expected answer, word by word (LCS over
 * normalised words): which words were missing, extra or changed, and an accuracy in percent.
 */
export function scoreRecall(expectedText: string, typedText: string, options: RecallOptions = {}): RecallScore {
  const expected = recallWords(expectedText, options);
  const ops = diffWords(expected, recallWords(typedText, options));
  const tally = (kind: RecallOp['kind']) => ops.filter((op) => op.kind === kind).length;
  const correct = tally('same');
  const extra = tally('extra');
  const denominator = expected.length + extra;
  return {
    ops,
    correct,
    missing: tally('missing'),
    extra,
    changed: tally('changed'),
    accuracy: denominator === 0 ? 100 : Math.round((correct / denominator) * 100),
  };
}
