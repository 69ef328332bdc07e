/**
 * What the front door (server/http/front-door.ts) changes for the four attacks of issue 15, each
 * as a ratio beside its floor, measured against the production server on loopback:
 *   1. an 8 MiB upload at 2 MB/s: when its 413 comes, over the time the whole upload takes;
 *   2. `Content-Length: 70000` with 2 KB sent: how long until an answer, over a 5 s wait;
 *   3. 48 clients each streaming 9.5 MiB and holding: the server's memory growth, over 48 × 9.5 MiB,
 *      and how many got an answer;
 *   4. 20 requests rotating `X-Forwarded-For`, limit 3 a minute: how many were answered 200.
 * By default it builds into its own dist dir and runs `server/main.mjs`; to measure another server
 * (e.g. `next start` of an older build) set FRONT_DOOR_BENCH_ORIGIN and FRONT_DOOR_BENCH_PID, and
 * FRONT_DOOR_BENCH_LIMITED_ORIGIN for one started with RATE_LIMIT_PER_MINUTE=3.
 * Env: BENCH_DIST_DIR (default .next-bench-front-door), port 3219. Never fails on a miss.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { RawConnection, streamUntilAnswered } from '@/test-support/raw-http';
import { ensureBuild } from './support/next-server';

const KiB = 1024;
const MiB = 1024 * KiB;
const distDir = process.env.BENCH_DIST_DIR ?? '.next-bench-front-door';
const PORT = 3219;

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) * 1024;
}

async function startFrontDoorServer(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['server/main.mjs', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NEXT_DIST_DIR: distDir,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (data: Buffer) => data.toString().includes('ready on') && resolve());
    child.once('exit', (code) => reject(new Error(`server/main.mjs exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${PORT}`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

const portOf = (origin: string) => Number(new URL(origin).port);
const line = (name: string, value: string, ratio: number, floor: string) =>
  console.log(
    `${name.padEnd(58)} ${value.padEnd(34)} ratio ${ratio.toFixed(3).padStart(6)}  (floor ${floor})`,
  );

async function slowUpload(port: number) {
  const connection = new RawConnection(port);
  const started = performance.now();
  await connection.writeHead('POST', '/api/validate', {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
  });
  // 16 KiB every 8 ms ≈ 2 MB/s.
  const answer = await streamUntilAnswered(connection, 8 * MiB, 16 * KiB, 8).catch(() => undefined);
  const ms = performance.now() - started;
  connection.close();
  const wholeUploadMs = ((8 * MiB) / 2_000_000) * 1000;
  line(
    '8 MiB at 2 MB/s: 413 after',
    `${answer?.status ?? 'none'} in ${ms.toFixed(0)} ms, ${((answer?.bytesSentBefore ?? 8 * MiB) / KiB).toFixed(0)} KiB sent`,
    ms / wholeUploadMs,
    '≤ 0.100',
  );
}

async function shortBody(port: number) {
  const connection = new RawConnection(port);
  const started = performance.now();
  await connection.writeHead('POST', '/api/validate', {
    'Content-Type': 'application/json',
    'Content-Length': 70_000,
  });
  await connection.write(Buffer.alloc(2000, 0x20));
  const waitMs = 5000;
  const answer = await Promise.race([
    connection.answer.catch(() => undefined),
    new Promise<undefined>((r) => setTimeout(r, waitMs)),
  ]);
  const ms = answer ? performance.now() - started : waitMs;
  connection.close();
  line(
    'Content-Length 70000, 2 KB sent: answer',
    answer ? `${answer.status} in ${ms.toFixed(0)} ms` : `none in ${waitMs} ms`,
    ms / waitMs,
    '≤ 0.100',
  );
}

async function heldUploads(port: number, pid: number) {
  const before = rssBytes(pid);
  const clients = Array.from({ length: 48 }, () => new RawConnection(port));
  let answered = 0;
  await Promise.all(
    clients.map(async (connection) => {
      await connection.writeHead('POST', '/api/export/pptx', {
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
      });
      for (
        let sent = 0;
        sent < 9.5 * MiB && !connection.hasAnswer && !connection.isClosed;
        sent += 256 * KiB
      )
        await connection.write(
          Buffer.concat([
            Buffer.from('40000\r\n'),
            Buffer.alloc(256 * KiB, 0x20),
            Buffer.from('\r\n'),
          ]),
        );
      // Holds: never sends the last chunk.
      const answer = await Promise.race([
        connection.answer.catch(() => undefined),
        new Promise<undefined>((r) => setTimeout(r, 3000)),
      ]);
      if (answer) answered += 1;
    }),
  );
  const grown = Math.max(0, rssBytes(pid) - before);
  for (const connection of clients) connection.close();
  line(
    '48 clients × 9.5 MiB held: memory growth',
    `+${(grown / MiB).toFixed(0)} MB, ${answered}/48 answered`,
    grown / (48 * 9.5 * MiB),
    '≤ 0.200',
  );
}

async function rotatingForwardedFor(origin: string) {
  const statuses: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const response = await fetch(`${origin}/api/validate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${i + 1}` },
      body: readFileSync('e2e/fixtures/pitches/good-claims-triage.json'),
    });
    statuses.push(response.status);
  }
  const ok = statuses.filter((s) => s === 200).length;
  line(
    '20 requests rotating X-Forwarded-For, limit 3: answered',
    `${ok} × 200, ${statuses.length - ok} × 429`,
    ok / 20,
    '≤ 0.150',
  );
}

const external = process.env.FRONT_DOOR_BENCH_ORIGIN;
if (external) {
  const pid = Number(process.env.FRONT_DOOR_BENCH_PID);
  await slowUpload(portOf(external));
  await shortBody(portOf(external));
  await heldUploads(portOf(external), pid);
  const limited = process.env.FRONT_DOOR_BENCH_LIMITED_ORIGIN;
  if (limited) await rotatingForwardedFor(limited);
} else {
  ensureBuild(distDir);
  spawnSync(process.execPath, ['scripts/build-front-door.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  const open = await startFrontDoorServer({ RATE_LIMIT_PER_MINUTE: '0' });
  try {
    await slowUpload(PORT);
    await shortBody(PORT);
    await heldUploads(PORT, open.pid);
  } finally {
    await open.stop();
  }
  const limited = await startFrontDoorServer({ RATE_LIMIT_PER_MINUTE: '3' });
  try {
    await rotatingForwardedFor(limited.origin);
  } finally {
    await limited.stop();
  }
}
