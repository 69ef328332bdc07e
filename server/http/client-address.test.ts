import { describe, expect, test } from 'vitest';
import { clientAddress, parseTrustedProxies, rateLimitKey } from './client-address';

describe('who sent the request', () => {
  test('without trusted proxies, X-Forwarded-For is ignored: the socket is the client', () => {
    expect(clientAddress('198.51.100.9', '203.0.113.7', 0)).toBe('198.51.100.9');
  });

  test.each([
    [1, '203.0.113.7, 192.0.2.1', '192.0.2.1'],
    [2, '203.0.113.7, 192.0.2.1, 10.0.0.2', '192.0.2.1'],
    [1, ['203.0.113.7', '192.0.2.1:5123'], '192.0.2.1'],
    [1, '[2001:db8::5]:443', '2001:db8::5'],
  ])(
    'TRUSTED_PROXIES=%d reads the Nth hop from the right of %j: %s',
    (proxies, header, expected) => {
      expect(clientAddress('10.0.0.1', header, proxies)).toBe(expected);
    },
  );

  test.each([
    ['fewer hops than proxies', '203.0.113.7', 2],
    ['no header', undefined, 1],
    ['a hop that is not an address', 'evil, not-an-ip', 1],
  ])('%s falls back to the socket', (_, header, proxies) => {
    expect(clientAddress('10.0.0.1', header, proxies)).toBe('10.0.0.1');
  });
});

describe('the rate limit key', () => {
  test('IPv6 addresses in one /64 share a key; another /64 does not', () => {
    expect(rateLimitKey('2001:db8:1:2::1')).toBe(rateLimitKey('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(rateLimitKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(rateLimitKey('2001:db8:1:2::1'));
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
  });

  test('IPv4, plain or IPv4-mapped, is its own key', () => {
    expect(rateLimitKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7');
  });
});

describe('TRUSTED_PROXIES', () => {
  test.each([
    [undefined, 0],
    ['', 0],
    ['1', 1],
    [' 2 ', 2],
  ])('%j is %d', (value, expected) => expect(parseTrustedProxies(value)).toBe(expected));

  test('anything else stops the server with a message that says what to write', () => {
    expect(() => parseTrustedProxies('yes')).toThrow(
      'TRUSTED_PROXIES must be the number of proxies in front of the app (0, 1, 2, ...), not "yes".',
    );
  });
});
