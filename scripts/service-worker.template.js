/* One-Slide Pitch service worker: generated into public/sw.js by scripts/generate-sw.mjs after
 * `next build`, which replaces the two placeholders below with the build id and the build's files.
 *
 * - Build files (/_next/static, /fonts, /icons, the manifest and app icons) are precached at install, lazily loaded export
 *   chunks included, and served cache-first: they are content-hashed and never change.
 * - Pages (/, /pitch, /rehearse, /card, /portfolio) are network-first and fall back to the copy cached under
 *   the pathname alone, so /pitch?id=<any> opens offline: the page reads its id in the browser.
 *   A cached page replays its own Content-Security-Policy header, whose nonce matches its scripts.
 * - /api/* and Next's RSC requests are never cached.
 */
const BUILD_ID = '__SW_BUILD_ID__';
const PRECACHE_URLS = /** @type {string[]} */ ('__SW_PRECACHE_URLS__');
const PAGES = ['/', '/pitch', '/rehearse', '/card', '/portfolio'];
// Pages that take ?id= are precached with a placeholder id: the server renders the same "loading"
// shell for every id, so the copy hydrates cleanly under any /pitch?id=<real id>.
const SHELL_QUERY = '?id=offline-shell';
const CACHE = `one-slide-pitch-${BUILD_ID}`;
const CACHE_FIRST = /^\/(_next\/static|fonts|icons)\//;
// Metadata files Next.js serves from app/ (linked with a content hash in the query string).
const APP_FILES = ['/manifest.webmanifest', '/icon.svg', '/apple-icon.png'];

const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** Caches one URL; a missing file (e.g. a page not built) must not abort the whole install. */
async function precache(cache, url, key = url) {
  try {
    const response = await fetch(new Request(url, { cache: 'reload', credentials: 'same-origin' }));
    if (response.ok) await cache.put(key, response);
  } catch {
    /* offline during install: the next visit tries again */
  }
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all([
        ...[...PRECACHE_URLS, ...APP_FILES].map((url) => precache(cache, url)),
        ...PAGES.map((page) => precache(cache, page === '/' ? page : page + SHELL_QUERY, page)),
      ]);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((n) => n.startsWith('one-slide-pitch-') && n !== CACHE)
          .map((n) => caches.delete(n)),
      );
      await sw.clients.claim();
    })(),
  );
});

/**
 * A worker script answered as a new response without a URL of its own, so the worker's location
 * stays the URL the page asked for. Turbopack's worker bootstrap reads its chunk list from that
 * URL's `#params=` fragment; a cached or fetched response carries the URL without the fragment,
 * and the worker would fail to start ("Missing worker bootstrap config").
 */
function asWorkerScript(request, response) {
  if (request.destination !== 'worker' && request.destination !== 'sharedworker') return response;
  const { status, statusText, headers } = response;
  return new Response(response.body, { status, statusText, headers });
}

async function cacheFirst(request, ignoreSearch = false) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreVary: true, ignoreSearch });
  if (cached) return asWorkerScript(request, cached);
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return asWorkerScript(request, response);
}

async function pageNetworkFirst(request, pathname) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(pathname, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(pathname, { ignoreSearch: true, ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.headers.has('RSC') || url.searchParams.has('_rsc')) return;
  if (request.mode === 'navigate' && PAGES.includes(url.pathname)) {
    event.respondWith(pageNetworkFirst(request, url.pathname));
  } else if (CACHE_FIRST.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (APP_FILES.includes(url.pathname)) {
    event.respondWith(cacheFirst(request, true));
  }
});
