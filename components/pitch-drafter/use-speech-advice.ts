'use client';

import { useMemo } from 'react';
import type { Finding } from '@/lib/advice/types';
import { speechText } from '@/lib/pitch/speech';
import { useLiveAnalysis } from '@/components/ui/live-analysis';

/** Fields whose advice this step shows. */
const DRAFTER_FIELDS = new Set(['pitch', 'valueProposition']);

export interface SpeechAdvice {
  findings: Finding[];
  /** The speech the findings were computed for: word offsets only hold for that text. */
  analysedText: string | null;
}

/** Advice on the speech and the value proposition, from the page's one live analysis. */
export function useSpeechAdvice(): SpeechAdvice {
  const analysed = useLiveAnalysis();
  return useMemo(
    () =>
      analysed
        ? {
            findings: analysed.analysis.findings.filter((f) => DRAFTER_FIELDS.has(f.field)),
            analysedText: speechText(analysed.pitch),
          }
        : { findings: [], analysedText: null },
    [analysed],
  );
}
