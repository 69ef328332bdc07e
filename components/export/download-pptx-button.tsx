'use client';

import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { buttonStyles } from '@/components/ui/button-styles';
import { downloadFile } from '@/components/ui/download-file';
import type { PitchIssue } from '@/lib/pitch/issues';
import type { PitchFile } from '@/lib/pitch/schema';

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
        <div
          role="alert"
          className="max-w-md rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
        >
          <p className="font-semibold">{state.message}</p>
          {state.issues.length ? (
            <ul className="mt-1 list-disc pl-5">
              {state.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
