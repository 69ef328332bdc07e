'use client';

import { useEffect, useState } from 'react';
import type { PitchFile } from '@/lib/pitch/schema';
import { buildDeck, mergeProgressWithDeck, rehearsalScript, type RehearsalCard, type RehearsalProgress, type RehearsalScript } from '@/lib/rehearsal';
import { getBrowserDatabase } from '@/lib/storage/browser-db';
import { getPitch } from '@/lib/storage/pitch-store';
import { loadRehearsal } from '@/lib/storage/rehearsal-store';
import { getMeasuredPace } from '@/lib/storage/settings-store';

export interface RehearsalData {
  pitchId: string;
  pitch: PitchFile;
  script: RehearsalScript;
  deck: RehearsalCard[];
  progress: RehearsalProgress;
  /** Measured words per minute, undefined before the first run-through. */
  measuredPace: number | undefined;
  /** Set when stored progress was damaged and rehearsal starts afresh. */
  notice?: string;
}

export type RehearsalLoadState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | ({ status: 'ready' } & RehearsalData);

async function loadData(id: string): Promise<RehearsalLoadState> {
  const db = getBrowserDatabase();
  const [record, stored, measuredPace] = await Promise.all([getPitch(db, id), loadRehearsal(db, id), getMeasuredPace(db)]);
  if (!record) return { status: 'missing' };
  const script = rehearsalScript(record.pitch);
  const deck = buildDeck(record.pitch, script.text);
  return {
    status: 'ready',
    pitchId: id,
    pitch: record.pitch,
    script,
    deck,
    progress: mergeProgressWithDeck(stored.progress, deck),
    measuredPace,
    notice: stored.ok ? undefined : stored.problem,
  };
}

/** Loads the pitch named by `id`, builds its deck and fits the stored progress to it. */
export function useRehearsalData(id: string | null): RehearsalLoadState {
  const [state, setState] = useState<RehearsalLoadState>({ status: 'loading' });
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    loadData(id)
      .then((loaded) => {
        if (!cancelled) setState(loaded);
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
