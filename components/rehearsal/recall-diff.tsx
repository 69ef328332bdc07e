'use client';

import { useEffect, useRef } from 'react';
import type { RecallOp, RecallScore } from '@/lib/rehearsal';

const MARK = 'rounded px-0.5 decoration-2 underline-offset-4';
const MISSING = `${MARK} bg-amber-100 text-amber-950 underline decoration-dotted dark:bg-amber-900/70 dark:text-amber-50`;
const RIGHT_WORD = `${MARK} bg-emerald-100 text-emerald-950 underline dark:bg-emerald-900/70 dark:text-emerald-50`;
const EXTRA = `${MARK} bg-rose-100 text-rose-950 line-through dark:bg-rose-900/70 dark:text-rose-50`;

function Op({ op }: { op: RecallOp }) {
  switch (op.kind) {
    case 'same':
      return <span>{op.expected}</span>;
    case 'missing':
      return (
        <ins className={MISSING}>
          <span className="sr-only">missing: </span>
          {op.expected}
        </ins>
      );
    case 'extra':
      return (
        <del className={EXTRA}>
          <span className="sr-only">extra: </span>
          {op.typed}
        </del>
      );
    case 'changed':
      return (
        <span>
          <del className={EXTRA}>
            <span className="sr-only">you wrote: </span>
            {op.typed}
          </del>{' '}
          <ins className={RIGHT_WORD}>
            <span className="sr-only">expected: </span>
            {op.expected}
          </ins>
        </span>
      );
  }
}

/** The typed recall word by word: colour plus underline (missing) and strike-through (extra). */
export function RecallDiff({ score }: { score: RecallScore }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the result, out of the answer field, so 1–4 grade straight away.
  useEffect(() => heading.current?.focus(), []);
  const wrong = score.missing + score.extra + score.changed;
  return (
    <section aria-labelledby="recall-result" className="space-y-3">
      <h3 id="recall-result" ref={heading} tabIndex={-1} className="rounded text-lg font-semibold">
        Accuracy {score.accuracy}%
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {score.correct} word{score.correct === 1 ? '' : 's'} right
        {wrong === 0 ? ', word-perfect.' : `: ${score.missing} missing, ${score.extra} extra, ${score.changed} changed.`}
      </p>
      <p className="rounded-xl border border-slate-200 bg-white p-4 text-lg leading-loose dark:border-slate-700 dark:bg-slate-900">
        {score.ops.map((op, i) => (
          <span key={i}>
            {i > 0 ? ' ' : null}
            <Op op={op} />
          </span>
        ))}
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-300">
        <span>
          <span className={MISSING}>Dotted underline</span>: missing word
        </span>
        <span>
          <span className={EXTRA}>Struck through</span>: extra or wrong word
        </span>
        <span>
          <span className={RIGHT_WORD}>Underlined</span> after it: the right word
        </span>
      </p>
    </section>
  );
}
