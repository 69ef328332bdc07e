#!/usr/bin/env node
/**
 * The end-to-end suite runs against a production build: build one if there is none yet, and make
 * sure it has its front door and that public/sw.js belongs to that build (another build, e.g. a benchmark's, may have replaced it).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.log('No production build found: running `npm run build` first…');
  execSync('npm run build', { stdio: 'inherit' });
}
const buildId = readFileSync(`${distDir}/BUILD_ID`, 'utf8').trim();
const worker = existsSync('public/sw.js') ? readFileSync('public/sw.js', 'utf8') : '';
if (!existsSync(`${distDir}/front-door/front-door.mjs`)) {
  console.log('The build has no front door (server/main.mjs needs it): building it…');
  execSync('node scripts/build-front-door.mjs', { stdio: 'inherit' });
}
if (!worker.includes(JSON.stringify(buildId))) {
  console.log('public/sw.js is not for this build: regenerating it…');
  execSync('node scripts/generate-sw.mjs', { stdio: 'inherit' });
}
