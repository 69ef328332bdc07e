'use client';

import dynamic from 'next/dynamic';
import { LibrarySkeleton } from '@/components/library/library-skeleton';
import { importInSteps } from '@/components/ui/import-in-steps';

/**
 * The library (IndexedDB, import and export) loads after the page's frame has painted; the library
 * worker starts reading the pitches first, while the page's code loads.
 */
export const LibraryPageLoader = dynamic(
  () =>
    importInSteps(
      [
        () =>
          import('@/platform/library-worker/library-client').then((m) =>
            m.prefetchLibraryListing(),
          ),
        () => import('@/lib/pitch/schema'),
      ],
      () => import('@/components/library/library-page').then((m) => m.LibraryPage),
    ),
  { ssr: false, loading: () => <LibrarySkeleton /> },
);
