import { IncomingMessage } from 'node:http';

export type LimitedBody =
  { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'stalled' | 'aborted' };

/**
 * Reads a request body into memory, but never more than `limitBytes`: it stops at the first chunk
 * that passes the limit. A body that stops arriving for `idleMs` (it declared more than it sends)
 * is given up on. The caller answers and closes the connection in both cases.
 */
export function readLimitedBody(
  req: IncomingMessage,
  limitBytes: number,
  idleMs: number,
): Promise<LimitedBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: LimitedBody) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('aborted', onAborted).off('error', onAborted);
      // What still comes of a refused body is read and thrown away (front-door-answers.ts).
      if (!result.ok) req.resume();
      resolve(result);
    };
    const armTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ ok: false, reason: 'stalled' }), idleMs);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limitBytes) return finish({ ok: false, reason: 'too-large' });
      chunks.push(chunk);
      armTimer();
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, total) });
    const onAborted = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData).on('end', onEnd).on('aborted', onAborted).on('error', onAborted);
    armTimer();
  });
}

/**
 * A copy of `req` whose body is `body`, already complete, for the app's handler to read as it
 * would read the original: same method, URL, headers and socket.
 */
export function replayRequest(req: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(req.socket);
  replay.method = req.method;
  replay.url = req.url;
  replay.headers = req.headers;
  replay.rawHeaders = req.rawHeaders;
  replay.httpVersion = req.httpVersion;
  replay.httpVersionMajor = req.httpVersionMajor;
  replay.httpVersionMinor = req.httpVersionMinor;
  replay.trailers = req.trailers;
  replay.rawTrailers = req.rawTrailers;
  replay.complete = true;
  if (body.byteLength > 0) replay.push(body);
  replay.push(null);
  return replay;
}
