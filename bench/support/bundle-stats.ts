/**
 * First-load JavaScript per route, from Next 16's `diagnostics/route-bundle-stats.json`, with
 * each chunk gzipped here (the figure that goes over the wire), and where the heavy libraries
 * ended up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface RouteBundleStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

export interface RouteFirstLoad {
  route: string;
  chunks: string[];
  rawBytes: number;
  gzipBytes: number;
}

const gzipCache = new Map<string, number>();
/** Gzipped size of a file in bytes (default level, as a server would send it). */
export function gzipSize(path: string): number {
  let size = gzipCache.get(path);
  if (size === undefined) {
    size = gzipSync(readFileSync(path)).length;
    gzipCache.set(path, size);
  }
  return size;
}

/** Reads the build's route stats and sums the gzipped first-load chunks of each route. */
export function firstLoadByRoute(distDir: string): RouteFirstLoad[] {
  const stats = JSON.parse(
    readFileSync(join(distDir, 'diagnostics', 'route-bundle-stats.json'), 'utf8'),
  ) as RouteBundleStats[];
  return stats.map((entry) => ({
    route: entry.route,
    chunks: entry.firstLoadChunkPaths,
    rawBytes: entry.firstLoadUncompressedJsBytes,
    gzipBytes: entry.firstLoadChunkPaths
      .filter((p) => p.endsWith('.js'))
      .reduce((sum, p) => sum + gzipSize(p), 0),
  }));
}

/** Strings that survive minification and belong to one library each. */
export const HEAVY_LIBRARY_SIGNATURES: Record<string, string> = {
  pptxgenjs: 'ppt/presentation.xml',
  'pdf-lib': 'PDFDocument.embedPages()',
  '@pdf-lib/fontkit': 'Unknown font format',
  compromise: 'compromise: Invalid tag',
  syllable: 'eous$',
};

/** For each heavy library, the client chunks that contain it (paths as in the stats file). */
export function chunksContaining(distDir: string): Record<string, string[]> {
  const dir = join(distDir, 'static', 'chunks');
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  return Object.fromEntries(
    Object.entries(HEAVY_LIBRARY_SIGNATURES).map(([library, signature]) => [
      library,
      files.filter((f) => f.text.includes(signature)).map((f) => f.path),
    ]),
  );
}

/** The build scripts a page's HTML makes a modern browser load (`noModule` polyfills excluded). */
export function scriptsInHtml(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bnoModule\b/i.test(tag))
    .map((tag) => /\bsrc="(\/_next\/static\/[^"]+)"/.exec(tag)?.[1])
    .filter((src): src is string => src !== undefined);
}
