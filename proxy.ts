import { NextResponse, type NextRequest } from 'next/server';
import { apiError } from '@/server/http/api-error';
import {
  clientKeyFromHeaders,
  createRateLimiter,
  parseRateLimitPerMinute,
} from '@/server/http/rate-limit';
import {
  buildPagePolicy,
  encodeNonce,
  NON_DOCUMENT_POLICY,
  SERVICE_WORKER_POLICY,
} from '@/lib/security/content-security-policy';
import { staticSecurityHeaders } from '@/lib/security/security-headers';

const isDevelopment = process.env.NODE_ENV === 'development';
// One limiter per server process (proxy.ts runs in the Node.js runtime, so module state persists).
const apiRateLimiter = createRateLimiter({
  limitPerMinute: parseRateLimitPerMinute(process.env.RATE_LIMIT_PER_MINUTE),
});

function withSecurityHeaders<R extends Response>(response: R, policy: string): R {
  for (const [name, value] of Object.entries(staticSecurityHeaders()))
    response.headers.set(name, value);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/**
 * Security headers on every answer. API answers are data and may load nothing; everything else may
 * be shown as a document (a page, a 404, an SVG icon) and gets a fresh CSP nonce per request; Next.js reads it
 * from the request's CSP header and puts it on its own scripts (pages are therefore rendered per
 * request: the root layout awaits `connection()`).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/')) {
    const decision = apiRateLimiter.take(clientKeyFromHeaders(request.headers), Date.now());
    const response = decision.allowed
      ? NextResponse.next()
      : apiError(429, `Too many requests: try again in ${decision.retryAfterSeconds} s.`, [], {
          'Retry-After': String(decision.retryAfterSeconds),
        });
    return withSecurityHeaders(response, NON_DOCUMENT_POLICY);
  }
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
  matcher: ['/((?!_next/static|_next/image).*)'],
};
