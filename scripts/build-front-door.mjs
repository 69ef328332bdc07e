#!/usr/bin/env node
/**
 * Compiles the front door (server/http/front-door-from-environment.ts and what it imports) into one
 * ES module in the build folder, `<distDir>/front-door/front-door.mjs`, which server/main.mjs loads:
 * `npm start` then runs plain JavaScript, with no TypeScript loader. Runs after `next build`.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
await build({
  entryPoints: ['server/http/front-door-from-environment.ts'],
  outfile: join(distDir, 'front-door', 'front-door.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay in node_modules; the app's own code (and its @/ paths, from tsconfig) is bundled.
  packages: 'external',
  logLevel: 'warning',
});
console.log(`Front door built into ${distDir}/front-door/front-door.mjs`);
