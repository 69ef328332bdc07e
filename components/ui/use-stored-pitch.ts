'use client';

import { useLoadById, type LoadByIdState } from './use-load-by-id';
import type { StoredPitch } from '@/lib/storage/library-database';
import { pitchFromRow } from '@/lib/storage/pitch-store';
import { takePitchRead } from '@/platform/early-pitch-read';

type StoredPitchReady = { status: 'ready'; record: StoredPitch; wordsPerMinute: number };
export type StoredPitchState = LoadByIdState<StoredPitchReady>;

async function loadStoredPitch(id: string): Promise<StoredPitchReady | { status: 'missing' }> {
  // Often already read: the pitch page starts the read as its first script runs.
  const { row, wordsPerMinute } = await takePitchRead(id);
  return row ? { status: 'ready', record: pitchFromRow(row), wordsPerMinute } : { status: 'missing' };
}

/** Loads one pitch (validated) and the user's speaking pace from the library: the one way a page loads a pitch by id. */
export function useStoredPitch(id: string | null): StoredPitchState {
  return useLoadById(id, loadStoredPitch);
}
