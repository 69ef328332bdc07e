'use client';

import { useLoadById, type LoadByIdState } from '@/components/ui/use-load-by-id';
import type { PitchFile } from '@/lib/pitch/schema';
import { buildFlashcards, mergeProgressWithDeck, rehearsalScript, type RehearsalCard, type RehearsalProgress, type RehearsalScript } from '@/lib/rehearsal';
import { browserLibrary } from '@/platform/browser-library';
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

export type RehearsalLoadState = LoadByIdState<{ status: 'ready' } & RehearsalData>;

async function loadData(id: string): Promise<({ status: 'ready' } & RehearsalData) | { status: 'missing' }> {
  const db = browserLibrary();
  const [record, stored, measuredPace] = await Promise.all([getPitch(db, id), loadRehearsal(db, id), getMeasuredPace(db)]);
  if (!record) return { status: 'missing' };
  const script = rehearsalScript(record.pitch);
  const deck = buildFlashcards(record.pitch, script.text);
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
  return useLoadById(id, loadData);
}
