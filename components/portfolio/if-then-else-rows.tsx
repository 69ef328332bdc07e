import Link from 'next/link';
import type { StoredPitch } from '@/lib/storage/library-database';
import { pitchLabel } from './pitch-label';

const CELLS = [
  ['if', 'If'],
  ['then', 'Then'],
  ['else', 'Else'],
] as const;

/**
 * The If / Then / Else matrix rows of a node's pitches: one row per pitch, its three cells side
 * by side on a wide screen and stacked on a phone. An empty cell says so.
 */
export function IfThenElseRows({ pitches }: { pitches: StoredPitch[] }) {
  return (
    <ul className="mt-2 space-y-2">
      {pitches.map((record) => (
        <li
          key={record.id}
          className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
        >
          <Link
            href={`/pitch?id=${encodeURIComponent(record.id)}`}
            className="font-semibold text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
          >
            {pitchLabel(record.pitch)}
          </Link>
          <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-3">
            {CELLS.map(([key, label]) => {
              const text = record.pitch.trace?.[key]?.trim();
              return (
                <div key={key} className="min-w-0">
                  <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
                    {label}
                  </dt>
                  <dd
                    className={`break-words ${text ? '' : 'italic text-slate-600 dark:text-slate-300'}`}
                  >
                    {text || 'not written'}
                  </dd>
                </div>
              );
            })}
          </dl>
        </li>
      ))}
    </ul>
  );
}
