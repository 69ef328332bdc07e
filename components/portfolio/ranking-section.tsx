'use client';

import { PORTFOLIO_INPUT_LABELS, type PortfolioRanking } from '@/lib/portfolio';
import type { StoredPitch } from '@/lib/storage/library-database';
import { pitchLabel } from './pitch-label';
import { RankedPitchItem, UnrankedPitchItem } from './ranked-pitch-item';
import { ValueEffortSection } from './value-effort-section';

/** Every ranking (one per currency unless converted), its chart, and the pitches not ranked yet. */
export function RankingSection({
  ranking,
  byId,
  onSave,
}: {
  ranking: PortfolioRanking;
  byId: Map<string, StoredPitch>;
  onSave: (record: StoredPitch, next: StoredPitch['pitch']) => void;
}) {
  return (
    <div className="space-y-6">
      {ranking.currencyNote ? (
        <p
          role="note"
          className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-700 dark:bg-sky-950/50"
        >
          {ranking.currencyNote}
        </p>
      ) : null}
      {ranking.groups.map((group) => {
        const title = `Ranking${group.currency ? ` in ${group.currency}` : ' (amounts with no currency)'}`;
        return (
          <section
            key={group.currency ?? 'none'}
            aria-label={title}
            className="grid min-w-0 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]"
          >
            <div className="min-w-0">
              <h3 className="text-lg font-semibold">{title}</h3>
              <ol className="mt-2 space-y-3">
                {group.pitches.map((ranked) => (
                  <RankedPitchItem
                    key={ranked.id}
                    record={byId.get(ranked.id)!}
                    ranked={ranked}
                    currency={group.currency}
                    onSave={onSave}
                  />
                ))}
              </ol>
            </div>
            <div className="min-w-0 lg:sticky lg:top-4 lg:self-start">
              <ValueEffortSection
                title={`Value vs effort${group.currency ? ` (${group.currency})` : ''}`}
                currency={group.currency}
                points={group.pitches.map((p) => ({
                  rank: p.rank,
                  name: pitchLabel(byId.get(p.id)!.pitch),
                  effort: p.cost,
                  value: p.value,
                }))}
              />
            </div>
          </section>
        );
      })}
      {ranking.unranked.length > 0 ? (
        <section aria-labelledby="unranked-heading">
          <h3 id="unranked-heading" className="text-lg font-semibold">
            Not ranked yet
          </h3>
          <ul className="mt-2 space-y-3">
            {ranking.unranked.map((u) => (
              <UnrankedPitchItem
                key={u.id}
                record={byId.get(u.id)!}
                inputs={u.inputs}
                missing={u.missing
                  .map((k) => PORTFOLIO_INPUT_LABELS[k].toLowerCase())
                  .join(' and ')}
                onSave={onSave}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
