/**
 * The library's worker: reads and validates every pitch, imports backups and scores readiness off
 * the main thread, so a library of thousands of pitches never blocks a click. Messages:
 * `LibraryWorkerRequest` in, `LibraryWorkerResponse` out (platform/library-worker/messages.ts).
 */
import { openLibraryDatabase } from '../indexeddb/open-library-database';
import { createLibraryService } from './library-service';
import {
  LIST_PART_SIZE,
  readinessKey,
  type LibraryWorkerRequest,
  type LibraryWorkerResponse,
  type ReadinessByRevision,
} from './messages';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<LibraryWorkerRequest>) => void) | null;
  postMessage(message: LibraryWorkerResponse): void;
};

const service = createLibraryService(openLibraryDatabase(), (readiness) =>
  scope.postMessage({ type: 'readiness', readiness }),
);

/** Sends the whole list in parts of LIST_PART_SIZE rows, each with its rows' known figures, then its end. */
async function sendList(id: number) {
  const { listing, readiness } = await service.list();
  const { summaries, damaged } = listing;
  for (let start = 0; start < summaries.length; start += LIST_PART_SIZE) {
    const part = summaries.slice(start, start + LIST_PART_SIZE);
    const figures: ReadinessByRevision = {};
    for (const summary of part) {
      const key = readinessKey(summary.id, summary.revision);
      if (readiness[key]) figures[key] = readiness[key];
    }
    scope.postMessage({ id, type: 'list-part', summaries: part, readiness: figures });
  }
  scope.postMessage({ id, type: 'list', damaged });
}

scope.onmessage = ({ data }) => {
  const answer =
    data.type === 'list'
      ? sendList(data.id)
      : service
          .importFile(data.file, data.fileName)
          .then((outcome) => scope.postMessage({ id: data.id, type: 'import', outcome }));
  answer.catch((error: unknown) =>
    scope.postMessage({
      id: data.id,
      type: 'failed',
      error: {
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      },
    }),
  );
};
