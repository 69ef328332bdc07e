'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';
import { acronymsToMark, listAcronyms, withKnown, withoutKnown } from './known-acronyms-list';

export { listAcronyms } from './known-acronyms-list';

/**
 * "Known to my audience": the `acronyms` advice names acronyms the audience may not know; the
 * user can mark them as known (the pitch's `knownAcronyms`, saved with it by the autosave) and
 * the next analysis stops flagging them. These pieces work inside the pitch page's FormProvider.
 */

/** What one click marked, so its confirmation and Undo outlive the warning that offered it. */
export interface MarkedAcronyms {
  /** The finding's field path (`situation[1]`, `pitch`...). */
  field: string;
  acronyms: string[];
}

/** The react-hook-form name of a finding's field: `situation[1]` → `situation.1`, `pitch` → `pitch.text`. */
function formName(field: string): string {
  return field === 'pitch' ? 'pitch.text' : field.replace(/\[(\d+)\]/g, '.$1');
}

/** The pitch's known acronyms, and adding or removing some through the form (so the autosave stores them). */
export function useKnownAcronyms() {
  const { getValues, setValue } = useFormContext<PitchFile>();
  const watched = useWatch<PitchFile, 'knownAcronyms'>({ name: 'knownAcronyms' });
  const known = useMemo(() => watched ?? [], [watched]);
  const write = (next: string[]) =>
    setValue('knownAcronyms', next, { shouldDirty: true, shouldValidate: true });
  const current = () => getValues('knownAcronyms') ?? [];
  return {
    known,
    /** Adds those of `acronyms` not known yet; false, adding nothing, when they would not all fit. */
    add(acronyms: readonly string[]): boolean {
      const list = current();
      const next = withKnown(list, acronyms);
      if (!next) return false;
      if (next.length !== list.length) write(next);
      return true;
    },
    remove(acronyms: readonly string[]) {
      const list = current();
      const next = withoutKnown(list, acronyms);
      if (next.length !== list.length) write(next);
    },
  };
}

/** The acronyms an `acronyms` finding on `field` is about, in the live pitch. */
function useAcronymsToMark(field: string): string[] {
  const values = useWatch<PitchFile>() as PitchFile;
  return useMemo(() => acronymsToMark(values, field), [values, field]);
}

const smallButton =
  'inline-flex min-h-9 max-w-full items-center rounded-md border border-amber-400 bg-white px-2.5 py-1 text-left text-sm font-semibold text-amber-950 shadow-sm hover:bg-amber-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50 dark:hover:bg-amber-900';

/**
 * The action of an `acronyms` finding: "Mark KYC, AML and PEP as known to this audience". Renders
 * nothing once they are all known (the warning clears with the next analysis), and says why
 * instead when the pitch's list of known acronyms has no room left for them.
 */
export function MarkKnownAcronymsButton({
  field,
  onMarked,
}: {
  field: string;
  onMarked: (marked: MarkedAcronyms) => void;
}) {
  const toAdd = useAcronymsToMark(field);
  const { known, add } = useKnownAcronyms();
  if (toAdd.length === 0) return null;
  const names = listAcronyms(toAdd);
  if (withKnown(known, toAdd) === null) {
    return (
      <p className="mt-1.5 text-sm">
        There is no room to mark {names} as known: a pitch keeps at most{' '}
        {PITCH_LIMITS.knownAcronyms} known acronyms and this one has {known.length}. Remove some on
        the Review step, or spell these out once.
      </p>
    );
  }
  return (
    <div className="mt-1.5">
      <button
        type="button"
        className={smallButton}
        onClick={() => {
          if (add(toAdd)) onMarked({ field, acronyms: toAdd });
        }}
      >
        Mark {names} as known to this audience
      </button>
    </div>
  );
}

/**
 * After a "Mark … as known" click: "Marked KYC, AML and PEP as known to this audience. Undo",
 * announced politely. Focus moves to Undo, since the button that was clicked goes away; Undo
 * takes them off the list again and puts focus back in the field. Always renders its (empty)
 * live region so the confirmation is announced.
 */
export function MarkedAcronymsNotice({
  marked,
  onClear,
}: {
  marked: MarkedAcronyms | null;
  onClear: () => void;
}) {
  const { setFocus } = useFormContext<PitchFile>();
  const { known, remove } = useKnownAcronyms();
  const undo = useRef<HTMLButtonElement>(null);
  // Only what is still on the list can be undone (it may have been removed on Review since).
  const still = marked ? marked.acronyms.filter((a) => known.includes(a)) : [];
  const visible = still.length > 0;

  // Focus Undo once per click, as soon as it shows; not when the list changes later.
  const focusPending = useRef(false);
  useEffect(() => {
    focusPending.current = marked !== null;
  }, [marked]);
  useEffect(() => {
    if (!focusPending.current || !visible) return;
    focusPending.current = false;
    undo.current?.focus();
  }, [marked, visible]);

  return (
    <p
      role="status"
      className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 empty:hidden dark:text-slate-300"
    >
      {marked && visible ? (
        <>
          <span>Marked {listAcronyms(still)} as known to this audience.</span>
          <button
            ref={undo}
            type="button"
            className="min-h-8 rounded px-1 font-semibold text-indigo-700 underline underline-offset-2 hover:text-indigo-900 focus-visible:outline-3 focus-visible:outline-indigo-500 dark:text-indigo-300 dark:hover:text-indigo-200"
            aria-label={`Undo marking ${listAcronyms(still)} as known`}
            onClick={() => {
              remove(still);
              onClear();
              setFocus(formName(marked.field) as Parameters<typeof setFocus>[0]);
            }}
          >
            Undo
          </button>
        </>
      ) : null}
    </p>
  );
}
