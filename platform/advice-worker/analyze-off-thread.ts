import type { PitchAnalysis } from '@/lib/advice/analyze-pitch';
import type { AnalyzeOptions } from '@/lib/advice/types';
import type { PitchFile } from '@/lib/pitch/schema';
import type { AdviceWorkerRequest, AdviceWorkerResponse } from './messages';

type Pending = { resolve: (analysis: PitchAnalysis) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** The shared advice worker, created on first use; null where workers are unavailable or broken. */
function adviceWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./advice.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return worker;
  }
  worker.onmessage = ({ data }: MessageEvent<AdviceWorkerResponse>) => {
    const request = pending.get(data.id);
    pending.delete(data.id);
    if ('analysis' in data) request?.resolve(data.analysis);
    else request?.reject(new Error(data.error || 'The advice engine failed.'));
  };
  worker.onerror = () => {
    // A worker that cannot start (old browser, blocked script) falls back to the main thread.
    worker?.terminate();
    worker = null;
    for (const [id, request] of pending) request.reject(new Error(`advice worker failed (${id})`));
    pending.clear();
  };
  return worker;
}

async function analyzeOnMainThread(
  pitch: PitchFile,
  options?: AnalyzeOptions,
): Promise<PitchAnalysis> {
  const { analyzePitch } = await import('@/lib/advice/analyze-pitch');
  return analyzePitch(pitch, options);
}

/**
 * `analyzePitch` in a Web Worker, so loading the language libraries and running the rules never
 * blocks the page (it cost ~1–1.5 s of main-thread time at Lighthouse's mobile throttling). One
 * worker serves the whole tab.
 * Falls back to a lazily imported main-thread run where a worker cannot be used.
 */
export function analyzePitchOffThread(
  pitch: PitchFile,
  options?: AnalyzeOptions,
): Promise<PitchAnalysis> {
  const target = typeof Worker === 'undefined' ? null : adviceWorker();
  if (!target) return analyzeOnMainThread(pitch, options);
  const id = (nextId += 1);
  return new Promise<PitchAnalysis>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ id, pitch, options } satisfies AdviceWorkerRequest);
  }).catch(() => analyzeOnMainThread(pitch, options));
}
