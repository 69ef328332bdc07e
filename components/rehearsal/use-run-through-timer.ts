'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type TimerState =
  | { phase: 'idle' }
  | { phase: 'running'; startedAt: number }
  | { phase: 'stopped'; startedAt: number; seconds: number };

/** A start/stop stopwatch for run-throughs; `onStop` gets the elapsed seconds. */
export function useRunThroughTimer(onStop: (seconds: number, startedAt: number) => void) {
  const [timer, setTimer] = useState<TimerState>({ phase: 'idle' });
  const [now, setNow] = useState(0);
  const stopRef = useRef(onStop);
  useEffect(() => {
    stopRef.current = onStop;
  }, [onStop]);

  useEffect(() => {
    if (timer.phase !== 'running') return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.phase]);

  const timerRef = useRef<TimerState>(timer);
  const toggle = useCallback(() => {
    const at = Date.now();
    const current = timerRef.current;
    let next: TimerState;
    if (current.phase === 'running') {
      const seconds = (at - current.startedAt) / 1000;
      next = { phase: 'stopped', startedAt: current.startedAt, seconds };
      stopRef.current(seconds, current.startedAt);
    } else {
      next = { phase: 'running', startedAt: at };
    }
    timerRef.current = next;
    setTimer(next);
    setNow(at);
  }, []);

  const reset = useCallback(() => {
    timerRef.current = { phase: 'idle' };
    setTimer(timerRef.current);
  }, []);

  const elapsed =
    timer.phase === 'running' ? Math.max(0, (now - timer.startedAt) / 1000) : timer.phase === 'stopped' ? timer.seconds : 0;
  return { timer, elapsed, toggle, reset };
}
