'use client';

import { useEffect, useState } from 'react';
import type { StoredPitch } from '@/lib/storage/pitch-db';
import { analyzePitchOffThread } from '@/components/ui/analyze-pitch-off-thread';

/** Readiness (0–100) per pitch id, computed in the advice worker after first paint. */
export function useReadinessScores(pitches: StoredPitch[]): Record<string, number> {
  const [scores, setScores] = useState<Record<string, number>>({});
  useEffect(() => {
    if (pitches.length === 0) return;
    let cancelled = false;
    void Promise.all(pitches.map((record) => analyzePitchOffThread(record.pitch))).then((analyses) => {
      if (cancelled) return;
      const next: Record<string, number> = {};
      pitches.forEach((record, i) => (next[record.id] = analyses[i]!.readiness));
      setScores(next);
    });
    return () => {
      cancelled = true;
    };
  }, [pitches]);
  return scores;
}
