'use client';

import { useLayoutEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Finding } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';
import { highlightSegments } from './highlight-ranges';

/** Same box metrics for the textarea and the highlight layer behind it, so the words line up. */
const TEXT_BOX = 'px-3 py-2.5 text-base leading-7 font-sans whitespace-pre-wrap [overflow-wrap:anywhere]';
const MARK = {
  error: 'bg-rose-200 dark:bg-rose-500/40',
  warning: 'bg-amber-200 dark:bg-amber-400/35',
  tip: 'bg-sky-200 dark:bg-sky-400/35',
} as const;

interface PitchTextEditorProps {
  id: string;
  describedBy: string;
  /** Findings on the pitch whose offsets hold for the current text (empty while stale). */
  findings: Finding[];
  textareaRef: (element: HTMLTextAreaElement | null) => void;
}

/**
 * The "Elevator pitch" textarea over a mirrored layer that highlights the words advice is about.
 * It grows with its text (no inner scrolling), so the layer and the text never drift apart.
 */
export function PitchTextEditor({ id, describedBy, findings, textareaRef }: PitchTextEditorProps) {
  const { register } = useFormContext<PitchFile>();
  const text = useWatch<PitchFile, 'pitch.text'>({ name: 'pitch.text' }) ?? '';
  const area = useRef<HTMLTextAreaElement | null>(null);
  const { ref, ...field } = register('pitch.text');

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [text]);

  return (
    <div className="relative rounded-lg border border-slate-300 bg-white shadow-sm focus-within:border-indigo-500 focus-within:outline-3 focus-within:outline-offset-1 focus-within:outline-indigo-500 dark:border-slate-600 dark:bg-slate-900">
      <div aria-hidden="true" className={`${TEXT_BOX} pointer-events-none absolute inset-0 overflow-hidden text-transparent`}>
        {highlightSegments(text, findings).map((segment, i) =>
          segment.finding ? (
            <mark key={i} className={`rounded-sm text-transparent ${MARK[segment.finding.severity]}`}>
              {segment.text}
            </mark>
          ) : (
            <span key={i}>{segment.text}</span>
          ),
        )}
        {text.endsWith('\n') ? '\u200b' : null}
      </div>
      <textarea
        id={id}
        rows={7}
        spellCheck
        aria-describedby={describedBy}
        placeholder="Press “Draft pitch” to write one from your slide, or type your own."
        className={`${TEXT_BOX} relative block min-h-44 w-full resize-none overflow-hidden rounded-lg bg-transparent text-slate-900 placeholder:text-slate-500 focus:outline-none focus-visible:outline-none dark:text-slate-100 dark:placeholder:text-slate-400`}
        {...field}
        ref={(element) => {
          ref(element);
          area.current = element;
          textareaRef(element);
        }}
      />
    </div>
  );
}
