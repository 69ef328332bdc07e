'use client';

export type RehearsalMode = 'flashcards' | 'recall' | 'run-through';

const MODES: { id: RehearsalMode; label: string }[] = [
  { id: 'flashcards', label: 'Flashcards' },
  { id: 'recall', label: 'Typed recall' },
  { id: 'run-through', label: 'Run-through' },
];

/** Chooses how to rehearse; Esc always comes back to Flashcards. */
export function ModeSwitch({ mode, onChange }: { mode: RehearsalMode; onChange: (mode: RehearsalMode) => void }) {
  return (
    <div role="group" aria-label="Rehearsal mode" className="grid grid-cols-3 gap-1 rounded-xl bg-slate-200 p-1 dark:bg-slate-800">
      {MODES.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          aria-pressed={mode === id}
          onClick={() => onChange(id)}
          className="min-h-11 rounded-lg px-2 text-sm font-semibold text-slate-700 hover:bg-white/60 focus-visible:outline-3 focus-visible:outline-indigo-500 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm dark:text-slate-300 dark:hover:bg-slate-700 dark:aria-pressed:bg-slate-950 dark:aria-pressed:text-white"
        >
          {label}
        </button>
      ))}
    </div>
  );
}
