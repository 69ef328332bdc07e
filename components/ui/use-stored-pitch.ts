'use client';

import { useLoadById, type LoadByIdState } from './use-load-by-id';
import { browserLibrary } from '@/platform/browser-library';
import type { StoredPitch } from '@/lib/storage/library-database';
import { getPitch } from '@/lib/storage/pitch-store';
import { getEffectivePace } from '@/lib/storage/settings-store';

type StoredPitchReady = { status: 'ready'; record: StoredPitch; wordsPerMinute: number };
export type StoredPitchState = LoadByIdState<StoredPitchReady>;

async function loadStoredPitch(id: string): Promise<StoredPitchReady | { status: 'missing' }> {
  const db = browserLibrary();
  const [record, wordsPerMinute] = await Promise.all([getPitch(db, id), getEffectivePace(db)]);
  return record ? { status: 'ready', record, wordsPerMinute } : { status: 'missing' };
}

/** Loads one pitch (validated) and the user's speaking pace from the library: the one way a page loads a pitch by id. */
export function useStoredPitch(id: string | null): StoredPitchState {
  return useLoadById(id, loadStoredPitch);
}
