'use client';

import { useEffect } from 'react';

/**
 * Registers public/sw.js (generated after `next build`) so the app works offline after one visit.
 * Production only: in `next dev` a cache-first worker would serve stale code. Renders nothing.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => {
      // An unregistrable worker (no public/sw.js, private mode) only costs offline support.
      navigator.serviceWorker
        .register('/sw.js', { scope: '/', updateViaCache: 'none' })
        .catch(() => undefined);
    };
    // Wait for the page itself to finish loading before precaching the rest of the app.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  return null;
}
