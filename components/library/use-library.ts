'use client';

import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState } from 'react';
import { getBrowserDatabase } from '@/lib/storage/browser-db';
import { listPitches, type DamagedPitch } from '@/lib/storage/pitch-store';
import type { StoredPitch } from '@/lib/storage/pitch-db';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; pitches: StoredPitch[]; damaged: DamagedPitch[] }
  | { status: 'error'; message: string };

/** The library, kept live: changes from this tab or another tab show up at once. */
export function useLibrary(): LibraryState {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  useEffect(() => {
    const db = getBrowserDatabase();
    const subscription = liveQuery(() => listPitches(db)).subscribe({
      // A transition: the list renders in short slices, never one long task on a slow phone.
      next: (result) => startTransition(() => setState({ status: 'ready', ...result })),
      error: (error: unknown) =>
        setState({
          status: 'error',
          message:
            error instanceof Error
              ? `The library could not be opened: ${error.message}. Private browsing or blocked storage can cause this.`
              : 'The library could not be opened.',
        }),
    });
    return () => subscription.unsubscribe();
  }, []);
  return state;
}
