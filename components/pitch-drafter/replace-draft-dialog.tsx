'use client';

import { buttonStyles } from '@/components/ui/button-styles';
import { Dialog } from '@/components/ui/dialog';

/** Asks before a new draft replaces text the user has edited; Esc or "Keep my text" keeps it. */
export function ReplaceDraftDialog({ open, onReplace, onKeep }: { open: boolean; onReplace: () => void; onKeep: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onKeep}
      title="Replace your edited pitch?"
      description="Your pitch has changes of your own. A new draft replaces the whole text, and those changes are lost."
    >
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={buttonStyles.secondary} onClick={onKeep}>
          Keep my text
        </button>
        <button type="button" className={buttonStyles.danger} onClick={onReplace}>
          Replace
        </button>
      </div>
    </Dialog>
  );
}
