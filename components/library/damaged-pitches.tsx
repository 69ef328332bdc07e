'use client';

import type { DamagedPitch } from '@/lib/storage/pitch-store';
import { downloadFile } from '@/components/ui/download-file';

/** Stored pitches that no longer read as pitches: kept unchanged, with their raw data to repair. */
export function DamagedPitches({ damaged }: { damaged: DamagedPitch[] }) {
  if (damaged.length === 0) return null;
  return (
    <ul className="mb-4 grid gap-3" aria-label="Damaged pitches">
      {damaged.map((item) => (
        <li
          key={item.id}
          className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
        >
          A stored pitch could not be read ({item.problem}). It is kept unchanged;{' '}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() =>
              downloadFile(
                `damaged-${item.id}.json`,
                JSON.stringify(item.raw, null, 2),
                'application/json',
              )
            }
          >
            download its raw data
          </button>{' '}
          to repair it.
        </li>
      ))}
    </ul>
  );
}
