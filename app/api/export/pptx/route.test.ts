import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import good from '@/e2e/fixtures/pitches/good-claims-triage.json';
import missing from '@/e2e/fixtures/pitches/missing-required.json';
import { arbitraryPitch } from '@/lib/pptx/arbitrary-pitch';
import { openPptx, readParagraphs } from '@/test-support/pptx-package';
import { DELETE, GET, PATCH, POST, PUT } from './route';

const URL = 'http://localhost/api/export/pptx';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function post(
  body: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return POST(new Request(URL, init));
}

/** A body sent in 8 KiB chunks, as a client streaming without (or lying about) Content-Length would. */
function streamOf(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(8192, totalBytes - sent)).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

async function errorBody(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return (await response.json()) as { error: string; issues: { path: string; message: string }[] };
}

describe('POST /api/export/pptx', () => {
  test('answers a finished pitch with the slide as a .pptx attachment', async () => {
    const response = await post(JSON.stringify(good));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(PPTX);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="claims-triage-automation.pptx"; filename*=UTF-8''claims-triage-automation.pptx`,
    );
    const pptx = await openPptx(new Uint8Array(await response.arrayBuffer()));
    const texts = readParagraphs(pptx.xml.get('ppt/slides/slide1.xml') ?? '').map((p) => p.text);
    expect(texts).toContain(good.headline);
    expect(texts).toContain(`Decision needed: ${good.ask}`);
  });

  test('names the file "pitch.pptx" when the pitch has no title', async () => {
    const response = await post(JSON.stringify({ ...good, title: undefined }));
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="pitch.pptx"; filename*=UTF-8''pitch.pptx`,
    );
  });

  test.each([
    ['a Japanese title', '顧客満足度の向上', '顧客満足度の向上.pptx'],
    ['an emoji title', 'Launch 🚀 plan', 'launch-🚀-plan.pptx'],
    ['a title with quotes and accents', 'Café "déjà" vu', 'café-déjà-vu.pptx'],
  ])('keeps %s in filename* (and an ASCII filename beside it)', async (_name, title, expected) => {
    const response = await post(JSON.stringify({ ...good, title }));
    expect(response.status).toBe(200);
    const disposition = response.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(expected);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.pptx"; /);
  });

  test.each([
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['no content type', {}],
    ['a form', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  ])('refuses %s with 415', async (_case, headers) => {
    const response = await post(JSON.stringify(good), headers);
    expect(response.status).toBe(415);
    expect((await errorBody(response)).error).toMatch(/JSON/);
  });

  test.each([
    [
      'a declared size over 64 KiB',
      () => post(JSON.stringify({ ...good, pad: 'x'.repeat(70_000) })),
    ],
    ['a streamed body with no Content-Length', () => post(streamOf(200_000))],
    [
      'a streamed body whose Content-Length claims it is small',
      () =>
        post(streamOf(200_000), { 'Content-Type': 'application/json', 'Content-Length': '100' }),
    ],
  ])('refuses %s with 413', async (_case, send) => {
    const response = await send();
    expect(response.status).toBe(413);
    expect((await errorBody(response)).error).toMatch(/64 KiB/);
  });

  test('refuses malformed JSON with 400', async () => {
    const response = await post('{"format": "one-slide-pitch",');
    expect(response.status).toBe(400);
    expect((await errorBody(response)).error).toMatch(/not valid JSON/);
  });

  test('refuses a schema violation with 422 and the path of each problem', async () => {
    const response = await post(
      JSON.stringify({ ...good, situation: 'one bullet', colour: 'red' }),
    );
    expect(response.status).toBe(422);
    const paths = (await errorBody(response)).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['situation', '']));
  });

  test('refuses an incomplete pitch with 422 naming each field to fix', async () => {
    const response = await post(JSON.stringify(missing));
    expect(response.status).toBe(422);
    const body = await errorBody(response);
    expect(body.error).toMatch(/cannot be exported yet/);
    expect(body.issues).toContainEqual({
      path: 'ask',
      message: 'Add the ask: the decision you need',
    });
  });

  test('refuses a headline that does not fit with 422', async () => {
    const response = await post(
      JSON.stringify({ ...good, headline: 'Settlement time falls by a third '.repeat(18).trim() }),
    );
    expect(response.status).toBe(422);
    expect((await errorBody(response)).issues).toEqual([
      { path: 'headline', message: 'The headline does not fit: shorten it' },
    ]);
  });

  test.each([
    ['GET', GET],
    ['PUT', PUT],
    ['PATCH', PATCH],
    ['DELETE', DELETE],
  ])('answers %s with 405 and Allow: POST', async (_method, handler) => {
    const response = handler();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  test('never answers with a server error, whatever the body', async () => {
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      arbitraryPitch.map((pitch) => JSON.stringify(pitch)),
      arbitraryPitch.map((pitch) =>
        JSON.stringify({ ...good, headline: pitch.headline, situation: pitch.situation }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await post(text);
        expect([200, 400, 413, 415, 422]).toContain(response.status);
      }),
      { numRuns: 150 },
    );
  });
});
