'use client';

import { buttonStyles } from '@/components/ui/button-styles';
import type { FieldPath } from '@/lib/pitch/field-path';
import { ConflictBanner } from './conflict-banner';
import type { ConflictChoice, SaveState } from './use-autosave';

interface SaveProblemBannerProps {
  state: SaveState;
  onExport: () => void;
  onRetry: () => void;
  onResolve: (choice: ConflictChoice, path?: FieldPath) => void;
  onSaveAsNew: () => void;
}

const box = 'rounded-xl border border-rose-300 bg-rose-50 p-4 text-sm text-rose-950 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-50';

/** Shown at once when a save fails or collides with another tab, with a way out that loses nothing. */
export function SaveProblemBanner({ state, onExport, onRetry, onResolve, onSaveAsNew }: SaveProblemBannerProps) {
  if (state.kind === 'error') {
    return (
      <div role="alert" className={box}>
        <p className="font-semibold">Your last changes could not be saved in this browser.</p>
        <p className="mt-1">
          {state.message} Your text is still on screen: export it now so nothing is lost.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={buttonStyles.primary} onClick={onExport}>
            Export JSON
          </button>
          <button type="button" className={buttonStyles.secondary} onClick={onRetry}>
            Try saving again
          </button>
        </div>
      </div>
    );
  }
  if (state.kind === 'conflict') {
    return <ConflictBanner conflicts={state.conflicts} onResolve={onResolve} onExport={onExport} />;
  }
  if (state.kind === 'deleted') {
    return (
      <div role="alert" className={box}>
        <p className="font-semibold">This pitch was deleted in another tab.</p>
        <p className="mt-1">Your text is still on screen. Save it as a new pitch or export it.</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={buttonStyles.primary} onClick={onSaveAsNew}>
            Save as new pitch
          </button>
          <button type="button" className={buttonStyles.secondary} onClick={onExport}>
            Export JSON
          </button>
        </div>
      </div>
    );
  }
  return null;
}
