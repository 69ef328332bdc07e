import type { AnalyzeOptions, PitchAnalysis, Readiness } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';

/** The three readiness figures, each 0–100: overall, the slide alone, the elevator pitch alone. */
export type ReadinessFigures = Readiness;

/**
 * What the UI gets back from the advice engine: the engine's analysis (findings, overall, slide
 * and pitch readiness) plus two facts the UI must not work out on its own, computed next to the
 * engine so the page never loads the language libraries to know them.
 */
export interface AdviceAnalysis extends PitchAnalysis {
  /** The analysed pitch has elevator pitch text (not only whitespace). */
  hasPitchText: boolean;
  /** `isExecutiveReady(findings, hasPitchText)`: no error or warning anywhere, and a pitch to say. */
  executiveReady: boolean;
}

/** A message to the advice worker. */
export interface AdviceWorkerRequest {
  id: number;
  pitch: PitchFile;
  options?: AnalyzeOptions;
}

/** The advice worker's answer to one request: its analysis, or why it failed. */
export type AdviceWorkerResponse =
  { id: number; analysis: AdviceAnalysis } | { id: number; error: string };

/** Just the readiness figures of an analysis (what the library keeps per pitch). */
export function readinessFigures({
  readiness,
  slideReadiness,
  pitchReadiness,
}: ReadinessFigures): ReadinessFigures {
  return { readiness, slideReadiness, pitchReadiness };
}
