'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * False while the editor's first render is committed, true right after, in a transition: what
 * the editor draws only from then on (the slide preview) stays out of the first commit, so the
 * saved text is on screen and editable sooner on a slow phone.
 */
export function useAfterFirstCommit(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => startTransition(() => setAfter(true)), []);
  return after;
}
