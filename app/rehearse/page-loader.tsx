'use client';

import dynamic from 'next/dynamic';
import { RehearsalLoadMessage } from '@/components/rehearsal/rehearsal-load-message';
import { importInSteps } from '@/components/ui/import-in-steps';

/** Rehearsal (IndexedDB, the FSRS scheduler) loads after the page's frame has painted. */
export const RehearsePageLoader = dynamic(
  () =>
    importInSteps([() => import('@/lib/pitch/schema')], () =>
      import('./page-client').then((m) => m.RehearsePageClient),
    ),
  { ssr: false, loading: () => <RehearsalLoadMessage kind="loading" /> },
);
