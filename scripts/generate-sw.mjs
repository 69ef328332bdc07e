#!/usr/bin/env node
/**
 * Writes public/sw.js after `next build` (npm runs it as `postbuild`): the service worker template
 * with this build's id and the list of files to precache, so the app works offline after one
 * visit, exports included (their lazily loaded chunks are in the list). Reads NEXT_DIST_DIR like
 * next.config.ts does.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.cwd();
const distDir = join(root, process.env.NEXT_DIST_DIR ?? '.next');
const buildIdFile = join(distDir, 'BUILD_ID');
if (!existsSync(buildIdFile)) {
  console.error(`generate-sw: no build in ${relative(root, distDir)} (run next build first).`);
  process.exit(1);
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

const buildId = readFileSync(buildIdFile, 'utf8').trim();
const urls = [
  ...listFiles(join(distDir, 'static'))
    .filter((file) => !file.endsWith('.map'))
    .map((file) => `/_next/static/${file}`),
  ...['fonts', 'icons'].flatMap((folder) =>
    listFiles(join(root, 'public', folder)).map((file) => `/${folder}/${file}`),
  ),
];

const template = readFileSync(join(root, 'scripts', 'service-worker.template.js'), 'utf8');
const source = template
  .replace("'__SW_BUILD_ID__'", JSON.stringify(buildId))
  .replace("'__SW_PRECACHE_URLS__'", JSON.stringify(urls));
writeFileSync(join(root, 'public', 'sw.js'), source);
console.log(`generate-sw: public/sw.js for build ${buildId}, ${urls.length} files to precache.`);
