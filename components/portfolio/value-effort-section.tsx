'use client';

import dynamic from 'next/dynamic';
import { formatAmount } from '@/lib/portfolio';
import type { ChartPoint } from './value-effort-chart';

// The chart library loads only when a ranking has points to plot, not with the page.
const ValueEffortChart = dynamic(() => import('./value-effort-chart'), {
  ssr: false,
  loading: () => (
    <div className="h-72 w-full animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
  ),
});

/** The value-vs-effort chart of one ranking, with its figures as a table (the accessible view). */
export function ValueEffortSection({
  points,
  currency,
  title,
}: {
  points: ChartPoint[];
  currency: string | null;
  title: string;
}) {
  const money = (n: number) => formatAmount(n, currency ?? undefined);
  return (
    <figure className="min-w-0 rounded-xl border border-slate-200 p-3 dark:border-slate-700">
      <figcaption className="font-semibold">{title}</figcaption>
      <ValueEffortChart points={points} currency={currency} />
      <table className="mt-2 w-full table-fixed text-left text-sm">
        <caption className="sr-only">
          {title}: each pitch&apos;s one-off cost and risk-adjusted benefit a year
        </caption>
        <thead>
          <tr className="text-xs text-slate-600 dark:text-slate-300">
            <th scope="col" className="w-10 py-1">
              #
            </th>
            <th scope="col" className="py-1">
              Pitch
            </th>
            <th scope="col" className="w-20 py-1 text-right">
              Cost
            </th>
            <th scope="col" className="w-24 py-1 text-right">
              Value / yr
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.rank} className="border-t border-slate-100 dark:border-slate-800">
              <td className="py-1">{p.rank}</td>
              <th scope="row" className="truncate py-1 font-normal" title={p.name}>
                {p.name}
              </th>
              <td className="py-1 text-right">{money(p.effort)}</td>
              <td className="py-1 text-right">{money(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
