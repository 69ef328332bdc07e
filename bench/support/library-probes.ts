/**
 * In-page probes of the library bench, installed before the page's own scripts: every long task
 * (PerformanceObserver "longtask", with its start), the moment the list first shows rows, the
 * moment it holds them all, and click → "New pitch" dialog painted.
 */
export const LIBRARY_PROBE = `(() => {
  const bench = (window.__library = { longTasks: [], listShownAt: undefined, listCompleteAt: undefined });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const listShown = () => document.querySelector('ul[aria-label="Pitches"] li a');
  const listComplete = () =>
    [...document.querySelectorAll('[role="status"]')].some((s) => /^[\\d,]+ pitch(es)?$/.test(s.textContent.trim()));
  const watch = new MutationObserver(() => {
    if (bench.listShownAt === undefined && listShown()) bench.listShownAt = performance.now();
    if (bench.listCompleteAt === undefined && listShown() && listComplete()) {
      bench.listCompleteAt = performance.now();
      watch.disconnect();
    }
  });
  watch.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/**
 * Arms the click probe: the next click's event time → the first animation frame in which the
 * "New pitch" dialog is open. Read it with CLICK_RESULT.
 */
export const ARM_CLICK = `(() => {
  const bench = window.__library;
  bench.click = undefined;
  document.addEventListener('click', (event) => {
    const clickedAt = event.timeStamp;
    const frame = (now) => {
      const dialog = document.querySelector('dialog[open]');
      if (dialog && dialog.textContent.includes('Blank pitch')) bench.click = now - clickedAt;
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, { capture: true, once: true });
})();`;

/** What the probes record on `window.__library`. */
export interface LibraryProbe {
  longTasks: { start: number; duration: number }[];
  /** performance.now() when the list first showed a row (its first screen). */
  listShownAt?: number;
  /** performance.now() when the whole list was in ("2,000 pitches"). */
  listCompleteAt?: number;
  /** The last armed click → dialog painted, in ms. */
  click?: number;
}

/** The longest task that started in [from, to) (performance.now() of the page), in ms; 0 when none. */
export const longestTask = (
  tasks: { start: number; duration: number }[],
  from: number,
  to: number,
) => Math.max(0, ...tasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
