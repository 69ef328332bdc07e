/**
 * The one path of every file export over HTTP (slide and card): read and validate the body, check
 * the export's blockers on the server thread (cheap rules only), render on the export threads,
 * answer with the file and its headers. A failure is JSON, never an HTML 500.
 */
import type { ExportFileName } from '@/lib/pitch/file-name';
import type { PitchIssue } from '@/lib/pitch/issues';
import type { PitchFile } from '@/lib/pitch/schema';
import { apiError } from '@/server/http/api-error';
import { attachmentDisposition } from '@/server/http/content-disposition';
import { readPitchRequest } from '@/server/http/read-pitch-request';
import type { ExportRequest } from './export-job';
import { sharedExportThreads, type ExportBuild, type ExportThreadPool } from './export-thread-pool';

/** Options read from the query string, or the issues that refuse them (400). */
export type ReadOptions<Options> =
  { ok: true; options: Options } | { ok: false; error: string; issues: PitchIssue[] };

/** What differs between two exports; everything else is the pipeline's. */
export interface ExportKind<Options> {
  /** `Server-Timing` metric name and log label: `pptx`, `card`. */
  name: string;
  readOptions(url: URL): ReadOptions<Options>;
  /** Fields to fix before the export can be made (422); empty when it can. */
  blockers(pitch: PitchFile): PitchIssue[];
  blockedMessage(blockers: PitchIssue[]): string;
  request(pitch: PitchFile, options: Options): ExportRequest;
  fileName(pitch: PitchFile): ExportFileName;
  contentType: string;
  /** Headers about this file beyond the common ones. */
  headers?(build: ExportBuild): Record<string, string>;
  /** The 422 message when rendering fails on a pitch that passed the checks. */
  failedMessage: string;
}

/** Answers one export request (docs/DESIGN.md: HTTP API). */
export async function runExport<Options>(
  request: Request,
  kind: ExportKind<Options>,
  threads: ExportThreadPool = sharedExportThreads(),
): Promise<Response> {
  const options = kind.readOptions(new URL(request.url));
  if (!options.ok) return apiError(400, options.error, options.issues);
  const read = await readPitchRequest(request);
  if (!read.ok) return read.response;
  const blockers = kind.blockers(read.pitch);
  if (blockers.length > 0) return apiError(422, kind.blockedMessage(blockers), blockers);
  return renderAndAnswer(kind.request(read.pitch, options.options), threads, {
    name: kind.name,
    contentType: kind.contentType,
    fileName: kind.fileName(read.pitch),
    failedMessage: kind.failedMessage,
    headers: kind.headers,
  });
}

/** How a rendered file is answered: its metric name, type, file name and extra headers. */
export interface FileAnswer {
  name: string;
  contentType: string;
  fileName: ExportFileName;
  failedMessage: string;
  headers?(build: ExportBuild): Record<string, string>;
}

/**
 * Has an export thread render a checked request and answers with the file and its headers, or
 * a JSON 422 when the render fails (the detail goes to the server log). Every file export ends here.
 */
export async function renderAndAnswer(
  job: ExportRequest,
  threads: ExportThreadPool,
  answer: FileAnswer,
): Promise<Response> {
  const started = performance.now();
  let build: ExportBuild;
  try {
    build = await threads.render(job);
  } catch (error) {
    // The body passed the schema and the checks, so a failure here comes from this content
    // (or a render that never finished): 422 with JSON, the detail in the server log.
    console.error(`${answer.name} export failed`, error);
    return apiError(422, answer.failedMessage);
  }
  const took = (performance.now() - started).toFixed(1);
  return new Response(build.bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'Content-Type': answer.contentType,
      'Content-Disposition': attachmentDisposition(answer.fileName),
      'Content-Length': String(build.bytes.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // Where and how long the file took to render, for whoever runs the server.
      'Server-Timing': `${answer.name};dur=${took};desc="${build.onThread ? 'export thread' : 'in-process'}"`,
      ...answer.headers?.(build),
    },
  });
}

/** A route's POST handler for one kind of export. */
export function exportRoute<Options>(kind: ExportKind<Options>) {
  return (request: Request) => runExport(request, kind);
}
