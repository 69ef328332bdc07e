import Link from 'next/link';
import type { ReactNode } from 'react';

/** The top bar every page shares: the product name (home link) and page-specific actions. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex min-h-16 max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 rounded-md text-base font-bold tracking-tight text-slate-900 dark:text-white"
        >
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-sm text-white dark:bg-indigo-500"
          >
            1
          </span>
          One-Slide Pitch
        </Link>
        {children ? <div className="flex flex-wrap items-center gap-2">{children}</div> : null}
      </div>
    </header>
  );
}
