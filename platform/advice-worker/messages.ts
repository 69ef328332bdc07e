import type { PitchAnalysis } from '@/lib/advice/analyze-pitch';
import type { AnalyzeOptions } from '@/lib/advice/types';
import type { PitchFile } from '@/lib/pitch/schema';

/** A message to the advice worker. */
export interface AdviceWorkerRequest {
  id: number;
  pitch: PitchFile;
  options?: AnalyzeOptions;
}

/** The advice worker's answer to one request: its analysis, or why it failed. */
export type AdviceWorkerResponse = { id: number; analysis: PitchAnalysis } | { id: number; error: string };
