import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test } from 'vitest';
import good from '@/e2e/fixtures/pitches/good-claims-triage.json';
import missing from '@/e2e/fixtures/pitches/missing-required.json';
import { CARD_EXPORT } from './card-export';
import type { ExportRequest } from './export-job';
import { runExport } from './export-pipeline';
import {
  createExportThreadPool,
  DEFAULT_JOB_TIMEOUT_MS,
  type ExportThreadPool,
} from './export-thread-pool';
import { PPTX_EXPORT } from './pptx-export';

const post = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

/** A pool that records what it was asked to render and answers with fixed bytes. */
function recordingPool() {
  const asked: ExportRequest[] = [];
  const pool: ExportThreadPool = {
    inProcess: false,
    render: async (request) => {
      asked.push(request);
      return {
        bytes: new Uint8Array([1, 2, 3]),
        replacedCharacters: 2,
        truncatedFields: ['pitch'],
        onThread: true,
      };
    },
    close: async () => undefined,
  };
  return { pool, asked };
}

const pools: ExportThreadPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('the export pipeline', () => {
  test('an incomplete pitch is refused on the server thread: nothing is rendered', async () => {
    const { pool, asked } = recordingPool();
    for (const [path, kind] of [
      ['/api/export/pptx', PPTX_EXPORT],
      ['/api/export/card', CARD_EXPORT],
    ] as const) {
      const response = await runExport(post(path, missing), kind as never, pool);
      expect(response.status).toBe(422);
      const body = (await response.json()) as { issues: { path: string }[] };
      expect(body.issues.map((i) => i.path)).toEqual(['action', 'ask']);
    }
    expect(asked).toEqual([]);
  });

  test('an unknown card option is a 400 before the body is read', async () => {
    const { pool, asked } = recordingPool();
    const response = await runExport(post('/api/export/card?paper=a3', good), CARD_EXPORT, pool);
    expect(response.status).toBe(400);
    expect(asked).toEqual([]);
  });

  test('a card: the options reach the thread, the answer carries the file and what the card changed', async () => {
    const { pool, asked } = recordingPool();
    const response = await runExport(
      post('/api/export/card?cue=keywords&paper=letter', { ...good, title: 'Q3 🚀' }),
      CARD_EXPORT,
      pool,
    );
    expect(response.status).toBe(200);
    expect(asked).toEqual([
      expect.objectContaining({ kind: 'card', cueLevel: 'keywords', paper: 'letter' }),
    ]);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': '3',
      'content-disposition': `attachment; filename="q3-card.pdf"; filename*=UTF-8''q3-%F0%9F%9A%80-card.pdf`,
      'x-card-replaced-characters': '2',
      'x-card-shortened-fields': 'pitch',
    });
    expect(response.headers.get('server-timing')).toMatch(/^card;dur=[\d.]+;desc="export thread"$/);
  });

  test('a render that never answers becomes a JSON 422, not a 500 (the limit is 30 s by default)', async () => {
    expect(DEFAULT_JOB_TIMEOUT_MS).toBe(30_000);
    const silent = () =>
      new Worker(
        `const { parentPort } = require('node:worker_threads');
         parentPort.postMessage({ kind: 'ready' });
         parentPort.on('message', () => undefined);`,
        { eval: true },
      );
    const pool = createExportThreadPool({
      spawn: silent,
      size: 1,
      jobTimeoutMs: 200,
      log: () => undefined,
    });
    pools.push(pool);
    const logged = console.error;
    console.error = () => undefined;
    try {
      const response = await runExport(post('/api/export/pptx', good), PPTX_EXPORT, pool);
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        error: 'The slide could not be generated from this pitch. Check its text and try again.',
        issues: [],
      });
    } finally {
      console.error = logged;
    }
  });
});
