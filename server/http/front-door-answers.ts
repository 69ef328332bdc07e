import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { NON_DOCUMENT_POLICY } from '@/lib/security/content-security-policy';
import { staticSecurityHeaders } from '@/lib/security/security-headers';

/** The headers of every API answer and every answer the front door gives itself. */
export function apiSecurityHeaders(): Record<string, string> {
  return { ...staticSecurityHeaders(), 'Content-Security-Policy': NON_DOCUMENT_POLICY };
}

/**
 * Answers with the API's JSON error body (`{ error, issues }`, docs/DESIGN.md) and the security
 * headers. `close` ends the connection after the answer: the rest of the body is not read.
 */
export function answerError(
  res: ServerResponse,
  status: number,
  error: string,
  { headers = {}, close = false }: { headers?: Record<string, string>; close?: boolean } = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error, issues: [] });
  res.writeHead(status, {
    ...apiSecurityHeaders(),
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
    ...headers,
  });
  if (close && res.socket) lingerBeforeClosing(res.socket as Socket);
  res.end(body);
}

/** How long a refused upload is still read (and thrown away) after its answer went out. */
export const LINGER_MS = 2000;

/**
 * Closing a socket that still has unread upload bytes makes the kernel send a reset, and the
 * client's kernel may then drop the answer before the client reads it. So after the answer, only
 * our side is closed; what the client still sends is read and discarded until it stops or
 * `LINGER_MS` pass (what nginx calls a lingering close). Memory stays flat: nothing is kept.
 */
function lingerBeforeClosing(socket: Socket): void {
  socket.destroySoon = function destroySoonAfterLingering(this: Socket) {
    this.end();
    this.resume();
    setTimeout(() => this.destroy(), LINGER_MS).unref();
  };
}

/** OPTIONS: 204 with the methods that work. */
export function answerOptions(res: ServerResponse, allow: string, isApi: boolean): void {
  res.writeHead(204, {
    ...(isApi ? apiSecurityHeaders() : staticSecurityHeaders()),
    Allow: allow,
    'Cache-Control': 'no-store',
  });
  res.end();
}
