import type { ImportOutcome } from '@/lib/storage/import-file';
import type { LibraryListing } from '@/lib/storage/pitch-summary';
import { browserLibrary } from '../browser-library';
import { createLibraryService, type LibraryService } from './library-service';
import type { LibraryWorkerRequest, LibraryWorkerResponse, ReadinessByRevision } from './messages';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve: (response: LibraryWorkerResponse) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let mainThreadService: LibraryService | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
const readinessListeners = new Set<(readiness: ReadinessByRevision) => void>();

const announceReadiness = (readiness: ReadinessByRevision) => {
  for (const listener of readinessListeners) listener(readiness);
};

function startWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./library.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<LibraryWorkerResponse>) => {
    if (data.type === 'readiness') return announceReadiness(data.readiness);
    const request = pending.get(data.id);
    pending.delete(data.id);
    request?.resolve(data);
  };
  worker.onerror = () => {
    // A worker that cannot start falls back to the main thread, for this request and the next.
    stopWorker();
    for (const [, request] of pending) request.reject(new Error('library worker failed'));
    pending.clear();
  };
  return worker;
}

function stopWorker() {
  worker?.terminate();
  worker = null;
}

function onMainThread(): LibraryService {
  mainThreadService ??= createLibraryService(browserLibrary(), announceReadiness);
  return mainThreadService;
}

function ask<R extends LibraryWorkerResponse>(request: WithoutId<LibraryWorkerRequest>, type: R['type']): Promise<R> | null {
  const target = startWorker();
  if (!target) return null;
  const id = (nextId += 1);
  return new Promise<LibraryWorkerResponse>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ ...request, id } as LibraryWorkerRequest);
  }).then((response) => {
    if (response.type === 'failed') throw Object.assign(new Error(response.error.message), { name: response.error.name });
    if (response.type !== type) throw new Error(`library worker answered ${response.type}`);
    return response as R;
  });
}

/** Every pitch as the list shows it, read and validated in the library worker, with the readiness figures known. */
export async function listLibraryOffThread(): Promise<{ listing: LibraryListing; readiness: ReadinessByRevision }> {
  const answer = ask<Extract<LibraryWorkerResponse, { type: 'list' }>>({ type: 'list' }, 'list');
  if (!answer) return onMainThread().list();
  return answer.catch((error: Error) => (error.message === 'library worker failed' ? onMainThread().list() : Promise.reject(error)));
}

/** Imports a file the user picked: read, validated and stored in the library worker. */
export async function importFileOffThread(file: File): Promise<ImportOutcome> {
  const answer = ask<Extract<LibraryWorkerResponse, { type: 'import' }>>({ type: 'import', file, fileName: file.name }, 'import');
  if (!answer) return onMainThread().importFile(file, file.name);
  return answer.then(
    (response) => response.outcome,
    (error: Error) =>
      error.message === 'library worker failed' ? onMainThread().importFile(file, file.name) : Promise.reject(error),
  );
}

/**
 * Hears the readiness figures as the worker computes them. When the last listener leaves (the
 * library page is closed) the worker stops scoring, unless a request is still under way (an import).
 */
export function watchReadiness(listener: (readiness: ReadinessByRevision) => void): () => void {
  readinessListeners.add(listener);
  return () => {
    readinessListeners.delete(listener);
    if (readinessListeners.size === 0 && pending.size === 0) stopWorker();
  };
}
