import Link from 'next/link';
import { tracePath, TRACE_LEVEL_LABELS, TRACE_LEVELS } from '@/lib/portfolio';
import type { StoredPitch } from '@/lib/storage/library-database';
import { pitchLabel } from './pitch-label';

/** The pitches whose trace names no objective, each with what its trace does name. */
export function UntracedList({ records }: { records: StoredPitch[] }) {
  if (records.length === 0) return null;
  return (
    <section
      aria-labelledby="untraced-heading"
      className="rounded-xl border border-slate-300 p-4 dark:border-slate-600"
    >
      <h3 id="untraced-heading" className="text-lg font-semibold">
        Not traced to any objective ({records.length})
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-200">
        Add the objective each serves in the pitch&apos;s Trace step.
      </p>
      <ul className="mt-2 space-y-2">
        {records.map((record) => {
          const named = tracePath(record.pitch.trace).flatMap((name, i) =>
            name ? [`${TRACE_LEVEL_LABELS[TRACE_LEVELS[i]!]}: ${name}`] : [],
          );
          return (
            <li key={record.id}>
              <Link
                href={`/pitch?id=${encodeURIComponent(record.id)}`}
                className="font-semibold text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
              >
                {pitchLabel(record.pitch)}
              </Link>
              <span className="block text-sm text-slate-600 dark:text-slate-300">
                {named.length > 0 ? named.join(' · ') : 'No trace yet'}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
