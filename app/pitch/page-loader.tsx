'use client';

import dynamic from 'next/dynamic';
import { PitchPageSkeleton } from '@/components/pitch-editor/pitch-page-skeleton';
import { importInSteps } from '@/components/ui/import-in-steps';
import { startReadingPitchOfUrl } from '@/platform/early-pitch-read';

const loadPitchPage = () =>
  importInSteps([() => import('@/lib/pitch/schema')], () =>
    import('./page-client').then((m) => m.PitchPageClient),
  );
let pitchPage: ReturnType<typeof loadPitchPage> | undefined;
const startLoadingPitchPage = () => (pitchPage ??= loadPitchPage());

// As this module runs (before React hydrates the page), the pitch is read from IndexedDB and the
// editor's code starts loading, beside each other: not after hydration, nor one after the other.
startReadingPitchOfUrl();
if (typeof window !== 'undefined') startLoadingPitchPage().catch(() => undefined);

/**
 * The editor, preview and drafter load after the page's frame has painted: they need IndexedDB,
 * which only the browser has, and keeping them out of the first load keeps that load small.
 */
export const PitchPageLoader = dynamic(startLoadingPitchPage, {
  ssr: false,
  loading: () => <PitchPageSkeleton />,
});
