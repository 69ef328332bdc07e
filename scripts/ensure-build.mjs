#!/usr/bin/env node
/** The end-to-end suite runs against a production build: build one if there is none yet. */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.log('No production build found: running `npm run build` first…');
  execSync('npm run build', { stdio: 'inherit' });
}
