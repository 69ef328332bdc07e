import { describe, expect, test } from 'vitest';
import { buildPermissionsPolicy, staticSecurityHeaders } from './security-headers';

describe('static security headers', () => {
  const headers = staticSecurityHeaders();

  test.each([
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
  ])('%s is %s', (name, value) => {
    expect(headers[name]).toBe(value);
  });

  test.each(['camera', 'microphone', 'geolocation', 'payment', 'usb'])(
    'Permissions-Policy switches %s off for the page and anything it embeds',
    (feature) => {
      expect(headers['Permissions-Policy']!.split(', ')).toContain(`${feature}=()`);
    },
  );

  test('fullscreen stays available to the app itself', () => {
    expect(buildPermissionsPolicy([])).toBe('fullscreen=(self)');
  });
});
