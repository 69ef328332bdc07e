import { apiError } from './api-error';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** Reads the body while counting bytes and stops as soon as it passes the limit (never buffers more). */
async function readBodyWithLimit(
  request: Request,
  limit: number,
): Promise<Uint8Array | 'too-large'> {
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
 * Reads an API request's JSON body of at most `limit` bytes (docs/DESIGN.md: HTTP API): 415 when
 * it is not JSON, 413 over the limit (a declared Content-Length at once, a streamed body as soon
 * as it passes), 400 when it is not UTF-8 JSON. `what` names the body in messages ("a pitch file").
 */
export async function readJsonBody(
  request: Request,
  limit: number,
  what: string,
  tooLarge: string,
): Promise<JsonBody> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return {
      ok: false,
      response: apiError(415, `Send ${what} as JSON with "Content-Type: application/json".`),
    };
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit)
    return { ok: false, response: apiError(413, tooLarge) };

  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await readBodyWithLimit(request, limit);
  } catch {
    return { ok: false, response: apiError(400, 'The request body could not be read.') };
  }
  if (bytes === 'too-large') return { ok: false, response: apiError(413, tooLarge) };

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof SyntaxError ? ` (${e.message})` : ' (the body is not UTF-8 text)';
    return { ok: false, response: apiError(400, `The request body is not valid JSON${detail}.`) };
  }
}
