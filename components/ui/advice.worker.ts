/**
 * Runs the advice engine off the main thread: the language libraries (compromise, syllable…) take
 * hundreds of milliseconds to load and warm up, which would otherwise block typing and scrolling.
 * Messages: `{ id, pitch, options }` in, `{ id, analysis }` or `{ id, error }` out.
 */
import { analyzePitch, warmUpAdvice, type AnalyzeOptions } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';

interface AdviceRequest {
  id: number;
  pitch: PitchFile;
  options?: AnalyzeOptions;
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AdviceRequest>) => void) | null;
  postMessage(message: unknown): void;
};

warmUpAdvice();

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, analysis: analyzePitch(data.pitch, data.options) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
