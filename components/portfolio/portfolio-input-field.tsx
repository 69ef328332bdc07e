'use client';

import { useId, useState } from 'react';
import { inputStyles } from '@/components/ui/button-styles';
import { PORTFOLIO_INPUT_LABELS, type InputValue, type PortfolioInput } from '@/lib/portfolio';
import type { Portfolio } from '@/lib/pitch/schema';
import { parseInput, showInput } from './parse-input';

function originText(input: InputValue<number | string>, key: PortfolioInput): string {
  switch (input.origin) {
    case 'entered':
      return 'Entered by you; clear it to go back to the slide or the assumption.';
    case 'slide':
      return `From the slide: ${input.source ?? ''}`;
    case 'assumed':
      return `Assumed ${showInput(input.value)}${key === 'confidence' ? '%' : ''}: nobody gave it.`;
    default:
      return key === 'currency' ? 'No currency on the slide.' : 'Not on the slide: needed to rank.';
  }
}

/**
 * One portfolio input of one pitch: shows the value in use and where it comes from, and saves
 * what the user types when they leave the field or press Enter (checked by the pitch schema first).
 */
export function PortfolioInputField<K extends PortfolioInput>({
  inputKey,
  input,
  pitchName,
  onCommit,
}: {
  inputKey: K;
  input: InputValue<number | string>;
  pitchName: string;
  onCommit: (value: Portfolio[K] | undefined) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown =
    input.origin === 'entered' || input.origin === 'slide' ? showInput(input.value) : '';

  const commit = () => {
    if (draft === null) return;
    const parsed = parseInput(inputKey, draft);
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    setDraft(null);
    const stored = input.origin === 'entered' ? input.value : undefined;
    if (parsed.value !== stored) onCommit(parsed.value);
  };

  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {PORTFOLIO_INPUT_LABELS[inputKey]}
        <span className="sr-only"> of {pitchName}</span>
      </label>
      <input
        id={id}
        className={`${inputStyles} mt-1`}
        inputMode={inputKey === 'currency' ? 'text' : 'decimal'}
        autoComplete="off"
        value={draft ?? shown}
        placeholder={input.origin === 'assumed' ? showInput(input.value) : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-origin${error ? ` ${id}-error` : ''}`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      <p
        id={`${id}-origin`}
        className={`mt-1 text-xs break-words ${input.origin === 'slide' ? 'text-emerald-800 dark:text-emerald-300' : 'text-slate-600 dark:text-slate-300'}`}
      >
        {originText(input, inputKey)}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
