import { NextResponse, type NextRequest } from 'next/server';
import {
  buildPagePolicy,
  encodeNonce,
  SERVICE_WORKER_POLICY,
} from '@/lib/security/content-security-policy';
import { staticSecurityHeaders } from '@/lib/security/security-headers';

const isDevelopment = process.env.NODE_ENV === 'development';

function withSecurityHeaders<R extends Response>(response: R, policy: string): R {
  for (const [name, value] of Object.entries(staticSecurityHeaders()))
    response.headers.set(name, value);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Security headers on every page and file. Anything here may be shown as a document (a page, a
 * 404, an SVG icon) and gets a fresh CSP nonce per request; Next.js reads it from the request's CSP
 * header and puts it on its own scripts (pages are therefore rendered per request: the root layout
 * awaits `connection()`). API answers get theirs from the front door (server/http/front-door.ts),
 * which reads their bodies before Next does: a proxy matching /api/ would make Next buffer the
 * whole body (up to 10 MiB) first.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/sw.js') return withSecurityHeaders(NextResponse.next(), SERVICE_WORKER_POLICY);

  const nonce = encodeNonce(crypto.getRandomValues(new Uint8Array(16)));
  const policy = buildPagePolicy({ nonce, isDevelopment });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

export const config = {
  // Hashed build assets are immutable, same-origin JavaScript and CSS: no headers to add.
  // API routes are the front door's (see above).
  matcher: ['/((?!_next/static|_next/image|api/).*)'],
};
