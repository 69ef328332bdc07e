'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { buttonStyles } from '@/components/ui/button-styles';
import type { CardCueLevel } from '@/lib/card/card-content';
import { CARD_PAPER_LABELS, CARD_PAPERS, isCardPaper, type CardPaper } from '@/lib/card/card-style';
import type { PitchFile } from '@/lib/pitch/schema';
import { CardCueSelect } from './card-cue-select';
import { ExportFailureAlert } from './export-failure-alert';
import { useFileExport } from './use-file-export';

const selectStyles =
  'rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-3 focus-visible:outline-indigo-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

function notesFor(replaced: number, shortened: string[]): string | undefined {
  const notes = [];
  if (shortened.length) notes.push(`Shortened to fit: ${shortened.join(', ')}.`);
  if (replaced)
    notes.push(
      `${replaced} character${replaced === 1 ? '' : 's'} the card font cannot show appear as □.`,
    );
  return notes.length ? notes.join(' ') : undefined;
}

export interface DownloadCardButtonProps {
  /** Adds a "Print view" link to `/card?id=<pitchId>`. */
  pitchId?: string;
  /** Reads the pitch to print, at the click (the live form values, or a stored pitch). */
  currentPitch: () => PitchFile;
  /** A cue level chosen elsewhere on the page; by default the button offers its own choice. */
  cueLevel?: CardCueLevel;
}

/**
 * "Download card": the memorization card (PDF) of `currentPitch()`, with the back at the chosen cue
 * level and on the chosen paper. pdf-lib and the fonts load only on click.
 */
export function DownloadCardButton({
  pitchId,
  currentPitch,
  cueLevel: fixedCueLevel,
}: DownloadCardButtonProps) {
  const [chosenCueLevel, setCueLevel] = useState<CardCueLevel>('full');
  const cueLevel = fixedCueLevel ?? chosenCueLevel;
  const [paper, setPaper] = useState<CardPaper>('index-card');
  const { state, busy, button, run } = useFileExport(
    (detail) =>
      `The card could not be created${detail}. Reload the page if the app was just updated, then try again.`,
  );
  const id = useId();

  const exportCard = () =>
    run(
      async () =>
        (await import('./export-card-file')).exportCardFile(currentPitch(), {
          cueLevel,
          paper,
        }),
      (card) => notesFor(card.replacedCharacters, card.truncatedFields),
    );

  return (
    <div className="flex flex-col items-start gap-2">
      <div className="flex flex-wrap items-end gap-3">
        {fixedCueLevel ? null : (
          <CardCueSelect value={cueLevel} onChange={setCueLevel} disabled={busy} />
        )}
        <label
          className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-300"
          htmlFor={`${id}-paper`}
        >
          Card paper
          <select
            id={`${id}-paper`}
            className={selectStyles}
            value={paper}
            disabled={busy}
            onChange={(e) => isCardPaper(e.target.value) && setPaper(e.target.value)}
          >
            {CARD_PAPERS.map((option) => (
              <option key={option} value={option}>
                {CARD_PAPER_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
        <button
          ref={button}
          type="button"
          className={buttonStyles.secondary}
          onClick={exportCard}
          disabled={busy}
          aria-busy={busy}
          aria-label="Download card"
        >
          {busy ? 'Preparing…' : 'Download card'}
        </button>
        {pitchId ? (
          <Link
            className="text-sm font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
            href={`/card?id=${encodeURIComponent(pitchId)}&cue=${cueLevel}`}
          >
            Print view
          </Link>
        ) : null}
      </div>
      <p
        role="status"
        className={
          state.status === 'idle' && state.notes
            ? 'text-xs text-slate-600 dark:text-slate-300'
            : 'sr-only'
        }
      >
        {busy
          ? 'Preparing the card…'
          : state.status === 'idle' && state.savedAs
            ? `Downloaded ${state.savedAs}. ${state.notes ?? ''}`
            : ''}
      </p>
      {state.status === 'failed' ? (
        <ExportFailureAlert message={state.message} issues={state.issues} />
      ) : null}
    </div>
  );
}
