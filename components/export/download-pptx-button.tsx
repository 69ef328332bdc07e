'use client';

import { buttonStyles } from '@/components/ui/button-styles';
import type { PitchFile } from '@/lib/pitch/schema';
import { ExportFailureAlert } from './export-failure-alert';
import { useFileExport } from './use-file-export';

/**
 * "Download PPTX": builds the one-slide PowerPoint in the browser from `currentPitch()`, read at
 * the click. pptxgenjs
 * (≈ 400 KB) is loaded only on click, so it never weighs on the page's first load.
 */
export function DownloadPptxButton({ currentPitch }: { currentPitch: () => PitchFile }) {
  const { state, busy, button, run } = useFileExport(
    (detail) =>
      `The PowerPoint could not be created${detail}. Check your connection if the app was just updated, then try again.`,
  );

  const exportSlide = () =>
    run(async () => (await import('./export-pptx-file')).exportPptxFile(currentPitch()));

  return (
    <div className="flex flex-col items-start gap-2">
      <button
        ref={button}
        type="button"
        className={buttonStyles.secondary}
        onClick={exportSlide}
        disabled={busy}
        aria-busy={busy}
        aria-label="Download PPTX"
      >
        {busy ? 'Preparing…' : 'Download PPTX'}
      </button>
      <p role="status" className="sr-only">
        {busy
          ? 'Preparing the PowerPoint…'
          : state.status === 'idle' && state.savedAs
            ? `Downloaded ${state.savedAs}`
            : ''}
      </p>
      {state.status === 'failed' ? (
        <ExportFailureAlert message={state.message} issues={state.issues} />
      ) : null}
    </div>
  );
}
