'use client';

import { startTransition, useEffect, useState } from 'react';
import { browserLibrary } from '@/platform/browser-library';
import { listLibraryOffThread, watchReadiness } from '@/platform/library-worker/library-client';
import type { ReadinessByRevision } from '@/platform/library-worker/messages';
import type { DamagedPitch } from '@/lib/storage/pitch-store';
import type { PitchSummary } from '@/lib/storage/pitch-summary';

export type LibraryState =
  | { status: 'loading' }
  /** `complete` is false while only the first screen of a larger library has been read. */
  | {
      status: 'ready';
      summaries: PitchSummary[];
      damaged: DamagedPitch[];
      total: number;
      complete: boolean;
    }
  | { status: 'error'; message: string };

/**
 * The library, kept live: changes from this tab or another tab show up at once. The pitches are
 * read and validated in the library worker; this tab only receives what the list shows (the first
 * screen first, then the whole list), and the readiness figures (by pitch and revision) as they
 * become known.
 */
export function useLibrary(): { state: LibraryState; readiness: ReadinessByRevision } {
  const [state, setState] = useState<LibraryState>({ status: 'loading' });
  const [readiness, setReadiness] = useState<ReadinessByRevision>({});
  useEffect(() => {
    let active = true;
    let reading = false;
    let shownOnce = false;
    let changedMeanwhile = false;
    // One read at a time: changes heard during a read (a burst of saves or imports) cost one more.
    const load = () => {
      if (reading) {
        changedMeanwhile = true;
        return;
      }
      reading = true;
      const read = listLibraryOffThread();
      let whole = false;
      const show = (
        summaries: PitchSummary[],
        damaged: DamagedPitch[],
        total: number,
        known: ReadinessByRevision,
      ) =>
        // A transition: rendering the new list never holds up a click.
        startTransition(() => {
          setState({
            status: 'ready',
            summaries,
            damaged,
            total,
            complete: whole || summaries.length === total,
          });
          setReadiness((shown) => ({ ...shown, ...known }));
        });
      read.first.then(
        ({ listing, readiness: known, total }) => {
          // The first screen of a reload; a list already on screen waits for the whole new one.
          if (active && !whole && !shownOnce) show(listing.summaries, [], total, known);
        },
        () => undefined,
      );
      read.full
        .then(
          ({ listing, readiness: known }) => {
            if (!active) return;
            whole = true;
            shownOnce = true;
            show(listing.summaries, listing.damaged, listing.summaries.length, known);
          },
          (error: unknown) => {
            if (!active) return;
            setState({
              status: 'error',
              message:
                error instanceof Error
                  ? `The library could not be opened: ${error.message}. Private browsing or blocked storage can cause this.`
                  : 'The library could not be opened.',
            });
          },
        )
        .finally(() => {
          reading = false;
          if (active && changedMeanwhile) {
            changedMeanwhile = false;
            load();
          }
        });
    };
    const stopScores = watchReadiness((computed) =>
      startTransition(() => setReadiness((shown) => ({ ...shown, ...computed }))),
    );
    load();
    const stopWatching = browserLibrary().watch('pitches', load);
    return () => {
      active = false;
      stopWatching();
      stopScores();
    };
  }, []);
  return { state, readiness };
}
