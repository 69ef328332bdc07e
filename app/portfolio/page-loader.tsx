'use client';

import dynamic from 'next/dynamic';
import { AppHeader } from '@/components/ui/app-header';

/** The portfolio reads every pitch from IndexedDB, so it loads after the page's frame has painted. */
export const PortfolioPageLoader = dynamic(
  () => import('@/components/portfolio/portfolio-page').then((m) => m.PortfolioPage),
  {
    ssr: false,
    loading: () => (
      <>
        <AppHeader />
        <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Portfolio</h1>
          <p role="status" className="mt-6 text-slate-600 dark:text-slate-300">
            Opening your library…
          </p>
        </main>
      </>
    ),
  },
);
