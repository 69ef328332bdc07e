'use client';

/**
 * "Find a pitch": narrows the list to the pitches whose title, headline or audience hold every
 * word typed. The list shows only the rows near the screen, so the browser's find-in-page cannot
 * reach the others; this can.
 */
export function LibraryFilter({
  query,
  onQuery,
  shown,
  total,
  complete,
}: {
  query: string;
  onQuery: (query: string) => void;
  shown: number;
  total: number;
  /** False while only the newest pitches have been read: the count says the rest is on its way. */
  complete: boolean;
}) {
  const count = (n: number) => `${n.toLocaleString('en-US')} pitch${n === 1 ? '' : 'es'}`;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <label className="flex min-w-0 flex-1 basis-64 flex-col gap-1 text-sm font-medium text-slate-700 dark:text-slate-200">
        Find a pitch
        <input
          type="search"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          placeholder="Title, headline or audience"
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base font-normal text-slate-900 placeholder:text-slate-500 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/40 dark:border-slate-600 dark:bg-slate-900 dark:text-white dark:placeholder:text-slate-400"
        />
      </label>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {!complete
          ? `Reading ${count(total)}…`
          : !query.trim()
            ? count(total)
            : shown === 0
              ? `No pitch matches “${query.trim()}” (${count(total)} in all). Try fewer words.`
              : `${shown.toLocaleString('en-US')} of ${count(total)} match${shown === 1 ? 'es' : ''}`}
      </p>
    </div>
  );
}
