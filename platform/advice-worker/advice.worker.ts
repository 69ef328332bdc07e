/**
 * Runs the advice engine off the main thread: the language libraries (compromise, syllable…) take
 * hundreds of milliseconds to load and warm up, which would otherwise block typing and scrolling.
 * Messages: `AdviceWorkerRequest` (`{ id, pitch, options }`) in, `AdviceWorkerResponse`
 * (`{ id, analysis }`, or `{ id, error }`) out.
 */
import { analyzePitch, warmUpAdvice } from '@/lib/advice';
import { countComputations } from '../count-computations';
import type { AdviceWorkerRequest, AdviceWorkerResponse } from './messages';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AdviceWorkerRequest>) => void) | null;
  postMessage(message: AdviceWorkerResponse): void;
};

countComputations();
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
