'use client';

import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { buttonStyles } from '@/components/ui/button-styles';
import { downloadFile } from '@/components/ui/download-file';
import type { PitchIssue } from '@/lib/pitch/issues';
import type { PitchFile } from '@/lib/pitch/schema';
import { ExportFailureAlert } from './export-failure-alert';

type ExportState =
  | { status: 'idle'; savedAs?: string }
  | { status: 'busy' }
  | { status: 'failed'; message: string; issues: PitchIssue[] };

/**
 * "Download PPTX": builds the one-slide PowerPoint in the browser from the live pitch. pptxgenjs
 * (≈ 400 KB) is loaded only on click, so it never weighs on the page's first load.
 */
export function DownloadPptxButton() {
  const { getValues } = useFormContext<PitchFile>();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  const busy = state.status === 'busy';

  // Disabling the button while busy drops keyboard focus; give it back when the export ends.
  function finish(next: ExportState) {
    setState(next);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) button.current?.focus();
    });
  }

  async function exportSlide() {
    setState({ status: 'busy' });
    try {
      const { exportPptxFile } = await import('./export-pptx-file');
      const result = await exportPptxFile(getValues());
      if (!result.ok) {
        finish({ status: 'failed', message: result.error, issues: result.issues });
        return;
      }
      downloadFile(result.fileName, result.bytes, result.contentType);
      finish({ status: 'idle', savedAs: result.fileName });
    } catch (error) {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      finish({
        status: 'failed',
        message: `The PowerPoint could not be created${detail}. Check your connection if the app was just updated, then try again.`,
        issues: [],
      });
    }
  }

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
