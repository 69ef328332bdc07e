import type { StoredPitch } from '@/lib/storage/library-database';

export type SaveState =
  | { kind: 'saved'; at: number; fromOtherTab?: boolean }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'deleted' }
  | { kind: 'conflict'; current: StoredPitch };

const PENDING: SaveState = { kind: 'pending' };

/**
 * The state after a keystroke. The same object while a save is already pending (or the form is
 * invalid, or the last write failed), so typing does not re-render the editor per keystroke.
 */
export function stateAfterEdit(state: SaveState): SaveState {
  return state.kind === 'pending' || state.kind === 'invalid' || state.kind === 'error' ? state : PENDING;
}
