import { existsSync } from 'node:fs';

/**
 * Flags for headless Chromium here: without the networking ones, Chromium calls home at start-up
 * and its connections are refused by this closed network. Shared by Playwright and the bench.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) if present; otherwise Playwright's own. */
export function systemChromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}
