import { describe, expect, test } from 'vitest';
import {
  buildPagePolicy,
  encodeNonce,
  NON_DOCUMENT_POLICY,
  SERVICE_WORKER_POLICY,
} from './content-security-policy';

/** Parses a policy back into name → sources, the way a browser reads it. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

const nonce = encodeNonce(new Uint8Array(16).fill(7));

describe('page policy', () => {
  const production = parse(buildPagePolicy({ nonce, isDevelopment: false }));

  test('scripts run only with the request nonce, never inline or from eval', () => {
    const scripts = production.get('script-src')!;
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain(`'strict-dynamic'`);
    expect(scripts).not.toContain(`'unsafe-inline'`);
    expect(scripts).not.toContain(`'unsafe-eval'`);
  });

  test.each([
    ['default-src', [`'self'`]],
    ['connect-src', [`'self'`]],
    ['img-src', [`'self'`, 'blob:', 'data:']],
    ['font-src', [`'self'`]],
    ['style-src', [`'self'`, `'unsafe-inline'`]],
    ['worker-src', [`'self'`]],
    ['manifest-src', [`'self'`]],
    ['object-src', [`'none'`]],
    ['base-uri', [`'self'`]],
    ['form-action', [`'self'`]],
    ['frame-ancestors', [`'none'`]],
  ])('%s allows only %j, so nothing is fetched from or sent to another origin', (name, sources) => {
    expect(production.get(name)).toEqual(sources);
  });

  test('no directive names a host or scheme that would reach another origin', () => {
    const sources = [...production.values()].flat();
    expect(sources.filter((s) => !s.startsWith("'") && s !== 'blob:' && s !== 'data:')).toEqual([]);
  });

  test('development adds only eval (React stack traces) and the hot-reload socket', () => {
    const dev = parse(buildPagePolicy({ nonce, isDevelopment: true }));
    expect(dev.get('script-src')).toContain(`'unsafe-eval'`);
    expect(dev.get('connect-src')).toEqual([`'self'`, 'ws:', 'wss:']);
  });

  test('a nonce that could break out of the header is refused', () => {
    expect(() => buildPagePolicy({ nonce: `abc'; script-src *`, isDevelopment: false })).toThrow(
      /base64/,
    );
  });
});

describe('nonces', () => {
  test('128 random bits become a 24-character base64 token, different bytes a different token', () => {
    const a = encodeNonce(new Uint8Array(16).fill(1));
    const b = encodeNonce(new Uint8Array(16).fill(2));
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a).not.toBe(b);
  });

  test('fewer than 128 bits is refused', () => {
    expect(() => encodeNonce(new Uint8Array(8))).toThrow(/128 bits/);
  });
});

describe('policies for non-pages', () => {
  test('API answers and files may load nothing and cannot be framed', () => {
    const policy = parse(NON_DOCUMENT_POLICY);
    expect(policy.get('default-src')).toEqual([`'none'`]);
    expect(policy.get('frame-ancestors')).toEqual([`'none'`]);
  });

  test('the service worker may fetch its own origin only', () => {
    const policy = parse(SERVICE_WORKER_POLICY);
    expect(policy.get('default-src')).toEqual([`'self'`]);
    expect(policy.get('object-src')).toEqual([`'none'`]);
  });
});
