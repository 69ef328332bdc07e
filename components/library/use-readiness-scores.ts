'use client';

import { useEffect, useState } from 'react';
import type { StoredPitch } from '@/lib/storage/pitch-db';

/** Readiness (0–100) per pitch id, computed after first paint with the lazily loaded advice engine. */
export function useReadinessScores(pitches: StoredPitch[]): Record<string, number> {
  const [scores, setScores] = useState<Record<string, number>>({});
  useEffect(() => {
    if (pitches.length === 0) return;
    let cancelled = false;
    void import('@/lib/advice').then(({ analyzePitch }) => {
      if (cancelled) return;
      const next: Record<string, number> = {};
      for (const record of pitches) next[record.id] = analyzePitch(record.pitch).readiness;
      setScores(next);
    });
    return () => {
      cancelled = true;
    };
  }, [pitches]);
  return scores;
}
