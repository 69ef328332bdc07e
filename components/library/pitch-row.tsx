'use client';

import Link from 'next/link';
import type { CSSProperties, ReactNode, Ref } from 'react';
import { displayTitle, type PitchSummary } from '@/lib/storage/pitch-summary';
import type { Readiness as ReadinessFigures } from '@/lib/advice/readiness';
import { buttonStyles } from '@/components/ui/button-styles';
import { ReadinessBadges } from '@/components/ui/readiness-badges';
import { formatRelativeTime } from '@/components/ui/relative-time';

interface PitchRowProps {
  summary: PitchSummary;
  now: number;
  /** Where the virtualized list places the row, and how it measures it. */
  ref?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  index: number;
  /** How many pitches the list holds, so a screen reader says "5 of 2,000" though few rows exist. */
  setSize: number;
  onFocus?: () => void;
  /** Overall, slide and pitch readiness; undefined until the advice worker has scored this pitch. */
  readiness?: ReadinessFigures;
  onRename: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

function RowAction({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={buttonStyles.icon}
      aria-label={label}
      title={label.split(' “')[0]}
      onClick={onClick}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
        {children}
      </svg>
    </button>
  );
}

/** One pitch in the library list: title (opens it), audience, last edited, slide and pitch readiness, actions. */
export function PitchRow({
  summary,
  now,
  ref,
  style,
  index,
  setSize,
  onFocus,
  readiness,
  onRename,
  onDuplicate,
  onExport,
  onDelete,
}: PitchRowProps) {
  const title = displayTitle(summary);
  const { audience, headline, updatedAt } = summary;
  const edited = new Date(updatedAt);
  return (
    <li
      ref={ref}
      style={style}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      onFocus={onFocus}
      className="group flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-indigo-300 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-700"
    >
      <div className="min-w-0 flex-1 basis-64">
        <Link
          href={`/pitch?id=${encodeURIComponent(summary.id)}`}
          className="block truncate rounded text-base font-semibold text-slate-900 hover:text-indigo-700 hover:underline dark:text-white dark:hover:text-indigo-300"
        >
          {title}
        </Link>
        <p className="mt-0.5 truncate text-sm text-slate-600 dark:text-slate-300">
          {headline || <span className="italic">No headline yet</span>}
        </p>
        <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
          <span>{audience ? `For ${audience}` : 'No audience set'}</span>
          <span aria-hidden="true">·</span>
          <span>
            Edited{' '}
            <time dateTime={edited.toISOString()} title={edited.toLocaleString()}>
              {formatRelativeTime(updatedAt, now)}
            </time>
          </span>
        </p>
      </div>
      {readiness !== undefined ? <ReadinessBadges figures={readiness} /> : null}
      <div className="flex items-center gap-1">
        <RowAction label={`Rename “${title}”`} onClick={onRename}>
          <path d="M13.6 2.6a2 2 0 0 1 2.8 0l1 1a2 2 0 0 1 0 2.8l-9.2 9.2-4 1.1a.8.8 0 0 1-1-1l1.1-4 9.3-9.1Zm1.4 1.4-1.3 1.3 1.3 1.3 1.3-1.3-1.3-1.3Zm-2.7 2.7-7 7-.5 1.6 1.6-.5 7-7-1.1-1.1Z" />
        </RowAction>
        <RowAction label={`Duplicate “${title}”`} onClick={onDuplicate}>
          <path d="M7 2h9a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-1v-2h1V4H7v1H5V4a2 2 0 0 1 2-2ZM4 7h9a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2Zm0 2v7h9V9H4Z" />
        </RowAction>
        <RowAction label={`Export JSON of “${title}”`} onClick={onExport}>
          <path d="M10 18a1 1 0 0 1-1-1V9.41l-2.3 2.3a1 1 0 0 1-1.4-1.42l4-4a1 1 0 0 1 1.4 0l4 4a1 1 0 0 1-1.4 1.42L11 9.4V17a1 1 0 0 1-1 1ZM4 2h12a1 1 0 1 1 0 2H4a1 1 0 1 1 0-2Z" />
        </RowAction>
        <RowAction label={`Delete “${title}”`} onClick={onDelete}>
          <path d="M8 2h4a1 1 0 0 1 1 1v1h4a1 1 0 1 1 0 2h-1v10a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6H3a1 1 0 0 1 0-2h4V3a1 1 0 0 1 1-1Zm-2 4v10h8V6H6Zm2 2a1 1 0 0 1 1 1v5a1 1 0 1 1-2 0V9a1 1 0 0 1 1-1Zm4 0a1 1 0 0 1 1 1v5a1 1 0 1 1-2 0V9a1 1 0 0 1 1-1Z" />
        </RowAction>
      </div>
    </li>
  );
}
