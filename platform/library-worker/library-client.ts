import type { ImportOutcome } from '@/lib/storage/import-file';
import type { LibraryListing } from '@/lib/storage/pitch-summary';
import { browserLibrary } from '../browser-library';
import { createLibraryService, type LibraryService } from './library-service';
import {
  FIRST_SCREEN_SIZE,
  type LibraryWorkerRequest,
  type LibraryWorkerResponse,
  type ReadinessByRevision,
} from './messages';

type Listing = { listing: LibraryListing; readiness: ReadinessByRevision };
/** The list's first screen: the newest rows, and how many pitches there are in all. */
export type FirstScreen = Listing & { total: number };
/** A read of the library: its first screen soon, the whole list after. */
export interface ListingRead {
  first: Promise<FirstScreen>;
  full: Promise<Listing>;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = {
  resolve: (response: LibraryWorkerResponse) => void;
  reject: (error: Error) => void;
  /** The list's parts received so far. */
  parts: Extract<LibraryWorkerResponse, { type: 'list-part' }>[];
};

let worker: Worker | null = null;
let mainThreadService: Promise<LibraryService> | undefined;
let prefetched: ListingRead | undefined;
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
    if (data.type === 'list-part') return void request?.parts.push(data);
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

/**
 * The same service on the main thread: for the list's first screen (a few rows), and for
 * everything where no worker can start.
 */
function onMainThread(): Promise<LibraryService> {
  mainThreadService ??= Promise.resolve(createLibraryService(browserLibrary(), announceReadiness));
  return mainThreadService;
}

function ask<R extends LibraryWorkerResponse>(
  request: WithoutId<LibraryWorkerRequest>,
  type: R['type'],
): Promise<{ response: R; parts: Pending['parts'] }> | null {
  const target = startWorker();
  if (!target) return null;
  const id = (nextId += 1);
  const parts: Pending['parts'] = [];
  return new Promise<LibraryWorkerResponse>((resolve, reject) => {
    pending.set(id, { resolve, reject, parts });
    target.postMessage({ ...request, id } as LibraryWorkerRequest);
  }).then((response) => {
    if (response.type === 'failed')
      throw Object.assign(new Error(response.error.message), { name: response.error.name });
    if (response.type !== type) throw new Error(`library worker answered ${response.type}`);
    return { response: response as R, parts };
  });
}

/** The list put together from its parts. */
function joinList({
  response,
  parts,
}: {
  response: Extract<LibraryWorkerResponse, { type: 'list' }>;
  parts: Pending['parts'];
}): Listing {
  return {
    listing: { summaries: parts.flatMap((part) => part.summaries), damaged: response.damaged },
    readiness: Object.assign({}, ...parts.map((part) => part.readiness)) as ReadinessByRevision,
  };
}

function requestListing(): ListingRead {
  performance.mark?.('library:list-requested');
  const first = onMainThread()
    .then((service) => service.firstScreen(FIRST_SCREEN_SIZE))
    .then(({ summaries, readiness, total }) => {
      performance.mark?.('library:first-screen-read');
      return { listing: { summaries, damaged: [] }, readiness, total };
    });
  const answer = ask<Extract<LibraryWorkerResponse, { type: 'list' }>>({ type: 'list' }, 'list');
  const here = () => onMainThread().then((service) => service.list());
  const full = (
    answer
      ? answer
          .then(joinList)
          .catch((error: Error) =>
            error.message === 'library worker failed' ? here() : Promise.reject(error),
          )
      : here()
  ).then((result) => {
    performance.mark?.('library:list-received');
    return result;
  });
  return { first, full };
}

/**
 * Starts the worker and its first read of the library while the page's own code is still loading
 * (the library page's loader calls it first), so the list is ready about when the page is.
 */
export function prefetchLibraryListing(): void {
  if (typeof window === 'undefined' || prefetched) return;
  prefetched = requestListing();
  // Whoever takes it reports the error.
  prefetched.first.catch(() => undefined);
  prefetched.full.catch(() => undefined);
}

/**
 * Every pitch as the list shows it, with the readiness figures known: the first screen (the newest
 * rows, read here while the worker starts), then the whole list, read and validated in the worker.
 */
export function listLibraryOffThread(): ListingRead {
  const early = prefetched;
  prefetched = undefined;
  return early ?? requestListing();
}

/** Imports a file the user picked: read, validated and stored in the library worker. */
export async function importFileOffThread(file: File): Promise<ImportOutcome> {
  const answer = ask<Extract<LibraryWorkerResponse, { type: 'import' }>>(
    { type: 'import', file, fileName: file.name },
    'import',
  );
  const here = () => onMainThread().then((service) => service.importFile(file, file.name));
  if (!answer) return here();
  return answer.then(
    ({ response }) => response.outcome,
    (error: Error) => (error.message === 'library worker failed' ? here() : Promise.reject(error)),
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
