'use client';

import { useEffect, useState } from 'react';
import type { Finding } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';

/** Fields whose advice this step shows. */
const DRAFTER_FIELDS = new Set(['pitch', 'valueProposition']);

export interface PitchAdvice {
  findings: Finding[];
  /** The pitch text the findings were computed for: word offsets only hold for that text. */
  analysedText: string | null;
}

/**
 * Advice on the pitch text and the value proposition, run ~150 ms after typing pauses. The
 * engine loads with a dynamic import on first use, so its language libraries stay out of the
 * page's first load, and typing is never held up by it.
 */
export function usePitchAdvice(pitch: PitchFile, wordsPerMinute: number, delayMs = 150): PitchAdvice {
  const [advice, setAdvice] = useState<PitchAdvice>({ findings: [], analysedText: null });
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void import('@/lib/advice').then(({ analyzePitch }) => {
        if (cancelled) return;
        const findings = analyzePitch(pitch, { wordsPerMinute }).findings.filter((f) => DRAFTER_FIELDS.has(f.field));
        setAdvice({ findings, analysedText: pitch.pitch?.text ?? '' });
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [pitch, wordsPerMinute, delayMs]);
  return advice;
}
