import { PITCH_LIMITS } from '@/lib/pitch/limits';
import { parsePitchValue } from '@/lib/pitch/parse-pitch-file';
import type { PitchFile } from '@/lib/pitch/schema';
import { apiError } from './api-error';

export type PitchRequest = { ok: true; pitch: PitchFile } | { ok: false; response: Response };

const limit = PITCH_LIMITS.requestBodyBytes;
const tooLarge = () =>
  apiError(
    413,
    `The request body is larger than ${limit / 1024} KiB, the most a pitch file can be.`,
  );

function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** Reads the body while counting bytes and stops as soon as it passes the limit (never buffers more). */
async function readBodyWithLimit(request: Request): Promise<Uint8Array | 'too-large'> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Parses an API request whose body is a pitch file (version 1, upgraded, or 2): 415 when not JSON, 413 over 64 KiB
 * (enforced while reading the stream), 400 for malformed JSON, 422 for schema violations.
 */
export async function readPitchRequest(request: Request): Promise<PitchRequest> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return {
      ok: false,
      response: apiError(415, 'Send the pitch file as JSON with "Content-Type: application/json".'),
    };
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, response: tooLarge() };

  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await readBodyWithLimit(request);
  } catch {
    return { ok: false, response: apiError(400, 'The request body could not be read.') };
  }
  if (bytes === 'too-large') return { ok: false, response: tooLarge() };

  let value: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof SyntaxError ? ` (${e.message})` : ' (the body is not UTF-8 text)';
    return { ok: false, response: apiError(400, `The request body is not valid JSON${detail}.`) };
  }
  const parsed = parsePitchValue(value);
  if (!parsed.ok) return { ok: false, response: apiError(422, parsed.error, parsed.issues) };
  return { ok: true, pitch: parsed.pitch };
}
