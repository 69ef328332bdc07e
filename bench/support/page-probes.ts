/**
 * In-page probes for the page bench, as plain script text (tsx would add helpers to a serialised
 * function that the page does not have). They only read the page and note performance.now()
 * (milliseconds since navigation start), so measuring adds no round trip to what is measured.
 */
import type { Page } from '@playwright/test';

/** What a page load must show before it counts as ready. */
export type ReadyCondition =
  /** The framework's 404: its "404" heading is in the DOM and React has committed the hydration. */
  | { kind: 'not-found' }
  /** The form field labelled `label` is attached, visible, enabled, not read-only and holds `value`. */
  | { kind: 'field'; label: string; value: string };

export interface ScriptTiming {
  file: string;
  start: number;
  end: number;
  /** Fetched before DOMContentLoaded (a script of the HTML) or after (a dynamic import). */
  dynamic: boolean;
  fromCache: boolean;
}

export interface LoadTiming {
  /** The end of the first check, from the load event on, at which the condition held. */
  ready: number;
  /** Time the probe's checks that failed took on the main thread. */
  overhead: number;
  load: number;
  responseStart: number;
  responseEnd: number;
  domContentLoaded: number;
  firstContentfulPaint: number | null;
  /** React commits (the first is the hydration of the server-rendered HTML), from its DevTools hook. */
  commits: number[];
  scripts: ScriptTiming[];
  longTasks: Array<{ start: number; duration: number }>;
  /** Scripts that ran in long animation frames (LoAF), with what invoked them. */
  slowScripts: Array<{ start: number; duration: number; file: string; invoker: string }>;
  /** IndexedDB opens and reads (get/getAll), from the call to its success event. */
  indexedDb: Array<{ what: string; start: number; end: number }>;
}

/**
 * Installed with page.addInitScript before the navigation; read with `readLoadTiming`. The
 * condition is checked from the load event on (ready requires it), on each DOM change and each
 * animation frame; React's commits are noted through the DevTools hook React DOM reports to.
 */
export function loadProbe(condition: ReadyCondition): string {
  return `(() => {
  const condition = ${JSON.stringify(condition)};
  const now = () => performance.now();
  const b = (window.__bench = { ready: null, condition: null, loaded: false, overhead: 0,
    commits: [], longTasks: [], slowScripts: [], indexedDb: [] });
  b.done = new Promise((resolve, reject) => {
    b.resolve = resolve;
    setTimeout(() => reject(new Error('not ready within 60 s: ' + JSON.stringify(condition))), 60000);
  });
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, renderers: new Map(), inject: () => 1,
    onCommitFiberRoot: (_, root) => { b.root = root; if (b.commits.length < 100) b.commits.push(now()); if (b.onCommit) b.onCommit(root); },
    onPostCommitFiberRoot: () => {}, onCommitFiberUnmount: () => {}, checkDCE: () => {} };
  const headings = document.getElementsByTagName('h1');
  const labels = document.getElementsByTagName('label');
  const find = () => {
    if (condition.kind === 'not-found') {
      const h1 = headings[0];
      return b.commits.length && h1 && h1.textContent.trim() === '404' ? h1 : null;
    }
    for (const label of labels) {
      const el = label.textContent.trim() === condition.label ? label.control : null;
      if (el && el.value === condition.value && el.isConnected && el.matches(':enabled') && !el.readOnly
        && el.checkVisibility() && el.getBoundingClientRect().width > 0) return el;
    }
    return null;
  };
  // Ready is noted after the check that succeeds: checking visibility lays the field out, as the
  // browser would have to before painting it.
  const check = () => {
    if (b.ready !== null) return;
    const start = now();
    const el = find();
    if (!el) {
      b.overhead += now() - start;
      return;
    }
    b.ready = now();
    b.element = el;
    observer.disconnect();
    b.resolve();
  };
  const observer = new MutationObserver(check);
  const frame = () => { check(); if (b.ready === null) requestAnimationFrame(frame); };
  addEventListener('load', () => {
    b.loaded = true;
    observer.observe(document, { subtree: true, childList: true, attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'disabled', 'readonly'] });
    check();
    requestAnimationFrame(frame);
  }, { once: true });

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      for (const s of frame.scripts) b.slowScripts.push({ start: s.startTime, duration: s.duration,
        file: (s.sourceURL || '').includes('/_next/') ? s.sourceURL.split('/').pop() : '(inline)',
        invoker: s.invokerType === 'classic-script' ? 'evaluation' : s.invoker || s.invokerType });
  }).observe({ type: 'long-animation-frame', buffered: true });

  const track = (proto, name, what) => {
    const original = proto[name];
    proto[name] = function (...args) {
      const start = now();
      const request = original.apply(this, args);
      request.addEventListener('success', () => b.indexedDb.push({ what: what(this, args), start, end: now() }));
      return request;
    };
  };
  track(IDBFactory.prototype, 'open', (_, args) => 'open ' + args[0]);
  for (const name of ['get', 'getAll']) {
    track(IDBObjectStore.prototype, name, (store) => name + ' ' + store.name);
    track(IDBIndex.prototype, name, (index) => name + ' ' + index.objectStore.name + '.' + index.name);
  }

  b.collect = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const scripts = performance.getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
      .map((r) => ({ file: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd,
        dynamic: r.startTime > nav.domContentLoadedEventStart, fromCache: r.transferSize === 0 }));
    return { ready: b.ready, overhead: b.overhead, load: nav.loadEventStart,
      responseStart: nav.responseStart, responseEnd: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd, firstContentfulPaint: fcp ? fcp.startTime : null,
      commits: b.commits, scripts, longTasks: b.longTasks, slowScripts: b.slowScripts, indexedDb: b.indexedDb };
  };
})();`;
}

