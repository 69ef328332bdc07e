/**
 * The export thread: builds .pptx files for `build-pptx-off-thread.ts`, so a 2–3 ms export
 * (pptxgenjs, JSZip, DEFLATE) never holds up the server's event loop and runs on another core.
 */
import { parentPort } from 'node:worker_threads';
import { buildPptx, ExportBlockedError } from '@/lib/pptx';
import type { PptxJob, PptxJobResult, PptxWorkerReady } from './pptx-worker-protocol';

const port = parentPort;
if (!port) throw new Error('pptx-worker.ts runs as a worker thread only.');

async function run({ id, pitch }: PptxJob): Promise<void> {
  let result: PptxJobResult;
  try {
    result = { id, kind: 'pptx', bytes: await buildPptx(pitch) };
  } catch (error) {
    result =
      error instanceof ExportBlockedError
        ? { id, kind: 'blocked', issues: error.issues }
        : {
            id,
            kind: 'failed',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          };
  }
  // The file's bytes move to the server thread without a copy, when they own their buffer.
  if (result.kind === 'pptx' && result.bytes.byteLength !== result.bytes.buffer.byteLength) {
    result.bytes = result.bytes.slice();
  }
  port!.postMessage(result, result.kind === 'pptx' ? [result.bytes.buffer as ArrayBuffer] : []);
}

port.postMessage({ kind: 'ready' } satisfies PptxWorkerReady);
port.on('message', (job: PptxJob) => void run(job));
