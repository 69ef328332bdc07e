'use client';

import { useEffect, useState } from 'react';
import type { Finding } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';
import { analyzePitchOffThread } from '@/components/ui/analyze-pitch-off-thread';

/** Fields whose advice this step shows. */
const DRAFTER_FIELDS = new Set(['pitch', 'valueProposition']);

export interface PitchAdvice {
  findings: Finding[];
  /** The pitch text the findings were computed for: word offsets only hold for that text. */
  analysedText: string | null;
}

/**
 * Advice on the pitch text and the value proposition, run ~150 ms after typing pauses, in a Web
 * Worker: the language libraries stay out of the page's first load and never hold up typing.
 */
export function usePitchAdvice(pitch: PitchFile, wordsPerMinute: number, delayMs = 150): PitchAdvice {
  const [advice, setAdvice] = useState<PitchAdvice>({ findings: [], analysedText: null });
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void analyzePitchOffThread(pitch, { wordsPerMinute }).then((analysis) => {
        if (cancelled) return;
        const findings = analysis.findings.filter((f) => DRAFTER_FIELDS.has(f.field));
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
