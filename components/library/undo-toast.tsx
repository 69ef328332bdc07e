'use client';

import { useEffect } from 'react';

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  /** How long the undo stays offered, in milliseconds. */
  timeoutMs?: number;
}

/** "Deleted “X”. Undo" — stays long enough to react, and is announced to screen readers. */
export function UndoToast({ message, onUndo, onExpire, timeoutMs = 10_000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, timeoutMs);
    return () => clearTimeout(timer);
  }, [onExpire, timeoutMs]);
  return (
    <div className="fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      <div
        role="status"
        className="flex items-center gap-4 rounded-xl bg-slate-900 px-4 py-3 text-sm text-white shadow-xl dark:bg-slate-100 dark:text-slate-900"
      >
        <span>{message}</span>
        <button
          type="button"
          onClick={onUndo}
          className="rounded-md px-2 py-1 font-semibold text-indigo-300 underline-offset-2 hover:underline focus-visible:outline-3 focus-visible:outline-indigo-400 dark:text-indigo-700"
        >
          Undo
        </button>
      </div>
    </div>
  );
}
