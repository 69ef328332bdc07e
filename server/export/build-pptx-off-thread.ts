/**
 * Runs PowerPoint exports on worker threads so the server's event loop only parses requests and
 * sends files: an export (2–3 ms of pptxgenjs, JSZip and DEFLATE) then runs on another core,
 * and page requests are not queued behind it. If threads cannot start (a runtime without
 * bundled workers, such as the unit tests), exports run in-process instead: same result, never
 * an error for the user.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PitchFile } from '@/lib/pitch/schema';
import { buildPptx, ExportBlockedError } from '@/lib/pptx';
import type { PptxJobResult, PptxWorkerMessage } from './pptx-worker-protocol';

/** A built file, and whether an export thread built it (false: built in-process). */
export interface PptxBuild {
  bytes: Uint8Array;
  onThread: boolean;
}

interface Pending {
  pitch: PitchFile;
  resolve: (build: PptxBuild) => void;
  reject: (error: unknown) => void;
  /** Fires when the thread has not answered in time. */
  timer?: ReturnType<typeof setTimeout>;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
}

export interface PptxThreadPoolOptions {
  /** Starts one export thread; the default is the bundled `pptx-worker.ts`. */
  spawn?: () => Worker;
  /** How many threads at most (default: one per core but the server's own, at least 1, at most 4). */
  size?: number;
  /** Where a thread failure is reported (default: console.error). */
  log?: (message: string, error: unknown) => void;
  /** How long a thread may take over one export before it is stopped (default 20 s). */
  jobTimeoutMs?: number;
}

export interface PptxThreadPool {
  /** The .pptx file of a pitch; throws `ExportBlockedError` naming the fields to fix. */
  build(pitch: PitchFile): Promise<PptxBuild>;
  /** True once a thread failed to start (or the pool was closed) and exports run in-process. */
  readonly inProcess: boolean;
  /** Stops every thread; pending and later exports run in-process. */
  close(): Promise<void>;
}

// Turbopack bundles a worker only from this literal `new Worker(new URL(...))` form.
const spawnBundledWorker = () => new Worker(new URL('./pptx-worker.ts', import.meta.url));

function settle(job: Pending, result: PptxJobResult): void {
  clearTimeout(job.timer);
  if (result.kind === 'pptx') job.resolve({ bytes: result.bytes, onThread: true });
  else if (result.kind === 'blocked') job.reject(new ExportBlockedError(result.issues));
  else job.reject(new Error(`PPTX export thread: ${result.message}`));
}

export function createPptxThreadPool(options: PptxThreadPoolOptions = {}): PptxThreadPool {
  const spawn = options.spawn ?? spawnBundledWorker;
  const size = options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1));
  const log = options.log ?? ((message, error) => console.error(message, error));
  const jobTimeoutMs = options.jobTimeoutMs ?? 20_000;
  const threads: Thread[] = [];
  let inProcess = false;
  let nextId = 1;

  const buildHere = (job: Pending) => {
    clearTimeout(job.timer);
    return buildPptx(job.pitch).then(
      (bytes) => job.resolve({ bytes, onThread: false }),
      job.reject,
    );
  };

  /**
   * A thread that died or hung: its waiting exports are built here. A thread that never started
   * means threads do not work in this runtime: every thread stops and exports run in-process.
   */
  function retire(thread: Thread, error: unknown): void {
    const index = threads.indexOf(thread);
    if (index < 0) return;
    threads.splice(index, 1);
    log(
      thread.ready
        ? 'A PPTX export thread stopped; its exports run in-process and a new thread starts on the next export.'
        : 'PPTX export threads are unavailable here; exports run in-process.',
      error,
    );
    for (const job of thread.pending.values()) void buildHere(job);
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

  /** An export the thread has not answered in time fails (it may never finish); the thread stops. */
  function timeOut(thread: Thread, id: number): void {
    const job = thread.pending.get(id);
    if (!job) return;
    thread.pending.delete(id);
    const error = new Error(`PPTX export thread: no answer within ${jobTimeoutMs} ms.`);
    job.reject(error);
    retire(thread, error);
  }

  function start(): Thread | undefined {
    let worker: Worker;
    try {
      worker = spawn();
    } catch (error) {
      inProcess = true;
      log('PPTX export threads are unavailable here; exports run in-process.', error);
      return undefined;
    }
    const thread: Thread = { worker, ready: false, pending: new Map() };
    worker.on('message', (message: PptxWorkerMessage) => {
      if (message.kind === 'ready') {
        thread.ready = true;
        // The time limit counts from here: loading the thread's code is not the export's time.
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
    build(pitch) {
      return new Promise<PptxBuild>((resolve, reject) => {
        const job: Pending = { pitch, resolve, reject };
        const thread = inProcess ? undefined : pick();
        if (!thread) return void buildHere(job);
        const id = nextId++;
        thread.pending.set(id, job);
        if (thread.ready) startTimer(thread, id);
        thread.worker.postMessage({ id, pitch });
      });
    },
    async close() {
      inProcess = true;
      const stopping = [...threads];
      threads.length = 0;
      for (const thread of stopping) {
        for (const job of thread.pending.values()) void buildHere(job);
        thread.pending.clear();
        await thread.worker.terminate();
      }
    },
  };
}

let sharedPool: PptxThreadPool | undefined;

/** The .pptx file of a pitch, built on the server's shared export threads. */
export function buildPptxOffThread(pitch: PitchFile): Promise<PptxBuild> {
  sharedPool ??= createPptxThreadPool();
  return sharedPool.build(pitch);
}
