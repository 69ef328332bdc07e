'use client';

import type { ImportOutcome } from './import-button';

/** Result of the last import or export: a success note, or exactly what is wrong with the file. */
export function LibraryMessage({
  outcome,
  onDismiss,
}: {
  outcome: ImportOutcome;
  onDismiss: () => void;
}) {
  const tone = outcome.ok
    ? 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100'
    : 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-100';
  return (
    <div
      role={outcome.ok ? 'status' : 'alert'}
      className={`flex items-start gap-3 rounded-xl border p-4 text-sm ${tone}`}
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium">{outcome.message}</p>
        {!outcome.ok && outcome.issues.length > 0 ? (
          <ul className="mt-2 list-disc space-y-0.5 pl-5">
            {outcome.issues.slice(0, 8).map((issue, i) => (
              <li key={i}>
                {issue.path ? <code className="font-mono text-xs">{issue.path}</code> : null}
                {issue.path ? ': ' : ''}
                {issue.message}
              </li>
            ))}
            {outcome.issues.length > 8 ? <li>…and {outcome.issues.length - 8} more.</li> : null}
          </ul>
        ) : null}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="rounded px-1 font-semibold hover:underline"
        aria-label="Dismiss message"
      >
        ✕
      </button>
    </div>
  );
}
