'use client';

import { useEffect, useState } from 'react';
import type { Finding } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';
import { analyzePitchOffThread } from '@/components/ui/analyze-pitch-off-thread';

export interface AdviceResult {
  findings: Finding[];
  readiness: number;
}

/**
 * Runs the advice engine on the live pitch shortly after typing pauses, in a Web Worker: the
 * language libraries never weigh on the page's first load nor block typing.
 */
export function useAdvice(pitch: PitchFile, wordsPerMinute: number, delayMs = 120): AdviceResult | null {
  const [result, setResult] = useState<AdviceResult | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void analyzePitchOffThread(pitch, { wordsPerMinute }).then((analysis) => {
        if (!cancelled) setResult(analysis);
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [pitch, wordsPerMinute, delayMs]);
  return result;
}
