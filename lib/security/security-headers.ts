/**
 * Response headers every answer of the app carries, pages and API alike. The CSP is added
 * separately because pages need a fresh nonce per request.
 */

/**
 * Powerful features the app never uses, switched off for the page and anything it embeds.
 * Rehearsal is timed without recording, so the microphone stays off; `speechSynthesis` needs no
 * permission. Fullscreen stays allowed for the app itself (presenting a card or the slide).
 */
export const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Builds a Permissions-Policy value: every listed feature gets an empty allow list, `feature=()`. */
export function buildPermissionsPolicy(disabled: readonly string[] = DISABLED_FEATURES): string {
  return [...disabled.map((feature) => `${feature}=()`), 'fullscreen=(self)'].join(', ');
}

/** The headers that do not depend on the request, as name → value. */
export function staticSecurityHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': buildPermissionsPolicy(),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Legacy twin of `frame-ancestors 'none'` for browsers that predate CSP level 2.
    'X-Frame-Options': 'DENY',
  };
}
