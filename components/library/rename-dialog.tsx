'use client';

import { useState } from 'react';
import { countCharacters, PITCH_LIMITS } from '@/lib/pitch/limits';
import { buttonStyles, inputStyles } from '@/components/ui/button-styles';
import { Dialog } from '@/components/ui/dialog';

interface RenameDialogProps {
  currentTitle: string;
  onCancel: () => void;
  onRename: (title: string) => void;
}

/** Asks for a new title; refuses an empty or over-long one with a message, never truncates. */
export function RenameDialog({ currentTitle, onCancel, onRename }: RenameDialogProps) {
  const [title, setTitle] = useState(currentTitle);
  const trimmed = title.trim();
  const error = !trimmed
    ? 'Give the pitch a title.'
    : countCharacters(trimmed) > PITCH_LIMITS.stringChars
      ? `The title is ${countCharacters(trimmed)} characters; the most is ${PITCH_LIMITS.stringChars}.`
      : '';
  return (
    <Dialog open title="Rename pitch" onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!error) onRename(trimmed);
        }}
      >
        <label htmlFor="rename-title" className="text-sm font-medium">
          Title
        </label>
        <input
          id="rename-title"
          className={`${inputStyles} mt-1`}
          value={title}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby="rename-error"
          onChange={(e) => setTitle(e.target.value)}
        />
        <p id="rename-error" className="mt-1 min-h-5 text-sm text-rose-700 dark:text-rose-300">
          {error}
        </p>
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" className={buttonStyles.ghost} onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={buttonStyles.primary} disabled={!!error}>
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
