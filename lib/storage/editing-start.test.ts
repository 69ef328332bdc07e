import { describe, expect, test } from 'vitest';
import { toEditablePitch } from '../pitch/editable-pitch';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import type { PitchFile } from '../pitch/schema';
import type { StoredPitch } from './library-database';
import { startEditing } from './editing-start';

const original = (): PitchFile => toEditablePitch(structuredClone(EXAMPLE_PITCHES[0]!.pitch));
const record = (pitch: PitchFile, revision: number): StoredPitch => ({ id: 'p', pitch, revision, createdAt: 1, updatedAt: 2 });

describe('startEditing with a rescued copy', () => {
  test('a copy whose write committed before the page went (revision moved on, same text) is no conflict (issue 15, failure 6)', () => {
    const typed = { ...original(), situation: ['Typed just before leaving'] };
    const start = startEditing(record(typed, 2), { baseRevision: 1, base: original(), pitch: typed, at: 5 });
    expect(start).toMatchObject({ values: typed, baseRevision: 2, unsaved: false, conflicts: [] });
  });

  test('the same holds for a copy of an earlier release, which has no base', () => {
    const typed = { ...original(), title: 'Typed' };
    expect(startEditing(record(typed, 2), { baseRevision: 1, pitch: typed, at: 5 }).conflicts).toEqual([]);
  });

  test('a copy on a revision another tab replaced keeps both: its own fields and the other tab’s', () => {
    const theirs = { ...original(), audience: 'Board, from the other tab' };
    const mine = { ...original(), title: 'Rescued title' };
    const start = startEditing(record(theirs, 2), { baseRevision: 1, base: original(), pitch: mine, at: 5 });
    expect(start.values).toMatchObject({ title: 'Rescued title', audience: 'Board, from the other tab' });
    expect(start).toMatchObject({ unsaved: true, conflicts: [], baseRevision: 2 });
  });

  test('a field the copy and the other tab both changed is a conflict, with the copy’s text on screen', () => {
    const start = startEditing(record({ ...original(), title: 'Theirs' }, 2), {
      baseRevision: 1,
      base: original(),
      pitch: { ...original(), title: 'Mine' },
      at: 5,
    });
    expect(start.values.title).toBe('Mine');
    expect(start.conflicts).toEqual([{ path: 'title', label: 'Title', mine: 'Mine', theirs: 'Theirs' }]);
  });

  test('a copy kept while a conflict was open (same revision, old base in that field) asks again', () => {
    const stored = { ...original(), title: 'Theirs', audience: 'Mine, merged and saved' };
    const start = startEditing(record(stored, 3), {
      baseRevision: 3,
      base: { ...stored, title: original().title },
      pitch: { ...stored, title: 'Mine' },
      at: 5,
    });
    expect(start.conflicts).toEqual([{ path: 'title', label: 'Title', mine: 'Mine', theirs: 'Theirs' }]);
    expect(start.values.audience).toBe('Mine, merged and saved');
  });

  test('a copy on the stored revision is simply saved', () => {
    const mine = { ...original(), ask: 'Approve $1M by June' };
    const start = startEditing(record(original(), 1), { baseRevision: 1, base: original(), pitch: mine, at: 5 });
    expect(start).toMatchObject({ values: mine, unsaved: true, conflicts: [] });
    expect(start.merge).toBeUndefined();
  });
});
