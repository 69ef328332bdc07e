/**
 * Runs export renders (slides and cards) on worker threads, so the server's event loop only
 * parses requests, checks them and sends files, and page requests are not queued behind a render.
 * A thread that dies is replaced on the next export (its renders finish in-process); a render
 * that never answers fails after the time limit with a clear error. Where threads cannot start
 * (a runtime without bundled workers, such as the unit tests), renders run in-process: same
 * result, never an error for the user.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type {
  ExportJobResult,
  ExportRequest,
  ExportWorkerMessage,
  RenderedExport,
} from './export-job';
import { renderExport } from './render-export';

/** A rendered file, and whether an export thread rendered it (false: in-process). */
export interface ExportBuild extends RenderedExport {
  onThread: boolean;
}

interface Pending {
  request: ExportRequest;
  resolve: (build: ExportBuild) => void;
  reject: (error: unknown) => void;
  /** Fires when the thread has not answered in time. */
  timer?: ReturnType<typeof setTimeout>;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** The one render the thread is working on; a thread takes the next only when it answers. */
  job?: { id: number; pending: Pending };
}

export interface ExportThreadPoolOptions {
  /** Starts one export thread; the default is the bundled `export-worker.ts`. */
  spawn?: () => Worker;
  /** How many threads at most (default: one per core but the server's own, at least 1, at most 4). */
  size?: number;
  /** Where a thread failure is reported (default: console.error). */
  log?: (message: string, error: unknown) => void;
  /** How long a thread may take over one render before it is stopped (default 30 s). */
  jobTimeoutMs?: number;
}

export interface ExportThreadPool {
  /** The rendered file of a checked export request. */
  render(request: ExportRequest): Promise<ExportBuild>;
  /** True once a thread failed to start (or the pool was closed) and renders run in-process. */
  readonly inProcess: boolean;
  /** Stops every thread; pending and later renders run in-process. */
  close(): Promise<void>;
}

export const DEFAULT_JOB_TIMEOUT_MS = 30_000;

// Turbopack bundles a worker only from this literal `new Worker(new URL(...))` form.
const spawnBundledWorker = () => new Worker(new URL('./export-worker.ts', import.meta.url));

function settle(job: Pending, result: ExportJobResult): void {
  clearTimeout(job.timer);
  if (result.kind === 'rendered') {
    const { bytes, replacedCharacters, truncatedFields } = result;
    job.resolve({ bytes, replacedCharacters, truncatedFields, onThread: true });
  } else job.reject(new Error(`Export thread: ${result.message}`));
}

export function createExportThreadPool(options: ExportThreadPoolOptions = {}): ExportThreadPool {
  const spawn = options.spawn ?? spawnBundledWorker;
  const size = options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  const log = options.log ?? ((message, error) => console.error(message, error));
  const jobTimeoutMs = options.jobTimeoutMs ?? DEFAULT_JOB_TIMEOUT_MS;
  const threads: Thread[] = [];
  /** Renders no thread has taken yet, oldest first. */
  const waiting: Pending[] = [];
  let inProcess = false;
  let nextId = 1;

  const renderHere = (job: Pending) => {
    clearTimeout(job.timer);
    return renderExport(job.request).then(
      (rendered) => job.resolve({ ...rendered, onThread: false }),
      job.reject,
    );
  };

  /** Every waiting render runs here (threads are unavailable or closed). */
  function drainHere(): void {
    for (const job of waiting.splice(0)) void renderHere(job);
  }

  /**
   * A thread that died or hung: its render runs here and the waiting ones go to the others (a
   * new thread starts for them). A thread that never started means threads do not work in this
   * runtime: every thread stops and renders run in-process.
   */
  function retire(thread: Thread, error: unknown): void {
    const index = threads.indexOf(thread);
    if (index < 0) return;
    threads.splice(index, 1);
    log(
      thread.ready
        ? 'An export thread stopped; its exports run in-process and a new thread starts on the next export.'
        : 'Export threads are unavailable here; exports run in-process.',
      error,
    );
    if (thread.job) void renderHere(thread.job.pending);
    thread.job = undefined;
    void thread.worker.terminate();
    if (!thread.ready) {
      inProcess = true;
      for (const other of [...threads]) retire(other, error);
      drainHere();
      return;
    }
    dispatch();
  }

  /** A render the thread has not answered in time fails (it may never finish); the thread stops. */
  function timeOut(thread: Thread, id: number): void {
    if (thread.job?.id !== id) return;
    const { pending } = thread.job;
    thread.job = undefined;
    const seconds = jobTimeoutMs >= 1000 ? `${jobTimeoutMs / 1000} s` : `${jobTimeoutMs} ms`;
    const error = new Error(`Export thread: no answer within ${seconds}.`);
    pending.reject(error);
    retire(thread, error);
  }

  /** Hands a render to an idle thread; the time limit counts from here, one render at a time. */
  function assign(thread: Thread, pending: Pending): void {
    const id = nextId++;
    thread.job = { id, pending };
    pending.timer = setTimeout(() => timeOut(thread, id), jobTimeoutMs);
    pending.timer.unref?.();
    thread.worker.postMessage({ id, ...pending.request });
  }

  function start(): Thread | undefined {
    let worker: Worker;
    try {
      worker = spawn();
    } catch (error) {
      inProcess = true;
      log('Export threads are unavailable here; exports run in-process.', error);
      return undefined;
    }
    const thread: Thread = { worker, ready: false };
    worker.on('message', (message: ExportWorkerMessage) => {
      if (message.kind === 'ready') {
        // Loading the thread's code is not a render's time: renders wait for it in `waiting`.
        thread.ready = true;
        return dispatch();
      }
      if (thread.job?.id !== message.id) return;
      const { pending } = thread.job;
      thread.job = undefined;
      settle(pending, message);
      dispatch();
    });
    worker.on('error', (error) => retire(thread, error));
    worker.on('messageerror', (error) => retire(thread, error));
    worker.on('exit', (code) => retire(thread, new Error(`exit code ${code}`)));
    // An idle export thread never keeps the server process alive.
    worker.unref();
    threads.push(thread);
    return thread;
  }

  /** Gives waiting renders to idle threads, starting threads (up to `size`) while renders wait. */
  function dispatch(): void {
    while (waiting.length > 0 && !inProcess) {
      const idle = threads.find((t) => t.ready && !t.job);
      if (idle) {
        assign(idle, waiting.shift()!);
        continue;
      }
      const starting = threads.filter((t) => !t.ready).length;
      if (threads.length < size && starting < waiting.length) {
        if (!start()) return drainHere();
        continue;
      }
      return;
    }
    if (inProcess) drainHere();
  }

  return {
    get inProcess() {
      return inProcess;
    },
    render(request) {
      return new Promise<ExportBuild>((resolve, reject) => {
        waiting.push({ request, resolve, reject });
        dispatch();
      });
    },
    async close() {
      inProcess = true;
      const stopping = [...threads];
      threads.length = 0;
      drainHere();
      for (const thread of stopping) {
        if (thread.job) void renderHere(thread.job.pending);
        thread.job = undefined;
        await thread.worker.terminate();
      }
    },
  };
}

let sharedPool: ExportThreadPool | undefined;

/** The server's one pool of export threads, started on the first export. */
export function sharedExportThreads(): ExportThreadPool {
  sharedPool ??= createExportThreadPool();
  return sharedPool;
}
