'use client';

import { useId } from 'react';
import { DRAFT_LENSES, DRAFT_STYLES, type DraftStyleId, type LensId } from '@/lib/drafter';
import { TARGET_SECONDS, type TargetSeconds } from '@/lib/pitch/limits';
import { buttonStyles } from '@/components/ui/button-styles';

interface DraftControlsProps {
  style: DraftStyleId;
  targetSeconds: TargetSeconds;
  /** Who the pitch is for; `general` when the caller has no lens picker to offer. */
  lens?: LensId;
  onStyle: (style: DraftStyleId) => void;
  onTarget: (seconds: TargetSeconds) => void;
  onLens?: (lens: LensId) => void;
  onDraft: () => void;
}

const selectStyles =
  'mt-1 block min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/** "Draft pitch" with its choices: the style (radio cards), the target length and the audience lens. */
export function DraftControls({ style, targetSeconds, lens = 'general', onStyle, onTarget, onLens, onDraft }: DraftControlsProps) {
  const id = useId();
  const lensHint = DRAFT_LENSES.find((l) => l.id === lens)?.description;
  return (
    <div className="grid gap-4">
      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-800 dark:text-slate-100">Style</legend>
        <div className="grid gap-2 @xl:grid-cols-3">
          {DRAFT_STYLES.map((option) => (
            <label
              key={option.id}
              className="flex cursor-pointer gap-2 rounded-xl border border-slate-300 p-3 text-sm has-checked:border-indigo-500 has-checked:bg-indigo-50 has-focus-visible:outline-3 has-focus-visible:outline-indigo-500 dark:border-slate-600 dark:has-checked:border-indigo-400 dark:has-checked:bg-indigo-950/50"
            >
              <input
                type="radio"
                name={`${id}-style`}
                value={option.id}
                checked={style === option.id}
                onChange={() => onStyle(option.id)}
                aria-describedby={`${id}-${option.id}`}
                className="mt-0.5 size-4 shrink-0 accent-indigo-600 focus-visible:outline-none"
              />
              <span>
                <span className="block font-semibold">{option.label}</span>
                <span id={`${id}-${option.id}`} className="block text-slate-600 dark:text-slate-400">
                  {option.description}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-target`} className="block text-sm font-semibold text-slate-800 dark:text-slate-100">
            Target length
          </label>
          <select
            id={`${id}-target`}
            value={targetSeconds}
            onChange={(e) => onTarget(Number(e.target.value) as TargetSeconds)}
            className={selectStyles}
          >
            {TARGET_SECONDS.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds} seconds
              </option>
            ))}
          </select>
        </div>
        {onLens && (
          <div>
            <label htmlFor={`${id}-lens`} className="block text-sm font-semibold text-slate-800 dark:text-slate-100">
              Audience lens
            </label>
            <select
              id={`${id}-lens`}
              value={lens}
              onChange={(e) => onLens(DRAFT_LENSES.find((l) => l.id === e.target.value)?.id ?? 'general')}
              aria-describedby={`${id}-lens-hint`}
              className={selectStyles}
            >
              {DRAFT_LENSES.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" className={buttonStyles.primary} onClick={onDraft}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
            <path d="M13.6 2.6a2 2 0 0 1 2.8 2.8l-8.6 8.6-3.7 1 1-3.7 8.5-8.7ZM3 17h14a1 1 0 1 1 0 2H3a1 1 0 1 1 0-2Z" />
          </svg>
          Draft pitch
        </button>
      </div>
      {onLens && (
        <p id={`${id}-lens-hint`} className="-mt-2 text-sm text-slate-600 dark:text-slate-400">
          {lensHint}
        </p>
      )}
    </div>
  );
}
