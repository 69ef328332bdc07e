'use client';

import { useEffect } from 'react';

/** How long after the page's load event the service worker is registered, in ms. */
const REGISTER_DELAY_MS = 2000;

/**
 * Registers public/sw.js (generated after `next build`) so the app works offline after one visit.
 * Production only: in `next dev` a cache-first worker would serve stale code. Renders nothing.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const register = () => {
      // An unregistrable worker (no public/sw.js, private mode) only costs offline support.
      navigator.serviceWorker
        .register('/sw.js', { scope: '/', updateViaCache: 'none' })
        .catch(() => undefined);
    };
    // Installing precaches the whole app (a few MB, the export libraries included): wait until
    // the page has loaded, its features have started, and the browser is idle, so the download
    // never competes with this visit's own scripts on a slow phone.
    const afterLoad = () => {
      timer = setTimeout(() => {
        if ('requestIdleCallback' in window)
          idle = window.requestIdleCallback(register, { timeout: 3000 });
        else register();
      }, REGISTER_DELAY_MS);
    };
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
    return () => {
      window.removeEventListener('load', afterLoad);
      clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
  return null;
}
