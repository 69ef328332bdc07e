'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { StoredPitch } from '@/lib/storage/library-database';
import { getPitch } from '@/lib/storage/pitch-store';
import { browserLibrary } from '@/platform/browser-library';

/**
 * Calls `onStored` with this pitch's stored record whenever a tab (this one or another) saves it,
 * and once at once: a save that landed between the page's read and now counts too. `undefined`
 * means it was deleted. A damaged or unreadable row is not reported: this tab keeps its text.
 */
export function useStoredChanges(pitchId: string, onStored: (row: StoredPitch | undefined) => void): () => void {
  const listener = useRef(onStored);
  const checkRef = useRef(() => undefined as void);
  useEffect(() => {
    listener.current = onStored;
  }, [onStored]);

  useEffect(() => {
    const db = browserLibrary();
    let active = true;
    const check = () => {
      getPitch(db, pitchId).then(
        (row) => active && listener.current(row),
        () => undefined,
      );
    };
    checkRef.current = check;
    check();
    const stopWatching = db.watch('pitches', check);
    return () => {
      active = false;
      stopWatching();
    };
  }, [pitchId]);

  /** Reads the stored record again (a change that arrived while this tab was writing). */
  return useCallback(() => checkRef.current(), []);
}
