'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { CardPrintView } from '@/components/export/card-print-view';
import { CardCueSelect } from '@/components/export/card-cue-select';
import { DownloadCardButton } from '@/components/export/download-card-button';
import { buttonStyles } from '@/components/ui/button-styles';
import { buildCardContent, isCardCueLevel, type CardCueLevel } from '@/lib/card/card-content';
import { useStoredPitch } from '@/components/ui/use-stored-pitch';

/** One card side per printed page, at 5 × 3 in, with nothing of the app around it. */
const PRINT_CSS = `
@page { size: 5in 3in; margin: 0; }
@media print {
  html, body { background: #fff !important; margin: 0 !important; }
  .card-side { break-after: page; page-break-after: always; }
  .card-side:last-child { break-after: auto; page-break-after: auto; }
}`;

/** Loads the pitch named by `?id=` from this browser's library and shows its card to print. */
export function CardPageClient() {
  const params = useSearchParams();
  const id = params.get('id');
  const requested = params.get('cue');
  const [cueLevel, setCueLevel] = useState<CardCueLevel>(
    isCardCueLevel(requested) ? requested : 'full',
  );
  const state = useStoredPitch(id);
  const content = useMemo(
    () => (state.status === 'ready' ? buildCardContent(state.record.pitch, cueLevel) : null),
    [state, cueLevel],
  );

  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8 print:m-0 print:block print:max-w-none print:p-0">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-end justify-between gap-4 print:hidden">
        <div>
          <h1 className="text-2xl font-semibold">Memorization card</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Prints one side per page at 5 × 3 in: choose the card size (or “actual size”) in the
            print dialog.
          </p>
        </div>
        {id ? (
          <Link className={buttonStyles.ghost} href={`/pitch?id=${encodeURIComponent(id)}`}>
            Back to the pitch
          </Link>
        ) : (
          <Link className={buttonStyles.ghost} href="/">
            Back to the library
          </Link>
        )}
      </div>
      {state.status === 'loading' ? <p role="status">Loading the pitch…</p> : null}
      {state.status === 'missing' ? (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {id
            ? 'There is no pitch with this id in this browser’s library. It may have been deleted, or saved in another browser.'
            : 'No pitch was chosen: open a pitch and choose “Print view” next to “Download card”.'}{' '}
          <Link className="font-semibold underline" href="/">
            Go to the library
          </Link>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <div
          role="alert"
          className="rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
        >
          {state.message}
        </div>
      ) : null}
      {content ? (
        <>
          <div className="flex flex-wrap items-end gap-3 print:hidden">
            <CardCueSelect value={cueLevel} onChange={setCueLevel} />
            <button type="button" className={buttonStyles.primary} onClick={() => window.print()}>
              Print
            </button>
            {state.status === 'ready' ? (
              <DownloadCardButton currentPitch={() => state.record.pitch} cueLevel={cueLevel} />
            ) : null}
          </div>
          <CardPrintView content={content} />
        </>
      ) : null}
    </main>
  );
}
