'use client';

import { useEffect, useState } from 'react';
import type { StoredPitch } from '@/lib/storage/library-database';
import { readinessFigures, type Readiness as ReadinessFigures } from '@/lib/advice/readiness';
import { analyzePitchOffThread } from '@/platform/advice-worker/analyze-off-thread';

/** Overall, slide and pitch readiness (each 0–100) per pitch id, computed in the advice worker after first paint. */
export function useReadinessScores(pitches: StoredPitch[]): Record<string, ReadinessFigures> {
  const [scores, setScores] = useState<Record<string, ReadinessFigures>>({});
  useEffect(() => {
    if (pitches.length === 0) return;
    let cancelled = false;
    void Promise.all(pitches.map((record) => analyzePitchOffThread(record.pitch))).then(
      (analyses) => {
        if (cancelled) return;
        const next: Record<string, ReadinessFigures> = {};
        pitches.forEach((record, i) => (next[record.id] = readinessFigures(analyses[i]!)));
        setScores(next);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [pitches]);
  return scores;
}
