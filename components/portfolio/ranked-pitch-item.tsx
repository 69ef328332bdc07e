'use client';

import Link from 'next/link';
import { formatAmount, type EffectiveInputs, type RankedPitch } from '@/lib/portfolio';
import type { StoredPitch } from '@/lib/storage/library-database';
import { pitchLabel } from './pitch-label';
import { PitchInputs } from './pitch-inputs';

/** One pitch of the ranking: its rank and score, the formula with its figures, and its inputs. */
export function RankedPitchItem({
  record,
  ranked,
  currency,
  onSave,
}: {
  record: StoredPitch;
  ranked: RankedPitch;
  currency: string | null;
  onSave: (record: StoredPitch, next: StoredPitch['pitch']) => void;
}) {
  const headingId = `rank-${record.id}`;
  return (
    <li
      aria-labelledby={headingId}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="grid size-10 shrink-0 place-items-center rounded-full bg-indigo-600 font-bold text-white dark:bg-indigo-400 dark:text-slate-950"
        >
          {ranked.rank}
        </span>
        <div className="min-w-0 flex-1">
          <h4 id={headingId} className="font-semibold break-words">
            <span className="sr-only">Rank {ranked.rank}: </span>
            <Link
              href={`/pitch?id=${encodeURIComponent(record.id)}`}
              className="underline-offset-2 hover:underline"
            >
              {pitchLabel(record.pitch)}
            </Link>
          </h4>
          <p className="text-sm text-slate-700 dark:text-slate-200">
            Score <strong>{ranked.scoreText}</strong> · value{' '}
            {formatAmount(ranked.value, currency ?? undefined)} a year (risk-adjusted) · cost{' '}
            {formatAmount(ranked.cost, currency ?? undefined)}
            {ranked.convertedAt
              ? ` · converted from ${ranked.convertedAt.from} at ${ranked.convertedAt.rate}`
              : ''}
          </p>
          <p className="mt-1 font-mono text-xs break-words text-slate-700 dark:text-slate-300">
            {ranked.workings}
          </p>
        </div>
      </div>
      <PitchInputs record={record} inputs={ranked.inputs} onSave={onSave} />
    </li>
  );
}

/** A pitch that cannot be ranked yet, saying what it needs, with the inputs to give it. */
export function UnrankedPitchItem({
  record,
  inputs,
  missing,
  onSave,
}: {
  record: StoredPitch;
  inputs: EffectiveInputs;
  missing: string;
  onSave: (record: StoredPitch, next: StoredPitch['pitch']) => void;
}) {
  return (
    <li className="rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-600">
      <h4 className="font-semibold break-words">{pitchLabel(record.pitch)}</h4>
      <p className="text-sm text-slate-700 dark:text-slate-200">Not ranked: needs {missing}.</p>
      <PitchInputs record={record} inputs={inputs} onSave={onSave} />
    </li>
  );
}
