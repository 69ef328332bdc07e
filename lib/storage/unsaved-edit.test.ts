import { expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { clearUnsavedEdit, readUnsavedEdit, writeUnsavedEdit, type KeyValueStorage } from './unsaved-edit';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const pitch = EXAMPLE_PITCHES[0]!.pitch;

test('an unsaved edit round-trips and can be cleared', () => {
  const storage = memoryStorage();
  expect(writeUnsavedEdit(storage, 'p1', { baseRevision: 3, pitch, at: 10 })).toBe(true);
  expect(readUnsavedEdit(storage, 'p1')).toEqual({ baseRevision: 3, pitch, at: 10 });
  expect(readUnsavedEdit(storage, 'p2')).toBeUndefined();
  clearUnsavedEdit(storage, 'p1');
  expect(readUnsavedEdit(storage, 'p1')).toBeUndefined();
});

test('malformed or invalid stored data is ignored, not applied', () => {
  const storage = memoryStorage();
  storage.setItem('one-slide-pitch:unsaved:p1', '{not json');
  expect(readUnsavedEdit(storage, 'p1')).toBeUndefined();
  storage.setItem('one-slide-pitch:unsaved:p1', JSON.stringify({ baseRevision: 1, at: 1, pitch: { ...pitch, headline: 'x'.repeat(700) } }));
  expect(readUnsavedEdit(storage, 'p1')).toBeUndefined();
});

test('a full or blocked storage reports failure instead of throwing', () => {
  const full: KeyValueStorage = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('quota', 'QuotaExceededError');
    },
    removeItem: () => undefined,
  };
  expect(writeUnsavedEdit(full, 'p1', { baseRevision: 1, pitch, at: 1 })).toBe(false);
});

test('the base the edit started from round-trips; a copy without one (earlier releases) still reads', () => {
  const storage = memoryStorage();
  const edited = { ...pitch, title: 'Edited' };
  writeUnsavedEdit(storage, 'p1', { baseRevision: 3, base: pitch, pitch: edited, at: 10 });
  expect(readUnsavedEdit(storage, 'p1')).toEqual({ baseRevision: 3, base: pitch, pitch: edited, at: 10 });
  storage.setItem('one-slide-pitch:unsaved:p1', JSON.stringify({ baseRevision: 3, pitch: edited, at: 10 }));
  expect(readUnsavedEdit(storage, 'p1')).toEqual({ baseRevision: 3, pitch: edited, at: 10 });
});
