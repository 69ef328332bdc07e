import { describe, expect, test } from 'vitest';
import { openPptx } from '@/test-support/pptx-package';
import { portfolioBackup } from '@/test-support/portfolio-library';
import { GET, POST } from './route';

const URL = 'http://localhost/api/export/portfolio';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function post(
  body: BodyInit,
  query = '',
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return POST(new Request(`${URL}${query}`, init));
}

/** A body of `totalBytes` spaces sent in 64 KiB chunks, with no Content-Length. */
function streamOf(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(65536, totalBytes - sent)).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return (await response.json()) as {
    error: string;
    issues: Array<{ path: string; message: string }>;
  };
}

describe('POST /api/export/portfolio', () => {
  test('answers a library backup with the one-slide portfolio and its chart', async () => {
    const response = await post(
      JSON.stringify(portfolioBackup()),
      '?formula=wsjf&base=USD&rate=EUR:1.08',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(PPTX);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="portfolio.pptx"; filename*=UTF-8''portfolio.pptx`,
    );
    expect(response.headers.get('server-timing')).toMatch(/^portfolio;dur=/);
    const pptx = await openPptx(new Uint8Array(await response.arrayBuffer()));
    expect(pptx.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(1);
    expect(
      [...pptx.xml.keys()].some(
        (n) => n.startsWith('ppt/charts/') && pptx.xml.get(n)!.includes('<c:scatterChart>'),
      ),
    ).toBe(true);
    expect(pptx.xml.get('ppt/slides/slide1.xml')).toContain('converted at 1 EUR = 1.08 USD');
  });

  test('413 for a body streamed past 5 MiB, read no further', async () => {
    const response = await post(streamOf(5 * 1024 * 1024 + 10));
    expect(response.status).toBe(413);
    expect((await errorOf(response)).error).toBe(
      'The request body is larger than 5 MiB, the most a library backup can be.',
    );
  });

  test.each([
    ['not JSON', 'hello', { 'Content-Type': 'text/plain' }, 415, /Send the library backup as JSON/],
    ['malformed JSON', '{"format":', { 'Content-Type': 'application/json' }, 400, /not valid JSON/],
  ])('%s → %d', async (_, body, headers, status, message) => {
    const response = await post(body, '', headers);
    expect(response.status).toBe(status);
    expect((await errorOf(response)).error).toMatch(message);
  });

  test('422 names what is wrong with the backup', async () => {
    const pitchFile = await post(JSON.stringify(portfolioBackup().pitches[0]));
    expect(pitchFile.status).toBe(422);
    expect((await errorOf(pitchFile)).error).toMatch(/not a One-Slide Pitch library backup/);

    const newer = await post(JSON.stringify({ ...portfolioBackup(), version: 3 }));
    expect((await errorOf(newer)).error).toMatch(/^This backup is format version 3/);

    const broken = portfolioBackup();
    broken.pitches[2] = { ...broken.pitches[2]!, portfolio: { confidence: 140 } };
    const schema = await errorOf(await post(JSON.stringify(broken)));
    expect(schema.issues).toContainEqual({
      path: 'pitches[2].portfolio.confidence',
      message: 'Portfolio confidence must be between 0 and 100.',
    });

    const empty = await post(JSON.stringify({ ...portfolioBackup(), pitches: [] }));
    expect(empty.status).toBe(422);
    expect((await errorOf(empty)).error).toBe(
      'The backup holds no pitch: a portfolio needs at least one.',
    );
  });

  test('400 names every option it cannot read', async () => {
    const response = await post(
      JSON.stringify(portfolioBackup()),
      '?formula=npv&base=usd&rate=EUR:0&rate=GBP',
    );
    expect(response.status).toBe(400);
    expect((await errorOf(response)).issues.map((i) => i.path)).toEqual([
      'formula',
      'rate',
      'rate',
      'base',
    ]);
  });

  test('other methods get 405 JSON with Allow: POST', async () => {
    const response = GET();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
