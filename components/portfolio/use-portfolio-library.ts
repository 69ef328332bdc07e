'use client';

import { useEffect, useState } from 'react';
import { browserLibrary } from '@/platform/browser-library';
import type { StoredPitch } from '@/lib/storage/library-database';
import { listPitches } from '@/lib/storage/pitch-store';
import { describeStorageError } from '@/lib/storage/storage-error';

export type PortfolioLibrary =
  | { status: 'loading' }
  | { status: 'ready'; pitches: StoredPitch[]; damaged: number }
  | { status: 'error'; message: string };

/** Oldest first; pitches imported together in the backup's order (the library's, newest edit first). */
const byCreation = (a: StoredPitch, b: StoredPitch) =>
  a.createdAt - b.createdAt || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1);

/**
 * Every pitch of the library, kept live: a save here (an input, a merge) or in another tab is
 * read again, so the tree and the ranking always show what is stored.
 */
export function usePortfolioLibrary(): PortfolioLibrary {
  const [state, setState] = useState<PortfolioLibrary>({ status: 'loading' });
  useEffect(() => {
    const db = browserLibrary();
    let active = true;
    // Each pitch keeps the place it was first shown in, so an edit here never reorders the page.
    const places = new Map<string, number>();
    const load = () =>
      listPitches(db).then(
        ({ pitches, damaged }) => {
          for (const record of [...pitches].sort(byCreation)) {
            if (!places.has(record.id)) places.set(record.id, places.size);
          }
          const ordered = [...pitches].sort((a, b) => places.get(a.id)! - places.get(b.id)!);
          if (active) setState({ status: 'ready', pitches: ordered, damaged: damaged.length });
        },
        (error: unknown) => {
          if (active)
            setState({
              status: 'error',
              message: `The library could not be read. ${describeStorageError(error)}.`,
            });
        },
      );
    void load();
    const stop = db.watch('pitches', () => void load());
    return () => {
      active = false;
      stop();
    };
  }, []);
  return state;
}
