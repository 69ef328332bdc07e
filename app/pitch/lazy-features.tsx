'use client';

import dynamic from 'next/dynamic';

const loading = () => (
  <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
    Loading…
  </p>
);

/** The drafter and the export buttons load when their step is first opened, not with the page. */
export const LazyPitchDrafter = dynamic(
  () => import('@/components/pitch-drafter/pitch-drafter').then((m) => m.PitchDrafter),
  { ssr: false, loading },
);
export const LazyDownloadPptxButton = dynamic(
  () => import('@/components/export/download-pptx-button').then((m) => m.DownloadPptxButton),
  { ssr: false, loading },
);
export const LazyDownloadCardButton = dynamic(
  () => import('@/components/export/download-card-button').then((m) => m.DownloadCardButton),
  { ssr: false },
);
