import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  API_ENDPOINTS,
  bodyLimitFor,
  findApiEndpoint,
  formatBytes,
  type ApiEndpoint,
} from './api-endpoints';
import { clientAddress, rateLimitKey } from './client-address';
import { answerError, answerOptions, apiSecurityHeaders } from './front-door-answers';
import { readLimitedBody, replayRequest } from './read-limited-body';
import type { RequestLimiter } from './request-limiter';

/**
 * The front door: what the server does with a request before Next.js sees it (server/main.mjs).
 * In order: who sent it (the socket, or the Nth `X-Forwarded-For` hop from the right with
 * `TRUSTED_PROXIES=N`, as `x-client-address`); the method (405 JSON with `Allow`, OPTIONS 204); an
 * unknown API path (404); the API rate limit (429); the body, read up to the endpoint's limit
 * (413 as soon as it is declared or streamed past the limit, 408 when it stops arriving). Only
 * then does the app's handler run, with a body already complete and bounded.
 */

export type AppHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface FrontDoorOptions {
  app: AppHandler;
  limiter: RequestLimiter;
  trustedProxies: number;
  /** How long a body may stop arriving before it is given up on (408). */
  bodyIdleMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface FrontDoor {
  /** The `request` listener. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The `checkContinue` listener: `Expect: 100-continue` is answered 100 only if the request may go on. */
  handleExpectContinue(req: IncomingMessage, res: ServerResponse): void;
  /** The `connect` listener: CONNECT is refused like any other method the app does not answer. */
  handleConnect(req: IncomingMessage, socket: Duplex): void;
}

export const CLIENT_ADDRESS_HEADER = 'x-client-address';
const PAGE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const ENDPOINT_LIST = API_ENDPOINTS.filter((e) => e.live)
  .map((e) => `${e.methods.join('/')} ${e.path}`)
  .join(', ');

const allowOf = (methods: readonly string[]) =>
  [...new Set([...methods, 'OPTIONS'])].sort().join(', ');

export function createFrontDoor({
  app,
  limiter,
  trustedProxies,
  bodyIdleMs = 10_000,
  log = console.error,
}: FrontDoorOptions): FrontDoor {
  async function enter(req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      trustedProxies,
    );
    const method = req.method ?? 'GET';
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://front-door.invalid').pathname;
    } catch {
      return answerError(res, 400, 'The request URL cannot be read.', { close: true });
    }
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    if (!isApi) return enterPage(req, res, method, expectsContinue);

    const endpoint = findApiEndpoint(pathname);
    if (!endpoint)
      return answerError(
        res,
        404,
        `There is no API endpoint at ${pathname}. The endpoints are: ${ENDPOINT_LIST}.`,
        {
          close: hasBody(req),
        },
      );
    const allow = allowOf(endpoint.methods);
    if (method === 'OPTIONS') return answerOptions(res, allow, true);
    if (!endpoint.methods.includes(method))
      return answerError(
        res,
        405,
        `${method} is not allowed on ${endpoint.path}. ${endpoint.usage}`,
        {
          headers: { Allow: allow },
          close: hasBody(req),
        },
      );

    const decision = await limiter.take(rateLimitKey(req.headers[CLIENT_ADDRESS_HEADER]));
    if (!decision.allowed)
      return answerError(
        res,
        429,
        `Too many requests: try again in ${decision.retryAfterSeconds} s.`,
        {
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
          close: hasBody(req),
        },
      );

    return enterApi(req, res, endpoint, expectsContinue);
  }

  async function enterApi(
    req: IncomingMessage,
    res: ServerResponse,
    endpoint: ApiEndpoint,
    expectsContinue: boolean,
  ) {
    const limit = bodyLimitFor(endpoint, req.headers['content-type']);
    const tooLarge = () =>
      answerError(
        res,
        413,
        `The request body is larger than ${formatBytes(limit.bytes)}, the most ${limit.what} can be.`,
        {
          close: true,
        },
      );
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit.bytes) return tooLarge();
    if (expectsContinue) res.writeContinue();

    const read = await readLimitedBody(req, limit.bytes, bodyIdleMs);
    if (!read.ok) {
      if (read.reason === 'too-large') return tooLarge();
      if (read.reason === 'stalled')
        return answerError(
          res,
          408,
          `The request body stopped arriving: nothing came for ${bodyIdleMs / 1000} s.`,
          {
            close: true,
          },
        );
      return res.destroy();
    }
    for (const [name, value] of Object.entries(apiSecurityHeaders())) res.setHeader(name, value);
    return app(replayRequest(req, read.body), res);
  }

  function enterPage(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    expectsContinue: boolean,
  ) {
    const allow = allowOf(PAGE_METHODS);
    if (method === 'OPTIONS') return answerOptions(res, allow, false);
    if (!PAGE_METHODS.includes(method))
      return answerError(res, 405, `${method} is not allowed here: pages answer ${allow}.`, {
        headers: { Allow: allow },
        close: hasBody(req),
      });
    // Pages and their files are fetched, never sent a body.
    if (hasBody(req))
      return answerError(res, 413, `A ${method} request to a page carries no body.`, {
        close: true,
      });
    if (expectsContinue) res.writeContinue();
    return app(req, res);
  }

  function guarded(req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) {
    enter(req, res, expectsContinue).catch((error: unknown) => {
      log('The front door failed on a request', error);
      answerError(res, 503, 'The server could not take this request; try again.', { close: true });
    });
  }

  return {
    handle: (req, res) => guarded(req, res, false),
    handleExpectContinue: (req, res) => guarded(req, res, true),
    handleConnect: (_req, socket) => refuseConnect(socket),
  };
}

/** Whether the request says a body follows (a length above 0, or chunks). */
function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (
    (length !== undefined && Number(length) > 0) || req.headers['transfer-encoding'] !== undefined
  );
}

/** CONNECT takes the socket out of Node's HTTP handling, so its 405 is written by hand. */
function refuseConnect(socket: Duplex): void {
  const body = JSON.stringify({
    error: 'CONNECT is not allowed: this server is not a proxy.',
    issues: [],
  });
  const headers = {
    ...apiSecurityHeaders(),
    Allow: allowOf(PAGE_METHODS),
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.on('error', () => undefined);
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${head.join('\r\n')}\r\n\r\n${body}`);
}
