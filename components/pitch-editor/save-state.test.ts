import { describe, expect, it } from 'vitest';
import { stateAfterEdit, type SaveState } from './save-state';

describe('stateAfterEdit', () => {
  it('keeps the very same state object while a save is pending, so a keystroke re-renders nothing', () => {
    const pending = stateAfterEdit({ kind: 'saved', at: 1 });
    expect(pending.kind).toBe('pending');
    expect(stateAfterEdit(pending)).toBe(pending);
  });

  it.each<SaveState>([
    { kind: 'invalid', message: 'Headline is too long' },
    { kind: 'error', message: 'Quota exceeded' },
  ])('keeps a $kind state until the save itself says otherwise', (state) => {
    expect(stateAfterEdit(state)).toBe(state);
  });
});
