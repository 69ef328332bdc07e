/**
 * The export thread: renders slides and cards for `export-thread-pool.ts`, so a render (pptxgenjs
 * and DEFLATE, or pdf-lib and font subsets) never holds up the server's event loop.
 */
import { parentPort } from 'node:worker_threads';
import type { ExportJob, ExportJobResult, ExportWorkerReady } from './export-job';
import { renderExport } from './render-export';

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread only.');

async function run({ id, ...job }: ExportJob): Promise<void> {
  let result: ExportJobResult;
  try {
    result = { id, kind: 'rendered', ...(await renderExport(job)) };
  } catch (error) {
    result = {
      id,
      kind: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  // The file's bytes move to the server thread without a copy, when they own their buffer.
  if (result.kind === 'rendered' && result.bytes.byteLength !== result.bytes.buffer.byteLength) {
    result.bytes = result.bytes.slice();
  }
  port!.postMessage(result, result.kind === 'rendered' ? [result.bytes.buffer as ArrayBuffer] : []);
}

port.postMessage({ kind: 'ready' } satisfies ExportWorkerReady);
port.on('message', (job: ExportJob) => void run(job));
