import type { ServerResponse } from 'node:http';
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
  res.end(body);
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
