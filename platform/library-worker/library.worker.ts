/**
 * The library's worker: reads and validates every pitch, imports backups and scores readiness off
 * the main thread, so a library of thousands of pitches never blocks a click. Messages:
 * `LibraryWorkerRequest` in, `LibraryWorkerResponse` out (platform/library-worker/messages.ts).
 */
import { openLibraryDatabase } from '../indexeddb/open-library-database';
import { createLibraryService } from './library-service';
import type { LibraryWorkerRequest, LibraryWorkerResponse } from './messages';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<LibraryWorkerRequest>) => void) | null;
  postMessage(message: LibraryWorkerResponse): void;
};

const service = createLibraryService(openLibraryDatabase(), (readiness) =>
  scope.postMessage({ type: 'readiness', readiness }),
);

scope.onmessage = ({ data }) => {
  const answer =
    data.type === 'list'
      ? service.list().then(({ listing, readiness }) => ({ id: data.id, type: 'list' as const, listing, readiness }))
      : service.importFile(data.file, data.fileName).then((outcome) => ({ id: data.id, type: 'import' as const, outcome }));
  answer.then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
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
