'use client';

import { useEffect, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { pitchFileSchema, type PitchFile } from '@/lib/pitch/schema';
import { browserUnsavedEdits } from '@/platform/browser-unsaved-edits';
import { snapshot } from './form-snapshot';

interface LeaveRefs {
  revision: RefObject<number>;
  base: RefObject<PitchFile>;
  lastSaved: RefObject<string>;
  blocked: RefObject<boolean>;
}

/**
 * Flushes when the tab is hidden or closed. IndexedDB is asynchronous and may not finish while the
 * page unloads, so a synchronous copy goes to localStorage first (browserUnsavedEdits), with the
 * base it was typed on so the next visit can merge it rather than only compare revisions.
 */
export function useFlushOnLeave(
  form: UseFormReturn<PitchFile>,
  pitchId: string,
  refs: LeaveRefs,
  flush: () => Promise<void>,
) {
  useEffect(() => {
    const keepCopy = () => {
      const values = form.getValues();
      if (snapshot(values) === refs.lastSaved.current) return false;
      const parsed = pitchFileSchema.safeParse(values);
      if (parsed.success) {
        browserUnsavedEdits.write(pitchId, {
          baseRevision: refs.revision.current,
          base: refs.base.current,
          pitch: parsed.data,
          at: Date.now(),
        });
      }
      return true;
    };
    const onHide = () => keepCopy() && void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!keepCopy()) return;
      void flush();
      // Pending edits are written by the flush; only text that cannot be saved warrants a prompt.
      if (refs.blocked.current || !pitchFileSchema.safeParse(form.getValues()).success) e.preventDefault();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [flush, form, pitchId, refs]);
}
