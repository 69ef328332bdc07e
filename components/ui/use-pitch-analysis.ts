'use client';

import { useEffect, useState } from 'react';
import type { PitchFile } from '@/lib/pitch/schema';
import type { AdviceAnalysis } from './advice-analysis';
import { analyzePitchOffThread } from './analyze-pitch-off-thread';

/** The advice engine's analysis (findings; overall, slide and pitch readiness) and the pitch it was computed for. */
export interface AnalysedPitch {
  analysis: AdviceAnalysis;
  pitch: PitchFile;
}

/**
 * Runs the advice engine on `pitch` once typing has paused for `delayMs`, in a Web Worker: the
 * language libraries never weigh on the page's first load nor block typing. A result that
 * arrives after the pitch changed again is dropped; null until the first analysis.
 */
export function usePitchAnalysis(
  pitch: PitchFile,
  wordsPerMinute: number,
  delayMs: number,
): AnalysedPitch | null {
  const [result, setResult] = useState<AnalysedPitch | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void analyzePitchOffThread(pitch, { wordsPerMinute }).then((analysis) => {
        if (!cancelled) setResult({ analysis, pitch });
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [pitch, wordsPerMinute, delayMs]);
  return result;
}
