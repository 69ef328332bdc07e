'use client';

import { useEffect, useRef } from 'react';

export interface RehearsalKeyHandlers {
  onSpace?: () => void;
  onEnter?: () => void;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  onDigit?: (digit: 1 | 2 | 3 | 4) => void;
  /** Returns false when the arrow did nothing here, so it keeps scrolling the page. */
  onArrow?: (direction: 'left' | 'right' | 'up' | 'down') => boolean;
  onEscape?: () => void;
}

const ARROWS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const;

/**
 * Page-wide rehearsal shortcuts. Keys typed into a field stay in the field (only Esc leaves it),
 * and Space/Enter on a focused button or link keep their usual meaning: press that control.
 */
export function useRehearsalKeys(handlers: RehearsalKeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const h = latest.current;
      if (event.key === 'Escape') {
        if (target?.closest('input, textarea, select')) target.blur();
        if (h.onEscape) {
          event.preventDefault();
          h.onEscape();
        }
        return;
      }
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const onControl = target?.closest('button, a, summary');
      let handler: (() => boolean | void) | undefined;
      if (event.key === ' ' && !onControl) handler = h.onSpace;
      else if (event.key === 'Enter' && !onControl) handler = h.onEnter;
      else if (/^[1-4]$/.test(event.key) && h.onDigit) {
        const digit = Number(event.key) as 1 | 2 | 3 | 4;
        handler = () => h.onDigit?.(digit);
      } else if (event.key in ARROWS && h.onArrow) {
        const direction = ARROWS[event.key as keyof typeof ARROWS];
        handler = () => h.onArrow?.(direction) ?? false;
      }
      if (handler && handler() !== false) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
