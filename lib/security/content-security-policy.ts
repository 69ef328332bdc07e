/**
 * The Content-Security-Policy the app sends. Everything the app needs lives on its own origin, so
 * every fetch directive is `'self'` (plus `blob:`/`data:` where exports and previews need them) and
 * nothing else: a page can neither load nor send anything to a third party.
 */

export interface PagePolicyOptions {
  /** The per-request nonce (base64) that Next.js copies onto its own `<script>` tags. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks with `eval`, production never does. */
  isDevelopment: boolean;
}

type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>;

/** Serialises directives as `name source source; name source`, the header's wire format. */
export function serializePolicy(directives: Directives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy for HTML pages. Scripts run only when they carry the nonce or are loaded by a script
 * that does (`'strict-dynamic'`), so injected markup can never execute; `'self'` is ignored by
 * browsers that understand `'strict-dynamic'` and kept for those that do not.
 * Styles allow `'unsafe-inline'`: React renders `style` attributes (the slide preview sizes its
 * text with them) and a nonce cannot cover attributes. Styles cannot run code or reach the network
 * beyond `'self'`, so the remaining risk is cosmetic.
 */
export function buildPagePolicy({ nonce, isDevelopment }: PagePolicyOptions): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error('A CSP nonce must be base64.');
  const scriptSources = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`];
  if (isDevelopment) scriptSources.push(`'unsafe-eval'`);
  return serializePolicy([
    ['default-src', [`'self'`]],
    ['script-src', scriptSources],
    ['style-src', [`'self'`, `'unsafe-inline'`]],
    ['img-src', [`'self'`, 'blob:', 'data:']],
    ['font-src', [`'self'`]],
    // Dev mode's hot reload talks over a same-origin WebSocket, which `'self'` does not cover everywhere.
    ['connect-src', isDevelopment ? [`'self'`, 'ws:', 'wss:'] : [`'self'`]],
    ['worker-src', [`'self'`]],
    ['manifest-src', [`'self'`]],
    ['object-src', [`'none'`]],
    ['base-uri', [`'self'`]],
    ['form-action', [`'self'`]],
    ['frame-ancestors', [`'none'`]],
  ]);
}

/**
 * The policy for everything that is not a page (API answers, the service worker script, files):
 * they are data, never a document, so nothing may load from them and nobody may frame them.
 */
export const NON_DOCUMENT_POLICY = serializePolicy([
  ['default-src', [`'none'`]],
  ['base-uri', [`'none'`]],
  ['form-action', [`'none'`]],
  ['frame-ancestors', [`'none'`]],
]);

/**
 * The policy for the service worker script: a worker runs under the CSP of its own response, and
 * it must fetch same-origin pages and assets to cache them, but nothing else.
 */
export const SERVICE_WORKER_POLICY = serializePolicy([
  ['default-src', [`'self'`]],
  ['script-src', [`'self'`]],
  ['object-src', [`'none'`]],
  ['base-uri', [`'none'`]],
  ['form-action', [`'none'`]],
  ['frame-ancestors', [`'none'`]],
]);

/** Encodes random bytes (at least 16, i.e. 128 bits) as a base64 nonce. */
export function encodeNonce(randomBytes: Uint8Array): string {
  if (randomBytes.length < 16)
    throw new Error('A CSP nonce needs at least 128 bits of randomness.');
  let binary = '';
  for (const byte of randomBytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
