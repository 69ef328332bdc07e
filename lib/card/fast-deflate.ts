import { zlibSync } from 'fflate';
import pako from 'pako';

/** zlib streams (RFC 1950) at pako's default level, written by fflate in about half the time. */
const fastDeflate = (data: Uint8Array): Uint8Array => zlibSync(data, { level: 6 });

/**
 * pdf-lib compresses every content stream and font subset with `pako.deflate`, which was close to
 * half of a card's time; pdf-lib has no option to choose another compressor, so its `pako` is
 * pointed at fflate (same zlib format, same level, a few bytes' difference in size). pdf-lib
 * reads `pako.deflate` at each call, so this takes effect from the next stream on. pdf-lib's
 * own `pako` must be this module: it is one package in the browser bundle, and external (one
 * `require`) on the server (next.config.ts `serverExternalPackages`).
 */
export function compressWithFflate(): void {
  if (pako.deflate !== fastDeflate) pako.deflate = fastDeflate;
}

/** Whether pdf-lib's streams are now compressed by fflate. */
export const compressesWithFflate = (): boolean => pako.deflate === fastDeflate;
