/**
 * The advice engine as the UI runs it. Imports the engine (and its language libraries), so only the
 * advice worker and the main-thread fallback's dynamic `import()` may load this module.
 */
import { analyzePitch, isExecutiveReady, type AnalyzeOptions } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';
import type { AdviceAnalysis } from './advice-analysis';

/** `analyzePitch` plus whether there is an elevator pitch and whether the pitch is executive-ready. */
export function analyzeForUi(pitch: PitchFile, options?: AnalyzeOptions): AdviceAnalysis {
  const analysis = analyzePitch(pitch, options);
  const hasPitchText = (pitch.pitch?.text ?? '').trim() !== '';
  return {
    ...analysis,
    hasPitchText,
    executiveReady: isExecutiveReady(analysis.findings, hasPitchText),
  };
}
