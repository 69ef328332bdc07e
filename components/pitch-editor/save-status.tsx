'use client';

import type { SaveState } from './use-autosave';

const dot: Record<SaveState['kind'], string> = {
  saved: 'bg-emerald-500',
  pending: 'bg-amber-400',
  saving: 'bg-amber-400 animate-pulse',
  invalid: 'bg-rose-500',
  error: 'bg-rose-500',
  deleted: 'bg-rose-500',
  conflict: 'bg-rose-500',
};

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.note ?? 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'invalid':
      return 'Not saved: fix the field marked in red';
    case 'error':
      return 'Not saved';
    case 'deleted':
      return 'Not saved: pitch deleted';
    case 'conflict':
      return 'Not saved: another tab changed the same field';
  }
}

/** A small always-visible indicator of whether the pitch is safely stored in this browser. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-200" data-save-state={state.kind}>
      <span aria-hidden="true" className={`size-2.5 rounded-full ${dot[state.kind]}`} />
      {describe(state)}
    </p>
  );
}
