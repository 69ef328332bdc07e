'use client';

import dynamic from 'next/dynamic';
import { AppHeader } from '@/components/ui/app-header';

/** The card view reads the pitch from IndexedDB, so it loads after the page's frame has painted. */
export const CardPageLoader = dynamic(() => import('./page-client').then((m) => m.CardPageClient), {
  ssr: false,
  loading: () => (
    <>
      <AppHeader />
      <main className="mx-auto max-w-3xl px-4 py-16 text-center">
        <p role="status" className="text-slate-600 dark:text-slate-300">
          Opening the card…
        </p>
      </main>
    </>
  ),
});
