'use client';

import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import type { PitchFile } from '@/lib/pitch/schema';
import { useAdvice, type AdviceResult } from './use-advice';

/** Watches the form and reports fresh advice; lives apart so typing re-renders only this. */
export function AdviceRunner({ wordsPerMinute, onResult }: { wordsPerMinute: number; onResult: (r: AdviceResult) => void }) {
  const values = useWatch<PitchFile>() as PitchFile;
  const result = useAdvice(values, wordsPerMinute);
  useEffect(() => {
    if (result) onResult(result);
  }, [result, onResult]);
  return null;
}
