'use client';

import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { formatAmount } from '@/lib/portfolio';

export interface ChartPoint {
  rank: number;
  name: string;
  effort: number;
  value: number;
}

/**
 * Value (risk-adjusted annual benefit) against effort (one-off cost), one point per ranked pitch,
 * labelled by rank. Recharts (SVG), loaded only when the ranking is shown; the same figures are
 * in the table beside it for screen readers and keyboards.
 */
export default function ValueEffortChart({
  points,
  currency,
}: {
  points: ChartPoint[];
  currency: string | null;
}) {
  const money = (n: number) => formatAmount(n, currency ?? undefined);
  return (
    <div className="h-72 w-full min-w-0 text-slate-700 dark:text-slate-200" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart
          margin={{ top: 12, right: 16, bottom: 24, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
          <XAxis
            type="number"
            dataKey="effort"
            name="One-off cost"
            tickFormatter={money}
            stroke="currentColor"
            fontSize={12}
            label={{
              value: 'One-off cost (effort)',
              position: 'insideBottom',
              offset: -14,
              fill: 'currentColor',
              fontSize: 12,
            }}
          />
          <YAxis
            type="number"
            dataKey="value"
            name="Risk-adjusted benefit a year"
            tickFormatter={money}
            stroke="currentColor"
            fontSize={12}
            width={64}
          />
          <ZAxis range={[90, 90]} />
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            formatter={(value, name) => [
              typeof value === 'number' ? money(value) : String(value),
              String(name),
            ]}
            labelFormatter={() => ''}
          />
          <Scatter data={points} fill="#4f46e5" isAnimationActive={false}>
            <LabelList dataKey="rank" position="right" fill="currentColor" fontSize={12} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
