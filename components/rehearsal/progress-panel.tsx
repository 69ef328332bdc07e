import { DEFAULT_WORDS_PER_MINUTE } from '@/lib/pitch/spoken-time';
import { cueLevelFor, sessionsOf, type RehearsalCard, type RehearsalProgress, type SessionKind } from '@/lib/rehearsal';
import { HistoryTable } from './history-table';
import { MiniBarChart, type ChartPoint } from './mini-bar-chart';

const CHART_SESSIONS = 12;

function points(progress: RehearsalProgress, kind: SessionKind, value: (s: RehearsalProgress['sessions'][number]) => number | undefined): ChartPoint[] {
  return sessionsOf(progress, kind)
    .flatMap((s) => {
      const v = value(s);
      return v === undefined ? [] : [{ at: s.at, value: v }];
    })
    .sort((a, b) => a.at - b.at)
    .slice(-CHART_SESSIONS);
}

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-xl bg-slate-100 p-3 dark:bg-slate-800">
      <dt className="text-xs font-semibold text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className="text-xl font-bold tabular-nums">
        {value}
        {note ? <span className="block text-xs font-normal text-slate-600 dark:text-slate-300">{note}</span> : null}
      </dd>
    </div>
  );
}

/** Progress of this pitch: due and memorised cards, pace, charts of past sessions and the history. */
export function ProgressPanel({
  deck,
  progress,
  dueNow,
  measuredPace,
  targetSeconds,
}: {
  deck: RehearsalCard[];
  progress: RehearsalProgress;
  dueNow: number;
  measuredPace: number | undefined;
  targetSeconds: number;
}) {
  const memorised = deck.filter((c) => cueLevelFor(progress, c.key) === 'none').length;
  return (
    <section aria-labelledby="progress-heading" className="space-y-4">
      <h2 id="progress-heading" className="text-xl font-semibold">
        Progress
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label="Due now" value={String(dueNow)} />
        <Stat label="Cards" value={String(deck.length)} />
        <Stat label="Said without cues" value={`${memorised} of ${deck.length}`} />
        <Stat
          label="Your pace"
          value={`${Math.round(measuredPace ?? DEFAULT_WORDS_PER_MINUTE)} wpm`}
          note={measuredPace === undefined ? 'default, not measured yet' : 'measured in run-throughs'}
        />
      </dl>
      <div className="grid gap-3 md:grid-cols-3">
        <MiniBarChart title="Cards reviewed" unit="cards" points={points(progress, 'review', (s) => s.cardsReviewed)} barClassName="fill-indigo-500" />
        <MiniBarChart title="Recall accuracy" unit="%" max={100} points={points(progress, 'recall', (s) => s.accuracy)} barClassName="fill-emerald-500" />
        <MiniBarChart
          title="Run-through time"
          unit="seconds"
          points={points(progress, 'run-through', (s) => s.seconds)}
          reference={{ value: targetSeconds, label: `target ${targetSeconds} s` }}
          barClassName="fill-amber-500"
        />
      </div>
      <HistoryTable sessions={progress.sessions} />
    </section>
  );
}
