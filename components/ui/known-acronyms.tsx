'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { fieldText, textFields } from '@/lib/advice/fields';
import { unexplainedAcronyms } from '@/lib/language/acronyms';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';

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

/** A known acronym as the pitch schema accepts it: 1–12 letters, digits, "&" or "-". */
const ACRONYM_FORMAT = /^[\p{L}\p{N}&-]+$/u;
const fitsSchema = (acronym: string) => acronym.length <= PITCH_LIMITS.acronymChars && ACRONYM_FORMAT.test(acronym);

/** "KYC", "KYC and AML", "KYC, AML and PEP". */
export function listAcronyms(acronyms: readonly string[]): string {
  if (acronyms.length <= 1) return acronyms[0] ?? '';
  return `${acronyms.slice(0, -1).join(', ')} and ${acronyms[acronyms.length - 1]}`;
}

/** The react-hook-form name of a finding's field: `situation[1]` → `situation.1`, `pitch` → `pitch.text`. */
function formName(field: string): string {
  return field === 'pitch' ? 'pitch.text' : field.replace(/\[(\d+)\]/g, '.$1');
}

/** The acronyms the audience may not know: the same comparison the advice makes, ignoring case. */
const sameAcronym = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The pitch's known acronyms, and adding or removing some through the form (so the autosave stores them). */
export function useKnownAcronyms() {
  const { getValues, setValue } = useFormContext<PitchFile>();
  const watched = useWatch<PitchFile, 'knownAcronyms'>({ name: 'knownAcronyms' });
  const known = useMemo(() => watched ?? [], [watched]);
  const write = (next: string[]) => setValue('knownAcronyms', next, { shouldDirty: true, shouldValidate: true });
  const current = () => getValues('knownAcronyms') ?? [];
  return {
    known,
    /** Those of `acronyms` not known yet: never a duplicate, whatever the case. */
    missing: (acronyms: readonly string[], from: readonly string[] = known) =>
      acronyms.filter((a, i) => !from.some((k) => sameAcronym(k, a)) && acronyms.findIndex((b) => sameAcronym(a, b)) === i),
    /** Adds `acronyms` (the ones not known yet); false, adding nothing, when they would not all fit. */
    add(acronyms: readonly string[]): boolean {
      const list = current();
      const added = acronyms.filter((a, i) => !list.some((k) => sameAcronym(k, a)) && acronyms.findIndex((b) => sameAcronym(a, b)) === i);
      if (list.length + added.length > PITCH_LIMITS.knownAcronyms) return false;
      if (added.length > 0) write([...list, ...added]);
      return true;
    },
    remove(acronyms: readonly string[]) {
      const list = current();
      const next = list.filter((k) => !acronyms.includes(k));
      if (next.length !== list.length) write(next);
    },
  };
}

/** The unexplained acronyms of one field of the live pitch, in order, as the `acronyms` rule finds them. */
function useUnexplainedAcronyms(field: string): string[] {
  const values = useWatch<PitchFile>() as PitchFile;
  return useMemo(() => {
    const text = fieldText(values, field) ?? '';
    const context = textFields(values)
      .map((f) => f.text)
      .join('\n');
    return unexplainedAcronyms(text, context, values.knownAcronyms ?? [])
      .map((a) => a.text)
      .filter(fitsSchema);
  }, [values, field]);
}

const smallButton =
  'inline-flex min-h-9 max-w-full items-center rounded-md border border-current/40 bg-white/70 px-2.5 py-1 text-left text-sm font-semibold hover:bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:bg-slate-950/40 dark:hover:bg-slate-950/70';

/**
 * The action of an `acronyms` finding: "Mark KYC, AML and PEP as known to this audience". Renders
 * nothing once they are all known (the warning clears with the next analysis), and says why
 * instead when the pitch's list of known acronyms has no room left for them.
 */
export function MarkKnownAcronymsButton({ field, onMarked }: { field: string; onMarked: (marked: MarkedAcronyms) => void }) {
  const unexplained = useUnexplainedAcronyms(field);
  const { known, missing, add } = useKnownAcronyms();
  const toAdd = missing(unexplained);
  if (toAdd.length === 0) return null;
  const names = listAcronyms(toAdd);
  if (known.length + toAdd.length > PITCH_LIMITS.knownAcronyms) {
    return (
      <p className="mt-1.5 text-sm">
        There is no room to mark {names} as known: a pitch keeps at most {PITCH_LIMITS.knownAcronyms} known acronyms and this one has{' '}
        {known.length}. Remove some on the Review step, or spell these out once.
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
export function MarkedAcronymsNotice({ marked, onClear }: { marked: MarkedAcronyms | null; onClear: () => void }) {
  const { setFocus } = useFormContext<PitchFile>();
  const { known, remove } = useKnownAcronyms();
  const undo = useRef<HTMLButtonElement>(null);
  // Only what is still on the list can be undone (it may have been removed on Review since).
  const still = marked ? marked.acronyms.filter((a) => known.includes(a)) : [];
  const visible = still.length > 0;

  useEffect(() => {
    if (marked) undo.current?.focus();
  }, [marked]);

  return (
    <p role="status" className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 empty:hidden dark:text-slate-300">
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
