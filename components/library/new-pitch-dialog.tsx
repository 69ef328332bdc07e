'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import type { PitchFile } from '@/lib/pitch/schema';
import { browserLibrary } from '@/platform/browser-library';
import { createPitch } from '@/lib/storage/pitch-store';
import { describeStorageError } from '@/lib/storage/storage-error';
import { buttonStyles } from '@/components/ui/button-styles';
import { Dialog } from '@/components/ui/dialog';

/** "New pitch": start blank, or from a finished example in another industry. */
export function NewPitchButton({ onError }: { onError: (message: string) => void }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  async function start(pitch: PitchFile) {
    setBusy(true);
    try {
      const record = await createPitch(browserLibrary(), pitch);
      router.push(`/pitch?id=${encodeURIComponent(record.id)}`);
    } catch (error) {
      setBusy(false);
      setOpen(false);
      onError(`The new pitch could not be saved in this browser. ${describeStorageError(error)}.`);
    }
  }

  return (
    <>
      <button type="button" className={buttonStyles.primary} onClick={() => setOpen(true)}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M10 3a1 1 0 0 1 1 1v5h5a1 1 0 1 1 0 2h-5v5a1 1 0 1 1-2 0v-5H4a1 1 0 1 1 0-2h5V4a1 1 0 0 1 1-1Z" />
        </svg>
        New pitch
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="New pitch"
        description="Start from a blank slide, or from a finished example to see what good looks like."
      >
        <div className="grid gap-2">
          <button
            type="button"
            disabled={busy}
            className="rounded-xl border-2 border-indigo-200 bg-indigo-50 p-4 text-left hover:border-indigo-400 focus-visible:outline-3 focus-visible:outline-indigo-500 dark:border-indigo-800 dark:bg-indigo-950/50 dark:hover:border-indigo-500"
            onClick={() => void start(createBlankPitch())}
          >
            <span className="block font-semibold">Blank pitch</span>
            <span className="block text-sm text-slate-600 dark:text-slate-300">
              The guide walks you through Situation, Action, Outcome, then the headline and the ask.
            </span>
          </button>
          <p className="mt-3 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
            Start from an example
          </p>
          {EXAMPLE_PITCHES.map((example) => (
            <button
              key={example.id}
              type="button"
              disabled={busy}
              className="rounded-xl border border-slate-200 p-3 text-left hover:border-indigo-400 hover:bg-slate-50 focus-visible:outline-3 focus-visible:outline-indigo-500 dark:border-slate-700 dark:hover:bg-slate-800"
              onClick={() => void start(structuredClone(example.pitch))}
            >
              <span className="block text-sm font-semibold">{example.label}</span>
              <span className="block text-sm text-slate-600 dark:text-slate-300">
                {example.pitch.headline}
              </span>
            </button>
          ))}
        </div>
        <div className="mt-4 flex justify-end">
          <button type="button" className={buttonStyles.ghost} onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      </Dialog>
    </>
  );
}
