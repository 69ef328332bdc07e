'use client';

import { useFormContext } from 'react-hook-form';
import type { PitchFile } from '@/lib/pitch/schema';
import { useFieldErrors } from './field-error';

const field =
  'w-full rounded-md border border-transparent bg-transparent px-2 py-1 hover:border-slate-300 focus:border-indigo-500 focus:bg-white focus:outline-none focus-visible:outline-3 focus-visible:outline-indigo-500 aria-[invalid=true]:border-rose-500 dark:hover:border-slate-600 dark:focus:bg-slate-900';

/** Title and audience, edited in place at the top of the pitch page. */
export function PitchDetails() {
  const { register } = useFormContext<PitchFile>();
  const [titleError, audienceError] = useFieldErrors('title', 'audience');
  return (
    <div className="grid min-w-0 flex-1 basis-72 gap-1">
      <label htmlFor="pitch-title" className="sr-only">
        Title
      </label>
      <input
        id="pitch-title"
        placeholder="Untitled pitch"
        className={`${field} text-xl font-bold tracking-tight placeholder:text-slate-400 sm:text-2xl`}
        aria-invalid={titleError ? true : undefined}
        {...register('title')}
      />
      <div className="flex items-center gap-1 text-sm text-slate-600 dark:text-slate-300">
        <label htmlFor="pitch-audience" className="shrink-0 pl-2">
          Audience
        </label>
        <input
          id="pitch-audience"
          placeholder="Who will hear it? e.g. Claims steering committee"
          className={`${field} placeholder:text-slate-500 dark:placeholder:text-slate-400`}
          aria-invalid={audienceError ? true : undefined}
          {...register('audience')}
        />
      </div>
      {titleError || audienceError ? (
        <p className="pl-2 text-sm font-medium text-rose-700 dark:text-rose-300">{titleError ?? audienceError}</p>
      ) : null}
    </div>
  );
}
