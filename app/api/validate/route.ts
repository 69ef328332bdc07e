import { apiError } from '@/server/http/api-error';
import { readPitchRequest } from '@/server/http/read-pitch-request';
import { sharedExportThreads } from '@/server/export/export-thread-pool';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST a pitch file (format 1 or 2), get the advice:
 * `{ findings: [{ rule, field, severity, message }], readiness, slideReadiness, pitchReadiness }`
 * (docs/DESIGN.md: HTTP API). Each figure is 0–100: `readiness` is the overall one (the slide weighs 70%,
 * the spoken pitch 30%, at most 60 with any error), `slideReadiness` the slide's fields alone and
 * `pitchReadiness` the elevator pitch alone (0 when there is none). The advice engine (a few ms
 * of language rules) runs on the export threads, so the event loop only reads and answers. Only
 * POST is exported, so Next answers other methods with 405.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readPitchRequest(request);
  if (!read.ok) return read.response;
  try {
    const { bytes } = await sharedExportThreads().render({ kind: 'advice', pitch: read.pitch });
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    // The body passed the schema, so an engine failure is a bug tied to this pitch's text: answer
    // 422 with JSON rather than a 500, and keep the detail in the server log.
    console.error('Advice engine failed', error);
    return apiError(422, 'This pitch could not be checked. Change its text and try again.');
  }
}
