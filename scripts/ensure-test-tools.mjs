#!/usr/bin/env node
/**
 * Makes sure the tools the test suite drives are on this machine before it runs:
 * a Chromium for Playwright, LibreOffice (soffice) and poppler (pdftotext) for the export tests,
 * redis-server for the shared rate limit's tests, and a production build for the end-to-end suite. Installs what it can; otherwise says how.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

const missingDebian = [];
if (!has('soffice')) missingDebian.push('libreoffice-impress', 'fonts-crosextra-carlito');
if (!has('pdftotext') || !has('pdftoppm')) missingDebian.push('poppler-utils');
if (!has(process.env.REDIS_SERVER ?? 'redis-server')) missingDebian.push('redis-server');
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const wantSystemChromium = !existsSync(systemChromium) && has('apt-get') && isRoot;
if (wantSystemChromium) missingDebian.push('chromium');

if (missingDebian.length) {
  if (has('apt-get') && isRoot) {
    console.log(`Installing ${missingDebian.join(' ')} with apt-get…`);
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missingDebian.join(' ')}`);
  } else {
    console.error(
      `The tests need ${missingDebian.join(', ')}. Install them (e.g. sudo apt-get install ${missingDebian.join(' ')}, or LibreOffice, poppler and Redis from your package manager) and run the tests again.`,
    );
    process.exit(1);
  }
}

if (!existsSync(systemChromium)) {
  console.log('No system Chromium: installing Playwright’s own Chromium…');
  run('npx playwright install chromium');
}
