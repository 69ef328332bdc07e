'use client';

import { describeStorageError, isQuotaError } from '@/lib/storage/storage-error';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { formName, type FieldPath } from '@/lib/pitch/field-path';
import { summarizeIssues, toPitchIssues, WITH_INPUT } from '@/lib/pitch/issues';
import { toEditablePitch } from '@/lib/pitch/editable-pitch';
import { pitchFileSchema, type PitchFile } from '@/lib/pitch/schema';
import type { EditingStart } from '@/lib/storage/editing-start';
import type { StoredPitch } from '@/lib/storage/library-database';
import { mergePitch, type FieldConflict, type PitchMerge } from '@/lib/storage/merge-pitch';
import { mergeSummary } from '@/lib/storage/merge-summary';
import { withValueAt } from '@/lib/storage/pitch-fields';
import { saveMergingPitch } from '@/lib/storage/pitch-store';
import { browserLibrary } from '@/platform/browser-library';
import { browserUnsavedEdits } from '@/platform/browser-unsaved-edits';
import { requestPersistenceOnce } from '@/platform/persistent-storage';
import { applyToForm } from './apply-to-form';
import { readForm, snapshot } from './form-snapshot';
import { stateAfterEdit, type SaveState } from './save-state';
import { useFlushOnLeave } from './use-flush-on-leave';
import { useStoredChanges } from './use-stored-changes';

export type { SaveState } from './save-state';

/** Debounce between the last keystroke and the write, in ms (the promise is "within 500 ms"). */
const SAVE_DELAY_MS = 350;

/** Which side of a conflict the user keeps. */
export type ConflictChoice = 'mine' | 'theirs';

/**
 * Saves every edit to IndexedDB shortly after typing pauses and flushes when the page is hidden
 * or closed. Another tab's saves are merged field by field (on arrival, and inside a save on a
 * stale revision): only a field both tabs changed stops saving until the user chooses.
 */
