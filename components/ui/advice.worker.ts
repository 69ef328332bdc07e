/**
 * Runs the advice engine off the main thread: the language libraries (compromise, syllable…) take
 * hundreds of milliseconds to load and warm up, which would otherwise block typing and scrolling.
 * Messages: `AdviceWorkerRequest` (`{ id, pitch, options }`) in, `AdviceWorkerResponse`
 * (`{ id, analysis }` with findings and overall, slide and pitch readiness, or `{ id, error }`) out.
 */
import { warmUpAdvice } from '@/lib/advice';
import type { AdviceWorkerRequest, AdviceWorkerResponse } from './advice-analysis';
import { analyzeForUi } from './analyze-for-ui';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AdviceWorkerRequest>) => void) | null;
  postMessage(message: AdviceWorkerResponse): void;
};

warmUpAdvice();

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, analysis: analyzeForUi(data.pitch, data.options) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
