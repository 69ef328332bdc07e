import { draftPitchResult, readDraftQuery } from '@/lib/drafter';
import { apiError } from '@/server/http/api-error';
import { readPitchRequest } from '@/server/http/read-pitch-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST a pitch file (format 1 or 2), get the elevator pitch the drafter writes for it, the same
 * code the Elevator pitch step runs: `?style=&target=30|45|60|90&lens=&wpm=` →
 * `{ text, seconds, words, style, lens }` (docs/DESIGN.md: More endpoints). Stateless.
 */
export async function POST(request: Request): Promise<Response> {
  const read = await readPitchRequest(request);
  if (!read.ok) return read.response;
  const query = readDraftQuery(new URL(request.url).searchParams, read.pitch);
  if (!query.ok) return apiError(400, 'Unknown draft option in the query string.', query.issues);
  try {
    const { text, seconds, words, style, lens } = draftPitchResult(read.pitch, query.options);
    if (!text) {
      return apiError(422, 'There is nothing to draft from yet: fill in the headline, situation, action, outcome or ask.');
    }
    return Response.json({ text, seconds, words, style, lens }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    // The body passed the schema, so a failure is a drafter bug tied to this pitch's text: answer
    // 422 with JSON rather than a 500, and keep the detail in the server log.
    console.error('Drafter failed', error);
    return apiError(422, 'This pitch could not be drafted. Change its text and try again.');
  }
}

const methodNotAllowed = () =>
  apiError(405, 'Use POST with a pitch file as JSON to draft an elevator pitch.', [], { Allow: 'POST' });

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
