'use client';

import { useId, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PitchFile } from '@/lib/pitch/schema';
import { buttonStyles, inputStyles } from '@/components/ui/button-styles';
import { keyNumberChoice } from './key-number-choice';

const Figure = ({ children }: { children: string }) => (
  <strong className="font-bold text-slate-900 dark:text-white">{children}</strong>
);

/**
 * Outcome step: the number the slide emphasises (and the card and rehearsal use), and, when the
 * outcome has two or more, a choice of another. The choice is the pitch's `keyNumber`, kept as
 * written on the slide; Automatic removes it.
 */
export function KeyNumberField() {
  const id = useId();
  const { setValue } = useFormContext<PitchFile>();
  const outcome = useWatch<PitchFile, 'outcome'>({ name: 'outcome' });
  const stored = useWatch<PitchFile, 'keyNumber'>({ name: 'keyNumber' });
  const { options, shown, automatic, selected, stale } = keyNumberChoice(outcome, stored);
  const select = useRef<HTMLSelectElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const canChoose = options.length >= 2;

  const store = (value: string) =>
    setValue('keyNumber', value || undefined, { shouldDirty: true, shouldValidate: true });
  const clear = () => {
    store('');
    // The button goes away: focus the choice, or the heading when there is nothing to choose.
    requestAnimationFrame(() => (select.current ?? heading.current)?.focus());
  };

  return (
    <div className="grid gap-2 rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-800/60">
      <h3
        ref={heading}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 focus:outline-none dark:text-white"
      >
        {canChoose ? <label htmlFor={id}>Key number</label> : 'Key number'}
      </h3>
      {stale ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border-l-4 border-amber-500 bg-amber-50 px-3 py-2 dark:border-amber-400 dark:bg-amber-950/40">
          <p
            id={`${id}-shown`}
            className="min-w-0 flex-1 basis-52 text-sm text-slate-800 dark:text-slate-200"
          >
            “<span className="break-words">{stale}</span>” is no longer in the outcome;{' '}
            {shown ? (
              <>
                the slide uses <Figure>{shown}</Figure>.
              </>
            ) : (
              'the slide has no key number yet.'
            )}
          </p>
          <button type="button" className={buttonStyles.secondary} onClick={clear}>
            Clear the old choice
          </button>
        </div>
      ) : (
        <p id={`${id}-shown`} className="text-sm text-slate-700 dark:text-slate-300">
          {shown ? (
            <>
              The slide emphasises <Figure>{shown}</Figure>
              {canChoose
                ? '; the card and rehearsal use it too.'
                : ', the only number in the outcome.'}
            </>
          ) : (
            'The slide has no key number yet: add a number to an outcome point and it will stand out.'
          )}
        </p>
      )}
      {canChoose ? (
        <select
          id={id}
          ref={select}
          className={`${inputStyles} min-w-0 sm:w-auto sm:min-w-56 sm:max-w-full sm:justify-self-start`}
          aria-describedby={`${id}-shown`}
          value={selected}
          onChange={(event) => store(event.target.value)}
        >
          <option value="">Automatic: {automatic}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : null}
      <p role="status" className="sr-only">
        {stale ? 'Your key number choice is no longer in the outcome.' : ''}
      </p>
    </div>
  );
}
