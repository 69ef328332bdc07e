'use client';

import { startTransition, useEffect, useState } from 'react';
import { browserLibrary } from '@/platform/browser-library';
import { listPitches, type DamagedPitch } from '@/lib/storage/pitch-store';
import type { StoredPitch } from '@/lib/storage/library-database';

export type LibraryState =
  | { status: 'loading' }
  | { status: 'ready'; pitches: StoredPitch[]; damaged: DamagedPitch[] }
  | { status: 'error'; message: string };

/** The library, kept live: changes from this tab or another tab show up at once. */
export function useLibrary(): LibraryState {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  useEffect(() => {
    const db = browserLibrary();
    let latest = 0;
    // Reads the list again after every change; only the newest read may update the screen.
    const load = () => {
      const read = ++latest;
      listPitches(db).then(
        (result) => {
          if (read !== latest) return;
          // A transition: the list renders in short slices, never one long task on a slow phone.
          startTransition(() => setState({ status: 'ready', ...result }));
        },
        (error: unknown) => {
          if (read !== latest) return;
          setState({
            status: 'error',
            message:
              error instanceof Error
                ? `The library could not be opened: ${error.message}. Private browsing or blocked storage can cause this.`
                : 'The library could not be opened.',
          });
        },
      );
    };
    load();
    const stopWatching = db.watch('pitches', load);
    return () => {
      latest = -1;
      stopWatching();
    };
  }, []);
  return state;
}
