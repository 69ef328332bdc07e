'use client';

import { useId } from 'react';
import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { countCharacters, PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';
import { inputStyles } from '@/components/ui/button-styles';
import { useFieldFindings } from './advice-context';
import { FieldAdvice } from './field-advice';
import { useFieldErrors } from './field-error';

interface TextFieldProps {
  name: FieldPath<PitchFile>;
  label: string;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  maxChars?: number;
}

/** A labelled input bound to the pitch form, with its schema error and live advice beneath it. */
export function TextField({ name, label, hint, placeholder, multiline, rows = 2, maxChars = PITCH_LIMITS.stringChars }: TextFieldProps) {
  const id = useId();
  const { register } = useFormContext<PitchFile>();
  const value = useWatch<PitchFile>({ name });
  const length = typeof value === 'string' ? countCharacters(value) : 0;
  const [error] = useFieldErrors(name);
  const findings = useFieldFindings(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', findings.length ? `${id}-advice` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    placeholder,
    className: inputStyles,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    ...register(name),
  };
  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
          {label}
        </label>
        {length > maxChars * 0.8 ? (
          <span className={`text-xs ${length > maxChars ? 'font-semibold text-rose-700 dark:text-rose-300' : 'text-slate-600 dark:text-slate-400'}`}>
            {length}/{maxChars}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={rows} {...common} className={`${inputStyles} mt-1 resize-y`} /> : <input type="text" {...common} className={`${inputStyles} mt-1`} />}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
      <FieldAdvice id={`${id}-advice`} findings={findings} />
    </div>
  );
}
