'use client';

import { useWatch } from 'react-hook-form';
import type { ReactNode } from 'react';
import { findingsAt } from '@/lib/advice/findings';
import type { Finding } from '@/lib/advice/types';
import type { FieldPath } from '@/lib/pitch/field-path';
import type { PitchFile } from '@/lib/pitch/schema';
import { LiveAnalysisProvider, useLiveAnalysis } from '@/components/ui/live-analysis';
import { ReadinessBadges } from '@/components/ui/readiness-badges';

/**
 * The page's live analysis of the form's values. Only this component re-renders on each
 * keystroke; its children are drawn by the editor and re-render only where they read the analysis.
 */
export function FormAnalysis({ wordsPerMinute, children }: { wordsPerMinute: number; children: ReactNode }) {
  const values = useWatch<PitchFile>() as PitchFile;
  return (
    <LiveAnalysisProvider pitch={values} wordsPerMinute={wordsPerMinute}>
      {children}
    </LiveAnalysisProvider>
  );
}

/** Every finding of the latest analysis ([] until the first one lands). */
export function useFindings(): Finding[] {
  return useLiveAnalysis()?.analysis.findings ?? [];
}

/** Findings whose field is exactly `field` (e.g. `headline`, `situation[1]`, `situation`). */
export function useFieldFindings(field: FieldPath): Finding[] {
  return findingsAt(useFindings(), field);
}

/** The readiness badges of the latest analysis, beside the pitch's title. */
export function LiveReadinessBadges() {
  return <ReadinessBadges figures={useLiveAnalysis()?.analysis ?? null} />;
}
