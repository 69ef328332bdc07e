import type { FieldConflict } from '@/lib/storage/merge-pitch';

export type SaveState =
  /** `note` says what a merge with another tab's save did ("Merged with another tab: …"). */
  | { kind: 'saved'; at: number; note?: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'deleted' }
  /** Fields this tab and another both changed: nothing more is saved until the user chooses. */
  | { kind: 'conflict'; conflicts: FieldConflict[] };

const PENDING: SaveState = { kind: 'pending' };

/**
 * The state after a keystroke. The same object while a save is already pending (or the form is
 * invalid, or the last write failed), so typing does not re-render the editor per keystroke.
 */
export function stateAfterEdit(state: SaveState): SaveState {
  return state.kind === 'pending' || state.kind === 'invalid' || state.kind === 'error' ? state : PENDING;
}
