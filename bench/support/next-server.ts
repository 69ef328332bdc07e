/**
 * Builds the app into the bench's own dist dir when the build is missing or older than the
 * sources, and starts/stops `next start` on it, so the bench never touches `.next`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'platform',
  'server',
  'public',
  'proxy.ts',
  'next.config.ts',
  'package-lock.json',
];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // public/sw.js is an output (written after every build), not a source.
  return readdirSync(path, { recursive: true })
    .map((file) => join(path, String(file)))
    .filter((file) => !file.endsWith('.test.ts') && file !== join('public', 'sw.js'))
    .reduce((newest, file) => Math.max(newest, statSync(file).mtimeMs), stat.mtimeMs);
}

/** Builds into `distDir` unless a build newer than every source file is already there. */
export function ensureBuild(distDir: string) {
  const buildId = join(distDir, 'BUILD_ID');
  const sourcesChanged = SOURCES.reduce((newest, path) => Math.max(newest, newestMtimeMs(path)), 0);
  if (
    existsSync(buildId) &&
    statSync(buildId).mtimeMs > sourcesChanged &&
    !process.env.BENCH_REBUILD
  ) {
    console.log(`Using the existing build in ${distDir} (BENCH_REBUILD=1 forces a new one).`);
    return;
  }
  console.log(`Building into ${distDir}…`);
  // next build adds the dist dir's type folders to tsconfig.json; the bench leaves the tree as it was.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const result = spawnSync('./node_modules/.bin/next', ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
  writeFileSync('tsconfig.json', tsconfig);
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status}).`);
  // What `npm run build` does after the build: the service worker for this build's files.
  spawnSync(process.execPath, ['scripts/generate-sw.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts `next start` on `port` with rate limiting off (and `env` added), and waits until it answers. */
export async function startServer(
  distDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    './node_modules/.bin/next',
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NEXT_DIST_DIR: distDir,
        RATE_LIMIT_PER_MINUTE: '0',
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ready = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { origin, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`next start did not answer on ${origin} within 60 s`);
}
