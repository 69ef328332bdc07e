'use client';

import { useId, useState } from 'react';
import { suggestGrade, type GradeName, type RehearsalCard } from '@/lib/rehearsal';
import { buttonStyles, inputStyles } from '@/components/ui/button-styles';
import { GradeButtons } from './grade-buttons';
import { RecallDiff } from './recall-diff';
import type { RecallState } from './use-recall';

export interface RecallPanelProps {
  recall: RecallState;
  /** The current card; undefined when no card is due (only the whole pitch can be recalled). */
  card: RehearsalCard | undefined;
  script: string;
  intervals: Record<GradeName, number> | undefined;
  onGrade: (grade: GradeName) => void;
}

/** Typed recall: write the answer (or the whole pitch) from memory, then see it compared word by word. */
export function RecallPanel({ recall, card, script, intervals, onGrade }: RecallPanelProps) {
  const [typed, setTyped] = useState('');
  const fieldId = useId();
  const { score } = recall;
  const recallsCard = recall.target === 'card' && card !== undefined;
  const prompt = recallsCard ? card.front : 'Your whole pitch, from the first word to the ask';

  const check = () => recall.check(typed, card, script);
  const restart = (target = recall.target) => {
    setTyped('');
    recall.reset(target);
  };

  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 text-sm font-semibold">What to recall</legend>
        {(['card', 'pitch'] as const).map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 has-checked:border-indigo-500 has-checked:bg-indigo-50 has-disabled:opacity-50 dark:border-slate-600 dark:has-checked:bg-indigo-950"
          >
            <input
              type="radio"
              name={`${fieldId}-target`}
              checked={(value === 'card') === recallsCard}
              disabled={value === 'card' && !card}
              onChange={() => restart(value)}
              className="size-4 accent-indigo-600"
            />
            {value === 'card' ? 'This card' : 'Whole pitch'}
          </label>
        ))}
      </fieldset>
      <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-700 dark:bg-slate-900">
        {recallsCard ? <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">{card.label}</p> : null}
        <h2 className="mt-1 text-xl font-semibold text-balance">{prompt}</h2>
        <label htmlFor={fieldId} className="mt-4 block text-sm font-semibold">
          Your answer
        </label>
        <textarea
          id={fieldId}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !score) {
              e.preventDefault();
              check();
            }
          }}
          readOnly={score !== undefined}
          rows={recallsCard ? 4 : 8}
          aria-describedby={`${fieldId}-hint`}
          className={`${inputStyles} mt-1 text-lg`}
        />
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Ctrl+Enter checks. Case, punctuation and “21” vs “twenty-one” do not count against you.
        </p>
        <div className="mt-3">
          {score ? (
            <button type="button" className={`${buttonStyles.secondary} min-h-11`} onClick={() => restart()}>
              Try again
            </button>
          ) : (
            <button type="button" className={`${buttonStyles.primary} min-h-11`} onClick={check}>
              Check
            </button>
          )}
        </div>
      </div>
      <p className="sr-only" aria-live="polite">
        {score ? `Checked. Accuracy ${score.accuracy}%: ${score.missing} missing, ${score.extra} extra, ${score.changed} changed.` : ''}
      </p>
      {score ? (
        <div className="space-y-4">
          <RecallDiff score={score} />
          {recallsCard && intervals ? (
            <>
              <p className="text-sm text-slate-700 dark:text-slate-300">Grade the card (1–4); the suggested grade is ringed.</p>
              <GradeButtons intervals={intervals} onGrade={onGrade} suggested={suggestGrade(score.accuracy)} />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
