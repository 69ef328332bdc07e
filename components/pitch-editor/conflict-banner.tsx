'use client';

import { useId, useRef } from 'react';
import { buttonStyles } from '@/components/ui/button-styles';
import type { FieldPath } from '@/lib/pitch/field-path';
import type { FieldConflict } from '@/lib/storage/merge-pitch';
import { displayValue } from '@/lib/storage/pitch-fields';
import type { ConflictChoice } from './use-autosave';

interface ConflictBannerProps {
  conflicts: FieldConflict[];
  onResolve: (choice: ConflictChoice, path?: FieldPath) => void;
  onExport: () => void;
}

const quote =
  'mt-0.5 max-h-32 overflow-y-auto rounded-md bg-white/70 px-2 py-1 whitespace-pre-wrap break-words dark:bg-slate-900/60';

function ConflictRow({
  conflict,
  onResolve,
}: {
  conflict: FieldConflict;
  onResolve: ConflictBannerProps['onResolve'];
}) {
  const id = useId();
  return (
    <li>
      <div
        role="group"
        aria-labelledby={`${id}-label`}
        className="rounded-lg border border-rose-200 p-3 dark:border-rose-800"
      >
        <p id={`${id}-label`} className="font-semibold">
          {conflict.label}
        </p>
        <dl className="mt-1 grid gap-1 sm:grid-cols-2 sm:gap-3">
          <div>
            <dt className="font-medium">Yours:</dt>
            <dd className={quote}>{displayValue(conflict.mine)}</dd>
          </div>
          <div>
            <dt className="font-medium">Other tab:</dt>
            <dd className={quote}>{displayValue(conflict.theirs)}</dd>
          </div>
        </dl>
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonStyles.secondary}
            aria-describedby={`${id}-mine`}
            data-conflict-choice
            onClick={() => onResolve('mine', conflict.path)}
          >
            Keep mine
          </button>
          <button
            type="button"
            className={buttonStyles.secondary}
            aria-describedby={`${id}-theirs`}
            onClick={() => onResolve('theirs', conflict.path)}
          >
            Take theirs
          </button>
        </div>
        <p id={`${id}-mine`} className="mt-1 text-xs">
          Keep mine saves your {conflict.label} over the other tab&apos;s.
        </p>
        <p id={`${id}-theirs`} className="text-xs">
          Take theirs puts the other tab&apos;s {conflict.label} in this form; yours is dropped.
        </p>
      </div>
    </li>
  );
}

/**
 * The fields this tab and another both changed, each with both values and a choice. Everything
 * else is already merged and saved; nothing more is saved until every field here is settled.
 */
export function ConflictBanner({ conflicts, onResolve, onExport }: ConflictBannerProps) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const count = conflicts.length === 1 ? 'one field' : `${conflicts.length} fields`;
  // A settled field's buttons disappear: move focus on to the next field's choice, not to the page.
  const resolve: ConflictBannerProps['onResolve'] = (choice, path) => {
    const hadFocus = list.current?.contains(document.activeElement);
    onResolve(choice, path);
    if (hadFocus) {
      requestAnimationFrame(() =>
        list.current?.querySelector<HTMLButtonElement>('[data-conflict-choice]')?.focus(),
      );
    }
  };
  return (
    <div
      role="alert"
      aria-labelledby={headingId}
      className="rounded-xl border border-rose-300 bg-rose-50 p-4 text-sm text-rose-950 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-50"
    >
      <p id={headingId} className="font-semibold">
        This pitch was changed in another tab.
      </p>
      <p className="mt-1">
        Both tabs changed {count}. Everything else is merged and saved. Choose which text to keep
        below; until you do, this tab saves nothing more.
      </p>
      <ul ref={list} className="mt-3 grid gap-3">
        {conflicts.map((conflict) => (
          <ConflictRow key={conflict.path} conflict={conflict} onResolve={resolve} />
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        {conflicts.length > 1 ? (
          <>
            <button type="button" className={buttonStyles.primary} onClick={() => resolve('mine')}>
              Keep all mine
            </button>
            <button
              type="button"
              className={buttonStyles.secondary}
              onClick={() => resolve('theirs')}
            >
              Take all theirs
            </button>
          </>
        ) : null}
        <button type="button" className={buttonStyles.ghost} onClick={onExport}>
          Export JSON
        </button>
      </div>
    </div>
  );
}
