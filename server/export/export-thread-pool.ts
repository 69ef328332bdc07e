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
  pending: Map<number, Pending>;
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
  let inProcess = false;
  let nextId = 1;

  const renderHere = (job: Pending) => {
    clearTimeout(job.timer);
    return renderExport(job.request).then(
      (rendered) => job.resolve({ ...rendered, onThread: false }),
      job.reject,
    );
  };

  /**
   * A thread that died or hung: its waiting renders run here. A thread that never started
   * means threads do not work in this runtime: every thread stops and renders run in-process.
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
    for (const job of thread.pending.values()) void renderHere(job);
    thread.pending.clear();
    void thread.worker.terminate();
    if (!thread.ready) {
      inProcess = true;
      for (const other of [...threads]) retire(other, error);
    }
  }

  function startTimer(thread: Thread, id: number): void {
    const job = thread.pending.get(id);
    if (!job || job.timer) return;
    job.timer = setTimeout(() => timeOut(thread, id), jobTimeoutMs);
    job.timer.unref?.();
  }

  /** A render the thread has not answered in time fails (it may never finish); the thread stops. */
  function timeOut(thread: Thread, id: number): void {
    const job = thread.pending.get(id);
    if (!job) return;
    thread.pending.delete(id);
    const seconds = jobTimeoutMs >= 1000 ? `${jobTimeoutMs / 1000} s` : `${jobTimeoutMs} ms`;
    const error = new Error(`Export thread: no answer within ${seconds}.`);
    job.reject(error);
    retire(thread, error);
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
    const thread: Thread = { worker, ready: false, pending: new Map() };
    worker.on('message', (message: ExportWorkerMessage) => {
      if (message.kind === 'ready') {
        thread.ready = true;
        // The time limit counts from here: loading the thread's code is not the render's time.
        for (const id of thread.pending.keys()) startTimer(thread, id);
        return;
      }
      const job = thread.pending.get(message.id);
      if (!job) return;
      thread.pending.delete(message.id);
      settle(job, message);
    });
    worker.on('error', (error) => retire(thread, error));
    worker.on('messageerror', (error) => retire(thread, error));
    worker.on('exit', (code) => retire(thread, new Error(`exit code ${code}`)));
    // An idle export thread never keeps the server process alive.
    worker.unref();
    threads.push(thread);
    return thread;
  }

  /** The least busy thread, starting another while the pool is below its size and all are busy. */
  function pick(): Thread | undefined {
    const idle = threads.find((t) => t.pending.size === 0);
    if (idle) return idle;
    if (threads.length < size) return start() ?? threads[0];
    return threads.reduce<Thread | undefined>(
      (best, t) => (!best || t.pending.size < best.pending.size ? t : best),
      undefined,
    );
  }

  return {
    get inProcess() {
      return inProcess;
    },
    render(request) {
      return new Promise<ExportBuild>((resolve, reject) => {
        const job: Pending = { request, resolve, reject };
        const thread = inProcess ? undefined : pick();
        if (!thread) return void renderHere(job);
        const id = nextId++;
        thread.pending.set(id, job);
        if (thread.ready) startTimer(thread, id);
        thread.worker.postMessage({ id, ...request });
      });
    },
    async close() {
      inProcess = true;
      const stopping = [...threads];
      threads.length = 0;
      for (const thread of stopping) {
        for (const job of thread.pending.values()) void renderHere(job);
        thread.pending.clear();
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
