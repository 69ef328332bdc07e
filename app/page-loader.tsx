'use client';

import dynamic from 'next/dynamic';
import { LibrarySkeleton } from '@/components/library/library-skeleton';

/** The library (IndexedDB, import and export) loads after the page's frame has painted. */
export const LibraryPageLoader = dynamic(() => import('@/components/library/library-page').then((m) => m.LibraryPage), {
  ssr: false,
  loading: () => <LibrarySkeleton />,
});