export function useAutosave(form: UseFormReturn<PitchFile>, record: StoredPitch, start: EditingStart) {
  const [state, setState] = useState<SaveState>(() =>
    start.conflicts.length ? { kind: 'conflict', conflicts: start.conflicts } : { kind: 'saved', at: record.updatedAt },
  );
  const revision = useRef(start.baseRevision);
  const base = useRef(start.base);
  const lastSaved = useRef(snapshot(record.pitch));
  const blocked = useRef(start.conflicts.length > 0);
  const conflicts = useRef(start.conflicts);
  // What the last merge did, said once the save that follows it lands.
  const note = useRef(start.merge && !start.conflicts.length ? mergeSummary(start.merge) : undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);
  const missedChange = useRef(false);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const leaveRefs = useMemo(() => ({ revision, base, lastSaved, blocked }), []);

  const schedule = useCallback(() => {
    if (blocked.current) return;
    setState(stateAfterEdit);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
  }, []);

  const savedNow = useCallback((at: number) => {
    const said = note.current;
    note.current = undefined;
    browserUnsavedEdits.clear(record.id);
    setState({ kind: 'saved', at, note: said });
  }, [record.id]);

  /** Takes in a stored revision merged with the form (`sent` is the form as the merge saw it). */
  const adopt = useCallback((stored: StoredPitch, merge: PitchMerge, sent: PitchFile) => {
    revision.current = stored.revision;
    lastSaved.current = snapshot(stored.pitch);
    base.current = merge.base;
    applyToForm(form, sent, merge.form);
    conflicts.current = merge.conflicts;
    blocked.current = merge.conflicts.length > 0;
    if (blocked.current) {
      clearTimeout(timer.current);
      setState({ kind: 'conflict', conflicts: merge.conflicts });
      return;
    }
    note.current = mergeSummary(merge);
    if (snapshot(form.getValues()) !== lastSaved.current) schedule();
    else savedNow(stored.updatedAt);
  }, [form, savedNow, schedule]);

  const onStored = useCallback((row: StoredPitch | undefined) => {
    if (!row) {
      blocked.current = true;
      clearTimeout(timer.current);
      setState({ kind: 'deleted' });
      return;
    }
    if (saving.current) {
      // This tab's write reads the store itself; look again once it is done.
      missedChange.current = true;
      return;
    }
    if (row.revision <= revision.current) return;
    const sent = readForm(form);
    adopt(row, mergePitch(base.current, row.pitch, sent), sent);
  }, [adopt, form]);
  const recheckStored = useStoredChanges(record.id, onStored);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (blocked.current) return;
    if (saving.current) {
      await saving.current;
      return flushRef.current();
    }
    const parsed = pitchFileSchema.safeParse(form.getValues(), WITH_INPUT);
    if (!parsed.success) {
      setState({ kind: 'invalid', message: summarizeIssues(toPitchIssues(parsed.error), 1) });
      return;
    }
    const sent = toEditablePitch(parsed.data);
    const json = snapshot(sent);
    if (json === lastSaved.current) {
      // Nothing to write (e.g. the timer of a field another tab's save filled in): a "Saved" or
      // "Updated from another tab: …" already shown stays as it is.
      const said = note.current;
      note.current = undefined;
      browserUnsavedEdits.clear(record.id);
      setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: Date.now(), note: said }));
      return;
    }
    setState({ kind: 'saving' });
    const db = browserLibrary();
    saving.current = (async () => {
      try {
        const result = await saveMergingPitch(db, record.id, { pitch: sent, base: base.current, baseRevision: revision.current });
        if (result.status === 'missing') {
          blocked.current = true;
          setState({ kind: 'deleted' });
          return;
        }
        void requestPersistenceOnce(db);
        if (result.status === 'merged') return adopt(result.record, result.merge, sent);
        revision.current = result.record.revision;
        base.current = sent;
        lastSaved.current = json;
        savedNow(result.record.updatedAt);
      } catch (error) {
        setState({
          kind: 'error',
          message: isQuotaError(error)
            ? `${describeStorageError(error)}.`
            : `${describeStorageError(error)}. Storage may be blocked (private browsing).`,
        });
      } finally {
        saving.current = null;
      }
    })();
    await saving.current;
    if (missedChange.current) {
      missedChange.current = false;
      recheckStored();
    }
    // Edits typed while the write was running are saved right after it.
    if (!blocked.current && snapshot(form.getValues()) !== lastSaved.current) schedule();
  }, [adopt, form, recheckStored, record.id, savedNow, schedule]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Save after edits.
  useEffect(() => {
    const subscription = form.watch((_, { type }) => {
      if (type === 'change' || type === undefined) schedule();
    });
    return () => subscription.unsubscribe();
  }, [form, schedule]);

  // A rescued copy: save what it adds, or drop it when the store already holds it.
  useEffect(() => {
    if (start.unsaved && !start.conflicts.length) schedule();
    else if (!start.unsaved) browserUnsavedEdits.clear(record.id);
  }, [record.id, schedule, start]);

  useFlushOnLeave(form, record.id, leaveRefs, flush);

  /** Settles one conflicting field (or, without `path`, all of them); saving resumes once none is left. */
  const resolve = useCallback((choice: ConflictChoice, path?: FieldPath) => {
    const chosen: FieldConflict[] = conflicts.current.filter((c) => path === undefined || c.path === path);
    for (const conflict of chosen) {
      if (choice === 'theirs') form.setValue(formName(conflict.path) as 'title', conflict.theirs as string, { shouldValidate: true });
      // The store holds theirs: from now on the form's value is a change on top of it, or the same.
      base.current = withValueAt(base.current, conflict.path, conflict.theirs);
    }
    const remaining = conflicts.current.filter((c) => !chosen.includes(c));
    conflicts.current = remaining;
    if (remaining.length) {
      setState({ kind: 'conflict', conflicts: remaining });
      return;
    }
    blocked.current = false;
    void flush();
  }, [flush, form]);

  return { state, flush, resolve };
}
