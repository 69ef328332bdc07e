/**
 * Where a page load's time went, from the load probe's figures: the HTML, the scripts the HTML
 * names, React's commits (hydration first), the dynamic chunks in the order they were fetched (requests less than
 * BURST_GAP_MS apart form one burst, as one dynamic import fetches its chunks together; each later
 * burst is a step of the waterfall), IndexedDB, and the main thread's long tasks up to the moment
 * the page was ready.
 */
import type { LoadTiming, ScriptTiming } from './page-probes';

const ms = (value: number | null | undefined) =>
  value == null ? 'n/a' : String(Math.round(value));
const span = (start: number, end: number) => `${ms(start)}–${ms(end)}`;

const BURST_GAP_MS = 100;

/** Dynamic chunks in bursts of requests, each less than BURST_GAP_MS after the one before. */
export function chunkBursts(scripts: ScriptTiming[]): ScriptTiming[][] {
  const bursts: ScriptTiming[][] = [];
  for (const script of [...scripts].sort((a, b) => a.start - b.start)) {
    const burst = bursts.at(-1);
    if (burst && script.start - burst.at(-1)!.start < BURST_GAP_MS) burst.push(script);
    else bursts.push([script]);
  }
  return bursts;
}

/** Lines describing one load (times in ms since navigation start), up to its ready moment. */
export function describeLoad(t: LoadTiming, indent = '  '): string[] {
  const before = t.scripts.filter((s) => s.start <= t.ready);
  const html = before.filter((s) => !s.dynamic);
  const cached = (list: ScriptTiming[]) =>
    list.every((s) => s.fromCache)
      ? ', from cache'
      : list.some((s) => s.fromCache)
        ? ', partly cached'
        : '';
  const lines = [
    `HTML ${span(t.responseStart, t.responseEnd)}, first paint ${ms(t.firstContentfulPaint)}, DOMContentLoaded ${ms(t.domContentLoaded)}, load ${ms(t.load)}`,
    `scripts named by the HTML: ${html.length}, ${html.length ? span(Math.min(...html.map((s) => s.start)), Math.max(...html.map((s) => s.end))) : 'n/a'}${cached(html)}`,
  ];
  const commits = t.commits.filter((c) => c <= t.ready);
  lines.push(
    `React commits: ${commits.length ? `${commits.map(ms).join(', ')} (the first is the hydration)` : 'none'}`,
  );
  let previousEnd: number | undefined;
  for (const [i, burst] of chunkBursts(before.filter((s) => s.dynamic)).entries()) {
    const end = Math.max(...burst.map((s) => s.end));
    const after =
      previousEnd === undefined
        ? ''
        : ` (${ms(burst[0]!.start - previousEnd)} after burst ${i} was in)`;
    lines.push(
      `dynamic chunks, burst ${i + 1}: ${burst.length} requested at ${ms(burst[0]!.start)}${after}, in by ${ms(end)}${cached(burst)}: ${burst.map((s) => s.file).join(', ')}`,
    );
    previousEnd = end;
  }
  const reads = t.indexedDb.filter((r) => r.start <= t.ready);
  if (reads.length) {
    lines.push(`IndexedDB: ${reads.map((r) => `${r.what} ${span(r.start, r.end)}`).join(', ')}`);
  }
  const tasks = t.longTasks.filter((task) => task.start <= t.ready);
  const longest = [...tasks].sort((a, b) => b.duration - a.duration).slice(0, 4);
  lines.push(
    `long tasks before ready: ${tasks.length}, ${ms(tasks.reduce((sum, task) => sum + task.duration, 0))} ms in all${longest.length ? `; longest ${longest.map((task) => `${ms(task.duration)} at ${ms(task.start)}`).join(', ')}` : ''}`,
  );
  const slow = t.slowScripts
    .filter((s) => s.start <= t.ready)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 4);
  if (slow.length) {
    lines.push(
      `slowest scripts (long animation frames): ${slow.map((s) => `${s.file} ${ms(s.duration)} ms at ${ms(s.start)} (${s.invoker})`).join('; ')}`,
    );
  }
  lines.push(`ready ${ms(t.ready)} (the probe's failed checks took ${ms(t.overhead)} ms of it)`);
  return lines.map((line) => indent + line);
}
