'use client';

import { useEffect, useState } from 'react';

/** The slide's web font, both weights the fit model uses (app/globals.css: --font-slide). */
const SLIDE_FONT_FACES = ['400 1em "Slide Sans"', '700 1em "Slide Sans"'];

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
    Promise.all(SLIDE_FONT_FACES.map((face) => document.fonts.load(face)))
      .catch(() => undefined)
      .then(() => {
        if (active) setReady(true);
      });
    return () => {
      active = false;
    };
  }, [ready]);
  return ready;
}
