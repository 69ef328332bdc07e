'use client';

import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Shrinks an element's font size (in pt, 0.25 pt steps from `max` down to `min`) until its
 * content fits its box, as the PDF card does; below `min` the CSS line clamp cuts the rest.
 */
export function useFitText<T extends HTMLElement>(
  max: number,
  min: number,
  deps: readonly unknown[],
) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(max);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let next = max;
    element.style.fontSize = `${next}pt`;
    while (
      next > min &&
      (element.scrollHeight > element.clientHeight + 0.5 ||
        element.scrollWidth > element.clientWidth + 0.5)
    ) {
      next -= 0.25;
      element.style.fontSize = `${next}pt`;
    }
    setSize(next);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers pass the text the size depends on
  }, [max, min, ...deps]);
  return { ref, size };
}