/** Waits (in the page, without polling) until the load probe's condition held, then reads it. */
export async function readLoadTiming(page: Page): Promise<LoadTiming> {
  await page.evaluate('window.__bench.done');
  return page.evaluate<LoadTiming>('window.__bench.collect()');
}

/**
 * Installed on a loaded page whose field has the focus: for each printable key (its keydown
 * time), the first moment the slide preview's text holds `base` plus everything typed up to that
 * key. Whitespace is ignored in the comparison, as the preview lays each wrapped line out on its
 * own, so a typed space is only seen with the character after it.
 */
export function keystrokeProbe(base: string, typed: string): string {
  return `(() => {
  const preview = document.querySelector('[role="img"][aria-label="Slide preview"]');
  const strip = (s) => s.replace(/\\s+/g, '');
  const base = ${JSON.stringify(base)};
  const typed = ${JSON.stringify(typed)};
  const k = (window.__keys = { down: [], shown: [] });
  addEventListener('keydown', (e) => { if (e.key.length === 1) k.down.push(performance.now()); }, true);
  const check = () => {
    const text = strip(preview.textContent);
    const t = performance.now();
    for (let i = k.shown.length; i < k.down.length; i++) {
      if (!text.includes(strip(base + typed.slice(0, i + 1)))) break;
      k.shown.push(t);
    }
  };
  new MutationObserver(check).observe(preview, { subtree: true, childList: true, characterData: true });
})();`;
}

/**
 * Installed on a loaded page (after the load probe): counts, per React commit from now on, the
 * function components that rendered (props or state changed since the last commit that saw them);
 * the editor (PitchEditor) is told apart by its `renderPreview` prop. Read `window.__renders`.
 */
export function renderCountProbe(): string {
  return `(() => {
  const b = window.__bench;
  const seen = new WeakMap();
  const r = (window.__renders = { commits: 0, components: 0, editor: 0, counting: false });
  const isComponent = (f) => f.tag === 0 || f.tag === 11 || f.tag === 15;
  const walk = (fiber) => {
    for (let f = fiber; f; f = f.sibling) {
      if (isComponent(f)) {
        const last = seen.get(f) ?? (f.alternate && seen.get(f.alternate));
        if (r.counting && (!last || last.props !== f.memoizedProps || last.state !== f.memoizedState)) {
          r.components += 1;
          if (f.memoizedProps && 'renderPreview' in f.memoizedProps) r.editor += 1;
        }
        const now = { props: f.memoizedProps, state: f.memoizedState };
        seen.set(f, now);
        if (f.alternate) seen.set(f.alternate, now);
      }
      if (f.child) walk(f.child);
    }
  };
  walk(b.root.current);
  b.onCommit = (root) => { if (r.counting) r.commits += 1; walk(root.current); };
})();`;
}
