import { AppHeader } from '@/components/ui/app-header';
import { STEPS } from './steps';

/**
 * What the pitch page looks like before the pitch is read from IndexedDB: the same frame and the
 * first step's guidance, so the page paints at once and nothing jumps when the editor arrives.
 */
export function PitchPageSkeleton() {
  const first = STEPS[0]!;
  return (
    <>
      <AppHeader>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-200">
          Opening your pitch…
        </p>
      </AppHeader>
      <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6" aria-busy="true">
        <div className="mb-4 h-16 w-72 max-w-full animate-pulse rounded-lg bg-slate-200/70 dark:bg-slate-800" />
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[11rem_minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-[12rem_minmax(0,1fr)_minmax(0,1.1fr)]">
          <ol className="flex gap-1 overflow-hidden lg:flex-col" aria-hidden="true">
            {STEPS.map((step, i) => (
              <li key={step.id} className="flex shrink-0 items-center gap-2 px-3 py-2 text-sm font-medium text-slate-500 dark:text-slate-400">
                <span className="grid size-6 place-items-center rounded-full bg-slate-200 text-xs dark:bg-slate-700">{i + 1}</span>
                {step.label}
              </li>
            ))}
          </ol>
          <section className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
            <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
              Step 1 of {STEPS.length}
            </p>
            <h2 className="mt-1 text-xl font-bold tracking-tight">{first.label}</h2>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{first.guidance}</p>
          </section>
          <div className="aspect-video animate-pulse rounded-md bg-slate-200/70 dark:bg-slate-800" />
        </div>
      </main>
    </>
  );
}
