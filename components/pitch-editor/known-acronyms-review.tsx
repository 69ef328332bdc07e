'use client';

import { useId, useRef, useState } from 'react';
import { useKnownAcronyms } from '@/components/ui/known-acronyms';

/**
 * Review: the acronyms marked as known to this audience ("KYC ×  AML ×"), each removable so a
 * mistaken "Mark … as known" is reversible; the advice flags a removed one again. Hidden while
 * there are none, except right after removing the last one (focus needs somewhere to land).
 */
export function KnownAcronymsReview() {
  const headingId = useId();
  const { known, remove } = useKnownAcronyms();
  const [removed, setRemoved] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  if (known.length === 0 && !removed) return null;

  const removeAt = (index: number) => {
    const acronym = known[index]!;
    remove([acronym]);
    setRemoved(`${acronym} is no longer marked as known: the advice will flag it again.`);
    // Focus the next remove button (or the previous one, or the heading once the list is empty).
    const next = Math.min(index, known.length - 2);
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
      const target = next >= 0 ? buttons?.[next] : undefined;
      (target ?? heading.current)?.focus();
    });
  };

  return (
    <section aria-labelledby={headingId} className="grid gap-2">
      <h3
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="text-base font-semibold focus:outline-none"
      >
        Acronyms known to this audience
      </h3>
      {known.length > 0 ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The advice does not ask you to spell these out. Remove one to get advice on it again.
          </p>
          <ul ref={list} className="flex flex-wrap gap-2">
            {known.map((acronym, index) => (
              <li
                key={acronym}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pr-0.5 pl-3 text-sm font-semibold text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
              >
                <span>{acronym}</span>
                <button
                  type="button"
                  aria-label={`Remove ${acronym} from the known acronyms`}
                  className="inline-flex size-8 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-indigo-500 dark:text-slate-300 dark:hover:bg-slate-700 dark:hover:text-white"
                  onClick={() => removeAt(index)}
                >
                  <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
                    <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
                  </svg>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          None any more: the advice flags every acronym it does not know.
        </p>
      )}
      <p role="status" className="sr-only">
        {removed}
      </p>
    </section>
  );
}
