import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import good from '@/e2e/fixtures/pitches/good-claims-triage.json';
import type { PitchFile } from '@/lib/pitch/schema';
import { flat, pdfText } from '@/test-support/card-pdf';
import { openPptx, readParagraphs } from '@/test-support/pptx-package';
import type { ExportRequest } from './export-job';
import { createExportThreadPool, type ExportThreadPool } from './export-thread-pool';

/** The real export thread, run from its TypeScript source through tsx (the build bundles it instead). */
const workerSource = new URL('./export-worker.ts', import.meta.url).href;
const spawnSourceWorker = () =>
  new Worker(
    `import('tsx/esm/api').then(({ register }) => {
       register();
       return import(${JSON.stringify(workerSource)});
     });`,
    { eval: true },
  );

/** A thread that loads, says it is ready, then dies on its first job. */
const spawnCrashingWorker = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage({ kind: 'ready' });
     parentPort.on('message', () => process.exit(3));`,
    { eval: true },
  );

/** A thread that loads, says it is ready, and never answers a job. */
const spawnSilentWorker = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage({ kind: 'ready' });
     parentPort.on('message', () => undefined);`,
    { eval: true },
  );

/** A thread whose code fails to load, as an unbundled `.ts` entry does. */
const spawnBrokenWorker = () =>
  new Worker(`throw new Error('cannot load the export code');`, { eval: true });

async function headlineOf({ bytes }: { bytes: Uint8Array }): Promise<string | undefined> {
  const pptx = await openPptx(bytes);
  return readParagraphs(pptx.xml.get('ppt/slides/slide1.xml') ?? '')
    .map((p) => p.text)
    .find((text) => text === good.headline);
}

const slide: ExportRequest = { kind: 'pptx', pitch: good as PitchFile };
const card: ExportRequest = {
  kind: 'card',
  pitch: good as PitchFile,
  cueLevel: 'full',
  paper: 'index-card',
};

const pools: ExportThreadPool[] = [];
function pool(options: Parameters<typeof createExportThreadPool>[0]) {
  const created = createExportThreadPool({ log: () => undefined, ...options });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('exports on worker threads', () => {
  test('builds the slide on a thread, several exports at once', async () => {
    const threads = pool({ spawn: spawnSourceWorker, size: 2 });
    const files = await Promise.all([1, 2, 3].map(() => threads.render(slide)));
    for (const file of files) expect(await headlineOf(file)).toBe(good.headline);
    expect(files.map((file) => file.onThread)).toEqual([true, true, true]);
    expect(threads.inProcess).toBe(false);
  });

  test('renders the card on a thread, with what it had to change', async () => {
    const threads = pool({ spawn: spawnSourceWorker, size: 1 });
    const file = await threads.render(card);
    expect(file.onThread).toBe(true);
    expect(flat(pdfText(file.bytes))).toContain(good.ask);
    expect(file.replacedCharacters).toBe(0);
    expect(file.truncatedFields).toEqual([]);
  });

  test('a thread that dies mid-export: the export still returns the file, and a new thread starts', async () => {
    let spawned = 0;
    const threads = pool({
      spawn: () => {
        spawned += 1;
        return spawnCrashingWorker();
      },
      size: 1,
    });
    const file = await threads.render(slide);
    expect(await headlineOf(file)).toBe(good.headline);
    expect(file.onThread).toBe(false);
    expect(threads.inProcess).toBe(false);
    // The next export starts a fresh thread (which dies the same way, and again returns the file).
    expect(await headlineOf(await threads.render(slide))).toBe(good.headline);
    expect(spawned).toBe(2);
  });

  test('a thread that never answers: the export fails after the time limit, the next one gets a new thread', async () => {
    let spawned = 0;
    const threads = pool({
      spawn: () => {
        spawned += 1;
        // The second thread dies on its job, so the file comes from the in-process fallback:
        // no timing depends on how fast a fresh thread exports.
        return spawned === 1 ? spawnSilentWorker() : spawnCrashingWorker();
      },
      size: 1,
      jobTimeoutMs: 300,
    });
    const failure = await threads.render(slide).catch((error: unknown) => error);
    expect(String(failure)).toMatch(/no answer within 300 ms/);
    const file = await threads.render(slide);
    expect(await headlineOf(file)).toBe(good.headline);
    expect(spawned).toBe(2);
  });

  test('after close, exports still work, in-process', async () => {
    const threads = pool({ spawn: spawnSourceWorker, size: 1 });
    await threads.close();
    const file = await threads.render(slide);
    expect(await headlineOf(file)).toBe(good.headline);
    expect(file.onThread).toBe(false);
  });

  test('threads that cannot load: every export runs in-process instead', async () => {
    const logged: string[] = [];
    const threads = pool({ spawn: spawnBrokenWorker, size: 1, log: (m) => logged.push(m) });
    expect(await headlineOf(await threads.render(slide))).toBe(good.headline);
    expect(threads.inProcess).toBe(true);
    expect(await headlineOf(await threads.render(slide))).toBe(good.headline);
    expect(logged).toEqual(['Export threads are unavailable here; exports run in-process.']);
  });

  test('a runtime without threads: exports run in-process', async () => {
    const threads = pool({
      spawn: () => {
        throw new Error('worker_threads are not available');
      },
    });
    expect(await headlineOf(await threads.render(slide))).toBe(good.headline);
    expect(threads.inProcess).toBe(true);
  });
});
