'use client';

import Link from 'next/link';
import { useCallback, useMemo, useState } from 'react';
import { AppHeader } from '@/components/ui/app-header';
import { buttonStyles } from '@/components/ui/button-styles';
import {
  buildTraceTree,
  effectiveInputs,
  findNearDuplicates,
  rankPortfolio,
  type ConversionRates,
  type FormulaId,
} from '@/lib/portfolio';
import type { PitchFile } from '@/lib/pitch/schema';
import type { StoredPitch } from '@/lib/storage/library-database';
import { DownloadPortfolioButton } from './download-portfolio-button';
import { NearDuplicateList } from './near-duplicate-list';
import { RankingControls } from './ranking-controls';
import { RankingSection } from './ranking-section';
import { savePitchEdit } from './save-pitch-edit';
import { StrategyTree } from './strategy-tree';
import { UntracedList } from './untraced-list';
import { usePortfolioLibrary } from './use-portfolio-library';

/** `/portfolio`: every pitch traced to the strategy, ranked by benefit, exported as one slide. */
export function PortfolioPage() {
  const library = usePortfolioLibrary();
  const [formula, setFormula] = useState<FormulaId>('risk-adjusted-value');
  const [conversion, setConversion] = useState<ConversionRates | undefined>();
  const [saveError, setSaveError] = useState<string | null>(null);
  const records = useMemo(() => (library.status === 'ready' ? library.pitches : []), [library]);
  const pitches = useMemo(() => records.map((r) => ({ id: r.id, pitch: r.pitch })), [records]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const tree = useMemo(() => buildTraceTree(pitches), [pitches]);
  const duplicates = useMemo(() => findNearDuplicates(pitches), [pitches]);
  const ranking = useMemo(
    () => rankPortfolio(pitches, formula, conversion),
    [pitches, formula, conversion],
  );
  // Most used first: the default currency to rank in.
  const currencies = useMemo(() => {
    const uses = new Map<string, number>();
    for (const p of pitches) {
      const code = effectiveInputs(p.pitch).currency.value;
      if (code) uses.set(code, (uses.get(code) ?? 0) + 1);
    }
    return [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!);
  }, [pitches]);
  const currentPitches = useCallback(() => pitches, [pitches]);
  const save = useCallback((record: StoredPitch, next: PitchFile) => {
    void savePitchEdit(record, next).then(setSaveError);
  }, []);

  return (
    <>
      <AppHeader>
        <Link href="/" className={buttonStyles.ghost}>
          Library
        </Link>
        <DownloadPortfolioButton
          pitches={currentPitches}
          formula={formula}
          conversion={conversion}
        />
      </AppHeader>
      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Portfolio</h1>
        <p className="mt-1 max-w-3xl text-slate-600 dark:text-slate-300">
          Every pitch in this library traced to the strategy it serves, ranked by the benefit it
          brings. The inputs come from each slide&apos;s numbers where it gives them; change any of
          them here.
        </p>
        {library.status === 'loading' ? (
          <p role="status" className="mt-6 text-slate-600 dark:text-slate-300">
            Opening your library…
          </p>
        ) : library.status === 'error' ? (
          <p
            role="alert"
            className="mt-6 rounded-xl border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-100"
          >
            {library.message}
          </p>
        ) : records.length === 0 ? (
          <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
            No pitches yet. Create or import pitches in the{' '}
            <Link href="/" className="font-semibold underline">
              library
            </Link>
            ; each one&apos;s trace places it here.
          </p>
        ) : (
          <>
            <nav aria-label="On this page" className="mt-4 flex flex-wrap gap-4 text-sm">
              <a
                href="#strategy-heading"
                className="font-medium text-indigo-700 underline dark:text-indigo-300"
              >
                Strategy tree
              </a>
              <a
                href="#ranking-heading"
                className="font-medium text-indigo-700 underline dark:text-indigo-300"
              >
                Benefit ranking
              </a>
            </nav>
            {saveError ? (
              <p
                role="alert"
                className="mt-4 rounded-lg border border-rose-300 bg-rose-50 p-3 text-rose-900 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-100"
              >
                {saveError}
              </p>
            ) : null}
            <section aria-labelledby="strategy-heading" className="mt-8 space-y-4">
              <h2 id="strategy-heading" className="text-xl font-bold">
                Strategy tree
              </h2>
              <NearDuplicateList groups={duplicates} records={records} />
              {tree.objectives.length > 0 ? (
                <StrategyTree objectives={tree.objectives} byId={byId} />
              ) : null}
              <UntracedList records={tree.untraced.flatMap((id) => byId.get(id) ?? [])} />
            </section>
            <section aria-labelledby="ranking-heading" className="mt-10 space-y-4">
              <h2 id="ranking-heading" className="text-xl font-bold">
                Benefit ranking
              </h2>
              <RankingControls
                formula={formula}
                onFormula={setFormula}
                currencies={currencies}
                conversion={conversion}
                onConversion={setConversion}
              />
              <RankingSection ranking={ranking} byId={byId} onSave={save} />
            </section>
            {library.damaged > 0 ? (
              <p className="mt-6 text-sm text-slate-600 dark:text-slate-300">
                {library.damaged} stored pitch{library.damaged === 1 ? ' is' : 'es are'} damaged and
                left out; the library lists
                {library.damaged === 1 ? ' it' : ' them'}.
              </p>
            ) : null}
          </>
        )}
      </main>
    </>
  );
}
