'use client';

import { startTransition, useEffect, useState } from 'react';
import { getBrowserDatabase } from '@/lib/storage/browser-db';
import type { StoredPitch } from '@/lib/storage/pitch-db';
import { getPitch } from '@/lib/storage/pitch-store';
import { getEffectivePace } from '@/lib/storage/settings-store';

export type StoredPitchState =
  | { status: 'loading' }
  | { status: 'ready'; record: StoredPitch; wordsPerMinute: number }
  | { status: 'missing' }
  | { status: 'error'; message: string };

/** Loads one pitch (validated) and the user's speaking pace from IndexedDB. */
export function useStoredPitch(id: string | null): StoredPitchState {
  const [state, setState] = useState<StoredPitchState>({ status: 'loading' });
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    const db = getBrowserDatabase();
    Promise.all([getPitch(db, id), getEffectivePace(db)])
      .then(([record, wordsPerMinute]) => {
        if (cancelled) return;
        // A transition: React renders the whole editor in slices of a few ms, yielding to input
        // and paint between them, instead of one long task on a slow phone.
        startTransition(() =>
          setState(record ? { status: 'ready', record, wordsPerMinute } : { status: 'missing' }),
        );
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : 'The pitch could not be read.' });
      });
    return () => {
      cancelled = true;
    };
  }, [id]);
  return id ? state : { status: 'missing' };
}
