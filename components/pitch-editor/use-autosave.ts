'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { summarizeIssues, toPitchIssues, WITH_INPUT } from '@/lib/pitch/issues';
import { pitchFileSchema, type PitchFile } from '@/lib/pitch/schema';
import { browserLibrary } from '@/platform/browser-library';
import type { StoredPitch } from '@/lib/storage/library-database';
import { getPitch, savePitch } from '@/lib/storage/pitch-store';
import { toEditablePitch } from './editable-pitch';
import type { UnsavedEdit } from '@/lib/storage/unsaved-edit';
import { browserUnsavedEdits } from '@/platform/browser-unsaved-edits';
import { requestPersistenceOnce } from '@/platform/persistent-storage';

export type SaveState =
  | { kind: 'saved'; at: number; fromOtherTab?: boolean }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'deleted' }
  | { kind: 'conflict'; current: StoredPitch };

/** Debounce between the last keystroke and the write, in ms (the promise is "within 500 ms"). */
const SAVE_DELAY_MS = 350;

/** Comparable text of form values: schema order, so equal pitches give equal strings. */
function snapshot(values: unknown): string {
  const parsed = pitchFileSchema.safeParse(values);
  return JSON.stringify(parsed.success ? parsed.data : values);
}


/**
 * Saves every edit to IndexedDB shortly after typing pauses, flushes when the page is hidden or
 * closed, and never overwrites a newer revision saved by another tab: that becomes a `conflict`.
 */
export function useAutosave(
  form: UseFormReturn<PitchFile>,
  record: StoredPitch,
  /** The stored pitch as the form shows it (optional fields filled in). */
  savedValues: PitchFile,
  rescued?: UnsavedEdit,
) {
  // Edits rescued from a page that closed before its write finished, on top of a revision that
  // another tab has since replaced: the user chooses which to keep.
  const rescuedIsStale = !!rescued && rescued.baseRevision !== record.revision;
  const [state, setState] = useState<SaveState>(
    rescuedIsStale ? { kind: 'conflict', current: record } : { kind: 'saved', at: record.updatedAt },
  );
  const revision = useRef(record.revision);
  const lastSaved = useRef(snapshot(savedValues));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);
  const blocked = useRef(rescuedIsStale);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback(() => {
    if (blocked.current) return;
    setState((s) => (s.kind === 'pending' || s.kind === 'invalid' || s.kind === 'error' ? s : { kind: 'pending' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), SAVE_DELAY_MS);
  }, []);

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
    const json = snapshot(parsed.data);
    if (json === lastSaved.current) {
      browserUnsavedEdits.clear(record.id);
      setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: Date.now() }));
      return;
    }
    setState({ kind: 'saving' });
    saving.current = (async () => {
      try {
        const result = await savePitch(browserLibrary(), record.id, parsed.data, revision.current);
        if (result.status === 'saved') {
          revision.current = result.record.revision;
          lastSaved.current = json;
          browserUnsavedEdits.clear(record.id);
          setState({ kind: 'saved', at: result.record.updatedAt });
          void requestPersistenceOnce(browserLibrary());
        } else if (result.status === 'conflict') {
          blocked.current = true;
          setState({ kind: 'conflict', current: result.current });
        } else {
          blocked.current = true;
          setState({ kind: 'deleted' });
        }
      } catch (error) {
        setState({
          kind: 'error',
          message: error instanceof Error ? error.message : 'The browser refused to store the pitch.',
        });
      } finally {
        saving.current = null;
      }
    })();
    await saving.current;
    // Edits typed while the write was running are saved right after it.
    if (!blocked.current && snapshot(form.getValues()) !== lastSaved.current) schedule();
  }, [form, record.id, schedule]);

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

  // Rescued edits on top of the stored revision: save them now.
  useEffect(() => {
    if (rescued && !rescuedIsStale) schedule();
  }, [rescued, rescuedIsStale, schedule]);

  // Flush when the tab is hidden or closed. IndexedDB is asynchronous and may not finish while the
  // page unloads, so a synchronous copy goes to localStorage first (browserUnsavedEdits).
  useEffect(() => {
    const keepCopy = () => {
      const values = form.getValues();
      if (snapshot(values) === lastSaved.current) return false;
      const parsed = pitchFileSchema.safeParse(values);
      if (parsed.success) browserUnsavedEdits.write(record.id, { baseRevision: revision.current, pitch: parsed.data, at: Date.now() });
      return true;
    };
    const onHide = () => keepCopy() && void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!keepCopy()) return;
      void flush();
      // Pending edits are written by the flush; only text that cannot be saved warrants a prompt.
      if (blocked.current || !pitchFileSchema.safeParse(form.getValues()).success) e.preventDefault();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [flush, form, record.id]);

  // Another tab saved this pitch: adopt it when we have no unsaved edits, else report a conflict.
  useEffect(() => {
    const db = browserLibrary();
    let active = true;
    const onStoredChange = (row: StoredPitch | undefined) => {
      if (!active) return;
      if (!row) {
        blocked.current = true;
        setState({ kind: 'deleted' });
        return;
      }
      if (row.revision <= revision.current || saving.current) return;
      const unsaved = snapshot(form.getValues()) !== lastSaved.current;
      if (unsaved) {
        blocked.current = true;
        clearTimeout(timer.current);
        setState({ kind: 'conflict', current: row });
        return;
      }
      revision.current = row.revision;
      const next = toEditablePitch(row.pitch);
      lastSaved.current = snapshot(next);
      form.reset(next);
      setState({ kind: 'saved', at: row.updatedAt, fromOtherTab: true });
    };
    const check = () => {
      // A damaged or unreadable row is not adopted; this tab keeps its text and goes on saving.
      getPitch(db, record.id).then(onStoredChange, () => undefined);
    };
    // A save that landed between this page's read and now counts too.
    check();
    const stopWatching = db.watch('pitches', check);
    return () => {
      active = false;
      stopWatching();
    };
  }, [form, record.id]);

  /** Conflict: take the other tab's newer version (our unsaved edits are dropped, on request). */
  const loadNewer = useCallback(() => {
    if (state.kind !== 'conflict') return;
    revision.current = state.current.revision;
    const next = toEditablePitch(state.current.pitch);
    lastSaved.current = snapshot(next);
    blocked.current = false;
    browserUnsavedEdits.clear(record.id);
    form.reset(next);
    setState({ kind: 'saved', at: state.current.updatedAt, fromOtherTab: true });
  }, [form, state, record.id]);

  /** Conflict: keep this tab's text, knowingly replacing the other tab's revision. */
  const keepMine = useCallback(() => {
    if (state.kind !== 'conflict') return;
    revision.current = state.current.revision;
    lastSaved.current = snapshot(toEditablePitch(state.current.pitch));
    blocked.current = false;
    void flush();
  }, [flush, state]);

  return { state, flush, loadNewer, keepMine };
}
