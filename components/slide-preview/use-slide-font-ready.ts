'use client';

import { useEffect, useState } from 'react';

/** The slide's web font, both weights the fit model uses (app/globals.css: --font-slide). */
const SLIDE_FONT_FACES = ['400 1em "Slide Sans"', '700 1em "Slide Sans"'];
/** On a slow network the slide is drawn in a fallback font after this long rather than not at all. */
const FONT_WAIT_MS = 3000;

/**
 * True once the slide font is loaded (or has failed to load). The preview's lines are measured
 * with Carlito's metrics, so drawing them in a fallback font first would show wrong line breaks
 * for a moment and lay the slide out twice.
 */
export function useSlideFontReady(): boolean {
  const [ready, setReady] = useState(
    () =>
      typeof document === 'undefined' ||
      !document.fonts ||
      SLIDE_FONT_FACES.every((face) => document.fonts.check(face)),
  );
  useEffect(() => {
    if (ready) return;
    let active = true;
    const done = () => {
      if (active) setReady(true);
    };
    const timer = setTimeout(done, FONT_WAIT_MS);
    Promise.all(SLIDE_FONT_FACES.map((face) => document.fonts.load(face)))
      .catch(() => undefined)
      .then(done);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}
