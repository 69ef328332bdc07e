'use client';

import { useState } from 'react';
import { buttonStyles } from '@/components/ui/button-styles';
import { downloadFile } from '@/components/ui/download-file';
import type { ConversionRates, FormulaId, PortfolioPitch } from '@/lib/portfolio';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * "Download portfolio PPTX": the one-slide portfolio, built in the browser (pptxgenjs loads on
 * click) from the pitches and the ranking on screen, so it works offline like the pitch slide.
 */
export function DownloadPortfolioButton({
  pitches,
  formula,
  conversion,
}: {
  pitches: () => PortfolioPitch[];
  formula: FormulaId;
  conversion: ConversionRates | undefined;
}) {
  const [state, setState] = useState<{ busy: boolean; message: string; failed: boolean }>({
    busy: false,
    message: '',
    failed: false,
  });
  async function download() {
    setState({ busy: true, message: 'Preparing the portfolio slide…', failed: false });
    try {
      const { buildPortfolioPptx } = await import('@/lib/portfolio-slide');
      const bytes = await buildPortfolioPptx(pitches(), {
        formula,
        ...(conversion ? { conversion } : {}),
      });
      downloadFile('portfolio.pptx', bytes as Uint8Array<ArrayBuffer>, PPTX_TYPE);
      setState({ busy: false, message: 'Downloaded portfolio.pptx', failed: false });
    } catch (error) {
      console.error('portfolio export failed', error);
      setState({
        busy: false,
        message:
          'The portfolio slide could not be created. Check your connection if the app was just updated, then try again.',
        failed: true,
      });
    }
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        className={buttonStyles.primary}
        onClick={() => void download()}
        disabled={state.busy || pitches().length === 0}
        aria-busy={state.busy}
      >
        {state.busy ? 'Preparing…' : 'Download portfolio PPTX'}
      </button>
      <p
        role={state.failed ? 'alert' : 'status'}
        className={state.failed ? 'max-w-xs text-sm text-rose-700 dark:text-rose-300' : 'sr-only'}
      >
        {state.message}
      </p>
    </div>
  );
}
