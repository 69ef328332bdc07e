export interface ChartPoint {
  /** Epoch milliseconds of the session. */
  at: number;
  value: number;
}

// Sized for the width a chart usually gets (a third of the page, or a phone's width), so the
// 11-unit labels stay readable when the SVG scales.
const WIDTH = 240;
const HEIGHT = 110;
const PAD_TOP = 16;
const PAD_BOTTOM = 18;
const FONT = 11;

const shortDate = (at: number) => new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/**
 * A small inline-SVG bar chart of one measure per session, oldest on the left. The SVG is an
 * image with a text description; the history table beside it carries the exact figures.
 */
export function MiniBarChart({
  title,
  points,
  unit,
  max,
  reference,
  barClassName,
}: {
  title: string;
  points: ChartPoint[];
  unit: string;
  /** Top of the scale; defaults to the largest value. */
  max?: number;
  /** A dashed line at this value (e.g. the target time). */
  reference?: { value: number; label: string };
  barClassName: string;
}) {
  const top = Math.max(max ?? 0, reference?.value ?? 0, ...points.map((p) => p.value), 1);
  const plotHeight = HEIGHT - PAD_TOP - PAD_BOTTOM;
  const slot = WIDTH / Math.max(points.length, 6);
  const y = (value: number) => PAD_TOP + plotHeight * (1 - value / top);
  const described = points.length
    ? `${title}, last ${points.length} session${points.length === 1 ? '' : 's'}: ${points.map((p) => `${Math.round(p.value)} ${unit}`).join(', ')}.`
    : `${title}: no sessions yet.`;
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      {points.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">No sessions yet.</p>
      ) : (
        <svg role="img" aria-label={described} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-1 h-auto w-full text-slate-500 dark:text-slate-400">
          <line x1={0} x2={WIDTH} y1={HEIGHT - PAD_BOTTOM} y2={HEIGHT - PAD_BOTTOM} stroke="currentColor" strokeWidth={1} />
          {reference ? (
            <g>
              <line x1={0} x2={WIDTH} y1={y(reference.value)} y2={y(reference.value)} stroke="currentColor" strokeDasharray="4 3" />
              <text x={WIDTH - 2} y={y(reference.value) - 3} textAnchor="end" fontSize={FONT} fill="currentColor">
                {reference.label}
              </text>
            </g>
          ) : null}
          {points.map((p, i) => {
            const x = i * slot + slot * 0.2;
            const barTop = y(p.value);
            return (
              <g key={`${p.at}-${i}`}>
                <rect x={x} y={barTop} width={slot * 0.6} height={HEIGHT - PAD_BOTTOM - barTop} rx={2} className={barClassName} />
                <text x={x + slot * 0.3} y={barTop - 3} textAnchor="middle" fontSize={FONT} fill="currentColor">
                  {Math.round(p.value)}
                </text>
              </g>
            );
          })}
          <text x={2} y={HEIGHT - 4} fontSize={FONT} fill="currentColor">
            {shortDate(points[0]?.at ?? 0)}
          </text>
          {points.length > 1 ? (
            <text x={(points.length - 1) * slot + slot * 0.8} y={HEIGHT - 4} textAnchor="end" fontSize={FONT} fill="currentColor">
              {shortDate(points[points.length - 1]?.at ?? 0)}
            </text>
          ) : null}
        </svg>
      )}
    </figure>
  );
}
