'use client';

import dynamic from 'next/dynamic';
import { PitchPageSkeleton } from '@/components/pitch-editor/pitch-page-skeleton';
import { importInSteps } from '@/components/ui/import-in-steps';
import { startReadingPitchOfUrl } from '@/platform/early-pitch-read';

// The pitch is read from IndexedDB while the editor's code loads, not after.
startReadingPitchOfUrl();

/**
 * The editor, preview and drafter load after the page's frame has painted: they need IndexedDB,
 * which only the browser has, and keeping them out of the first load keeps that load small.
 */
export const PitchPageLoader = dynamic(
  () =>
    importInSteps([() => import('@/lib/pitch/schema')], () =>
      import('./page-client').then((m) => m.PitchPageClient),
    ),
  {
    ssr: false,
    loading: () => <PitchPageSkeleton />,
  },
);
