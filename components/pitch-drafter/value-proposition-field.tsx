'use client';

import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Finding } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';
import { countWords } from '@/lib/pitch/spoken-time';
import { buttonStyles, inputStyles } from '@/components/ui/button-styles';
import { PitchAdviceList } from './pitch-advice-list';

/** Longest value proposition that still fits in one breath and one memory. */
const MAX_WORDS = 20;

/** "Value proposition": the one sentence to memorise, with its word count and an "Add to pitch". */
export function ValuePropositionField({ findings, onAdd }: { findings: Finding[]; onAdd: (sentence: string) => void }) {
  const id = useId();
  const { register, setFocus } = useFormContext<PitchFile>();
  const value = useWatch<PitchFile, 'valueProposition'>({ name: 'valueProposition' }) ?? '';
  const words = countWords(value);
  const tooLong = words > MAX_WORDS;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
        Value proposition
      </label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600 dark:text-slate-400">
        One sentence you can say from memory: who gains what, in plain words. Aim for {MAX_WORDS} words or fewer.
      </p>
      <textarea
        id={id}
        rows={2}
        aria-describedby={`${id}-hint ${id}-count ${id}-advice`}
        aria-invalid={tooLong || undefined}
        placeholder="Faster claims keep our top brokers loyal and free adjusters for the hard cases."
        className={`${inputStyles} mt-1 resize-y aria-[invalid=true]:border-amber-500`}
        {...register('valueProposition')}
      />
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <p id={`${id}-count`} className={`text-sm ${tooLong ? 'font-semibold text-amber-800 dark:text-amber-300' : 'text-slate-600 dark:text-slate-400'}`}>
          {tooLong ? `${words} words: over ${MAX_WORDS}. Trim it to one breath.` : `${words} of ${MAX_WORDS} words`}
        </p>
        <button type="button" className={buttonStyles.secondary} disabled={!value.trim()} onClick={() => onAdd(value)} aria-label="Add to pitch: value proposition">
          Add to pitch
        </button>
      </div>
      <div className="mt-1.5">
        <PitchAdviceList id={`${id}-advice`} findings={findings} text={value} onShow={() => setFocus('valueProposition')} />
      </div>
    </div>
  );
}
