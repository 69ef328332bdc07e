import type { SessionEntry } from '@/lib/rehearsal';
import { formatClock } from './format-duration';

const KIND_LABEL: Record<SessionEntry['kind'], string> = {
  review: 'Flashcards',
  recall: 'Typed recall',
  'run-through': 'Run-through',
};

const when = (at: number) =>
  new Date(at).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** The newest sessions as a table: the exact figures behind the charts. */
export function HistoryTable({ sessions, limit = 10 }: { sessions: SessionEntry[]; limit?: number }) {
  const newest = [...sessions].sort((a, b) => b.at - a.at).slice(0, limit);
  if (newest.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No sessions yet: your history appears here.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Session history (newest first)</caption>
        <thead className="text-slate-600 dark:text-slate-300">
          <tr>
            <th scope="col" className="py-1 pr-2 font-semibold">When</th>
            <th scope="col" className="py-1 pr-2 font-semibold">Session</th>
            <th scope="col" className="py-1 pr-2 text-right font-semibold">Cards</th>
            <th scope="col" className="py-1 pr-2 text-right font-semibold">Result</th>
          </tr>
        </thead>
        <tbody>
          {newest.map((s, i) => (
            <tr key={`${s.at}-${s.kind}-${i}`} className="border-t border-slate-200 dark:border-slate-700">
              <td className="py-2 pr-2 whitespace-nowrap">{when(s.at)}</td>
              <td className="py-2 pr-2">{KIND_LABEL[s.kind]}</td>
              <td className="py-2 pr-2 text-right tabular-nums">{s.kind === 'run-through' ? '—' : s.cardsReviewed}</td>
              <td className="py-2 pr-2 text-right tabular-nums">
                {s.kind === 'recall' && s.accuracy !== undefined ? `${Math.round(s.accuracy)}%` : null}
                {s.kind === 'run-through' && s.seconds !== undefined ? `${formatClock(s.seconds)} · ${Math.round(s.wpm ?? 0)} wpm` : null}
                {s.kind === 'review' ? '—' : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
