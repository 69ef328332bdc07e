import { PITCH_LIMITS } from '@/lib/pitch/limits';
import { parsePitchValue } from '@/lib/pitch/parse-pitch-file';
import type { PitchFile } from '@/lib/pitch/schema';
import { apiError } from './api-error';
import { readJsonBody } from './read-json-body';

export type PitchRequest = { ok: true; pitch: PitchFile } | { ok: false; response: Response };

const limit = PITCH_LIMITS.requestBodyBytes;

/**
 * Parses an API request whose body is a pitch file (version 1, upgraded, or 2): 415 when not JSON, 413 over 64 KiB
 * (enforced while reading the stream), 400 for malformed JSON, 422 for schema violations.
 */
export async function readPitchRequest(request: Request): Promise<PitchRequest> {
  const body = await readJsonBody(
    request,
    limit,
    'the pitch file',
    `The request body is larger than ${limit / 1024} KiB, the most a pitch file can be.`,
  );
  if (!body.ok) return body;
  const parsed = parsePitchValue(body.value);
  if (!parsed.ok) return { ok: false, response: apiError(422, parsed.error, parsed.issues) };
  return { ok: true, pitch: parsed.pitch };
}
