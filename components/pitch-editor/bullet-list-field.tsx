'use client';

import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { PITCH_LIMITS, SECTION_LABELS, type Section } from '@/lib/pitch/limits';
import { bulletPath, formName } from '@/lib/pitch/field-path';
import type { PitchFile } from '@/lib/pitch/schema';
import { buttonStyles, inputStyles } from '@/components/ui/button-styles';
import { useFieldFindings } from './advice-context';
import { FieldAdvice } from './field-advice';
import { useFieldErrors } from './field-error';

function BulletRow({ section, index, count, onMove, onRemove }: {
  section: Section;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const id = useId();
  const { register } = useFormContext<PitchFile>();
  const label = `${SECTION_LABELS[section]} ${index + 1}`;
  // Button names avoid the substring "Situation 1" so the field label stays unambiguous.
  const point = `${SECTION_LABELS[section].toLowerCase()} point ${index + 1}`;
  const path = bulletPath(section, index);
  const [error] = useFieldErrors(path);
  const findings = useFieldFindings(path);
  return (
    <li className="flex gap-2">
      <span aria-hidden="true" className="mt-2.5 w-5 shrink-0 text-right text-sm font-semibold text-slate-500 dark:text-slate-400">
        {index + 1}
      </span>
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <textarea
          id={id}
          rows={2}
          className={`${inputStyles} field-sizing-content min-h-[4.75rem] resize-y`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || findings.length ? `${id}-notes` : undefined}
          {...register(formName(path) as `${Section}.${number}`)}
        />
        <div id={`${id}-notes`}>
          {error ? <p className="mt-1 text-sm font-medium text-rose-700 dark:text-rose-300">{error}</p> : null}
          <FieldAdvice findings={findings} />
        </div>
      </div>
      <div className="flex shrink-0 flex-col items-center">
        <button type="button" className={buttonStyles.icon} aria-label={`Move ${point} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current"><path d="M10 5a1 1 0 0 1 .7.3l5 5a1 1 0 0 1-1.4 1.4L10 7.4l-4.3 4.3a1 1 0 0 1-1.4-1.4l5-5A1 1 0 0 1 10 5Z" /></svg>
        </button>
        <button type="button" className={buttonStyles.icon} aria-label={`Move ${point} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current"><path d="M10 15a1 1 0 0 1-.7-.3l-5-5a1 1 0 0 1 1.4-1.4l4.3 4.3 4.3-4.3a1 1 0 0 1 1.4 1.4l-5 5a1 1 0 0 1-.7.3Z" /></svg>
        </button>
        <button type="button" className={buttonStyles.icon} aria-label={`Remove ${point}`} onClick={() => onRemove(index)}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current"><path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" /></svg>
        </button>
      </div>
    </li>
  );
}

/** Situation / Action / Outcome bullets: add, remove and reorder, each labelled "<Section> <n>". */
export function BulletListField({ section, hint }: { section: Section; hint: string }) {
  const headingId = useId();
  const { setValue, getValues } = useFormContext<PitchFile>();
  const bullets = (useWatch<PitchFile>({ name: section }) as string[] | undefined) ?? [];
  const sectionFindings = useFieldFindings(section);
  const full = bullets.length >= PITCH_LIMITS.bulletsPerSection;

  const update = (next: string[], focusIndex?: number) => {
    setValue(section, next, { shouldDirty: true, shouldValidate: true });
    if (focusIndex !== undefined) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLTextAreaElement>(`textarea[name="${formName(bulletPath(section, focusIndex))}"]`)?.focus(),
      );
    }
  };
  const current = () => [...((getValues(section) as string[] | undefined) ?? [])];

  return (
    <fieldset aria-labelledby={headingId}>
      <legend id={headingId} className="text-base font-semibold text-slate-900 dark:text-white">
        {SECTION_LABELS[section]}
      </legend>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{hint}</p>
      <ol className="grid gap-3">
        {bullets.map((_, index) => (
          <BulletRow
            key={index}
            section={section}
            index={index}
            count={bullets.length}
            onMove={(from, to) => {
              const next = current();
              const [moved] = next.splice(from, 1);
              next.splice(to, 0, moved ?? '');
              update(next, to);
            }}
            onRemove={(i) => {
              const next = current();
              next.splice(i, 1);
              update(next, Math.min(i, next.length - 1) >= 0 ? Math.min(i, next.length - 1) : undefined);
            }}
          />
        ))}
      </ol>
      {bullets.length === 0 ? <p className="text-sm text-slate-600 italic dark:text-slate-400">No points yet.</p> : null}
      <FieldAdvice findings={sectionFindings} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={buttonStyles.secondary} disabled={full} onClick={() => update([...current(), ''], bullets.length)}>
          Add {SECTION_LABELS[section].toLowerCase()} point
        </button>
        {full ? <span className="text-sm text-slate-600 dark:text-slate-400">A section holds at most {PITCH_LIMITS.bulletsPerSection} points.</span> : null}
      </div>
    </fieldset>
  );
}
