'use client';

import { useEffect, useState } from 'react';
import type { Finding } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';

export interface AdviceResult {
  findings: Finding[];
  readiness: number;
}

/**
 * Runs the advice engine on the live pitch shortly after typing pauses. The engine (and its
 * language libraries) loads on first use, so it never weighs on the page's first load.
 */
export function useAdvice(pitch: PitchFile, wordsPerMinute: number, delayMs = 120): AdviceResult | null {
  const [result, setResult] = useState<AdviceResult | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void import('@/lib/advice').then(({ analyzePitch }) => {
        if (!cancelled) setResult(analyzePitch(pitch, { wordsPerMinute }));
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [pitch, wordsPerMinute, delayMs]);
  return result;
}
