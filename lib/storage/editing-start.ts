import { toEditablePitch } from '../pitch/editable-pitch';
import type { PitchFile } from '../pitch/schema';
import type { StoredPitch } from './library-database';
import { mergePitch, sameValue, type FieldConflict, type PitchMerge } from './merge-pitch';
import type { UnsavedEdit } from './unsaved-edit';

/** Where the editor starts: the form's values, and the stored revision and pitch they build on. */
export interface EditingStart {
  values: PitchFile;
  base: PitchFile;
  baseRevision: number;
  /** The values differ from the stored pitch: save them. */
  unsaved: boolean;
  /** Fields the rescued copy and a later save both changed: the user chooses. */
  conflicts: FieldConflict[];
  /** How a rescued copy was merged with saves since its base, when it was. */
  merge?: PitchMerge;
}

/**
 * The editor's starting point from the stored record and the rescued copy of a page that closed
 * before its write finished (or before it cleared the copy). The copy is merged with what was
 * stored since its base, field by field: a copy the store already holds is no conflict.
 */
export function startEditing(record: StoredPitch, rescued: UnsavedEdit | undefined): EditingStart {
  const stored = toEditablePitch(record.pitch);
  const clean: EditingStart = { values: stored, base: stored, baseRevision: record.revision, unsaved: false, conflicts: [] };
  if (!rescued) return clean;
  const copy = toEditablePitch(rescued.pitch);
  if (sameValue(copy, stored)) return clean;
  // Without its base, a copy on the stored revision is this tab's edit of exactly what is stored.
  if (!rescued.base && rescued.baseRevision === record.revision) return { ...clean, values: copy, unsaved: true };
  // With it, merge even on the same revision: a copy kept while a conflict was open has the old
  // base in those fields, and asks again rather than keeping this tab's text unasked.
  const merge = mergePitch(rescued.base ?? null, record.pitch, rescued.pitch);
  return {
    values: merge.form,
    base: merge.base,
    baseRevision: record.revision,
    unsaved: !sameValue(merge.form, stored),
    conflicts: merge.conflicts,
    // Said to the user only when another save came between ("Merged with another tab: …").
    ...(rescued.baseRevision === record.revision ? {} : { merge }),
  };
}
