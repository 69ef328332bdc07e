const SHORTCUTS: [string, string][] = [
  ['Space or Enter', 'show the answer / back to the front'],
  ['1 2 3 4', 'grade Again, Hard, Good, Easy'],
  ['← →', 'previous or next card'],
  ['↑ ↓', 'more or less help in the cue'],
  ['Space (run-through)', 'start and stop the timer'],
  ['Esc', 'back to flashcards'],
];

/** The keyboard shortcuts, folded away until asked for. */
export function KeyboardHelp() {
  return (
    <details className="rounded-xl border border-slate-200 px-3 text-sm dark:border-slate-700">
      <summary className="min-h-11 cursor-pointer content-center font-semibold">Keyboard shortcuts</summary>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 pb-3">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt className="font-mono text-slate-700 dark:text-slate-200">{keys}</dt>
            <dd className="text-slate-600 dark:text-slate-300">{action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
