'use client';

import { useState } from 'react';
import { buttonStyles } from '@/components/ui/button-styles';
import { mergeSpellings, TRACE_LEVEL_LABELS, type NearDuplicate } from '@/lib/portfolio';
import type { StoredPitch } from '@/lib/storage/library-database';
import { savePitchEdit } from './save-pitch-edit';

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(' and ');

/**
 * Names that look like one name written two ways, each offered for merging: the user picks the
 * spelling to keep and only then are the other pitches' traces renamed (saved like any edit).
 */
export function NearDuplicateList({
  groups,
  records,
}: {
  groups: NearDuplicate[];
  records: StoredPitch[];
}) {
  const [message, setMessage] = useState<string | null>(null);
  if (groups.length === 0) return null;

  async function merge(group: NearDuplicate, keep: string) {
    const stored = new Map(records.map((r) => [r.id, r]));
    const changed = mergeSpellings(records, group, keep);
    // Each save is made on the revision this page read, and merged with anything saved since.
    const errors = (
      await Promise.all(changed.map((c) => savePitchEdit(stored.get(c.id)!, c.pitch)))
    ).filter(Boolean);
    setMessage(
      errors.length > 0
        ? errors.join(' ')
        : `Merged into “${keep}” in ${changed.length} pitch${changed.length === 1 ? '' : 'es'}.`,
    );
  }

  return (
    <section
      aria-labelledby="near-duplicates-heading"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/40"
    >
      <h2 id="near-duplicates-heading" className="text-lg font-semibold">
        Names that may be the same
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-200">
        These are kept apart until you choose. Merging renames the trace in the pitches that use the
        other spelling.
      </p>
      <ul className="mt-3 space-y-3">
        {groups.map((group) => (
          <li key={`${group.level}:${group.spellings.map((s) => s.name).join('|')}`}>
            <p>
              {TRACE_LEVEL_LABELS[group.level]}: {quoted(group.spellings.map((s) => s.name))}
            </p>
            <div className="mt-1 flex flex-wrap gap-2">
              {group.spellings.map((spelling) => (
                <button
                  key={spelling.name}
                  type="button"
                  className={buttonStyles.secondary}
                  onClick={() => void merge(group, spelling.name)}
                >
                  Merge as “{spelling.name}”
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <p role="status" className="mt-2 text-sm">
        {message}
      </p>
    </section>
  );
}
