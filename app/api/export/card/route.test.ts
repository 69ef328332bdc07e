import { describe, expect, test } from 'vitest';
import good from '@/e2e/fixtures/pitches/good-claims-triage.json';
import missing from '@/e2e/fixtures/pitches/missing-required.json';
import { flat, pdfText } from '@/test-support/card-pdf';
import { DELETE, GET, POST, PUT } from './route';

const URL_BASE = 'http://localhost/api/export/card';

function post(body: string, { query = '', type = 'application/json' } = {}) {
  return POST(
    new Request(`${URL_BASE}${query}`, { method: 'POST', headers: { 'Content-Type': type }, body }),
  );
}

async function errorBody(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return (await response.json()) as { error: string; issues: { path: string; message: string }[] };
}

describe('POST /api/export/card', () => {
  test('answers a finished pitch with the card as a PDF attachment', async () => {
    const response = await post(JSON.stringify(good));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="claims-triage-automation-card.pdf"; filename*=UTF-8''claims-triage-automation-card.pdf`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(flat(pdfText(bytes))).toContain(good.ask);
  });

  test('keeps a Chinese title in filename*, and says it was rendered on an export thread or in-process', async () => {
    const response = await post(JSON.stringify({ ...good, title: '理赔分流自动化' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="pitch-card.pdf"; filename*=UTF-8''${encodeURIComponent('理赔分流自动化-card.pdf')}`,
    );
    expect(response.headers.get('server-timing')).toMatch(
      /^card;dur=[\d.]+;desc="(export thread|in-process)"$/,
    );
  });

  test.each([
    ['?cue=first-letters&paper=a4', 'O m c t 21 d'],
    ['?cue=keywords&paper=letter', 'motor claims take 21 days'],
  ])('takes the cue level and paper from %s', async (query, expected) => {
    const response = await post(JSON.stringify(good), { query });
    expect(response.status).toBe(200);
    expect(flat(pdfText(new Uint8Array(await response.arrayBuffer())))).toContain(expected);
  });

  test.each([
    ['?cue=nothing', 'cue', 'cue must be one of full, first-letters, keywords.'],
    ['?paper=a3', 'paper', 'paper must be one of index-card, a4, letter.'],
  ])('refuses an unknown option %s with 400', async (query, path, message) => {
    const response = await post(JSON.stringify(good), { query });
    expect(response.status).toBe(400);
    expect((await errorBody(response)).issues).toEqual([{ path, message }]);
  });

  test('refuses a draft with missing parts with 422 naming each', async () => {
    const response = await post(JSON.stringify(missing));
    expect(response.status).toBe(422);
    const body = await errorBody(response);
    expect(body.error).toMatch(/incomplete/);
    expect(body.issues.map((i) => i.path)).toContain('ask');
  });

  test.each([
    ['not JSON', () => post('{}', { type: 'text/plain' }), 415],
    ['malformed JSON', () => post('{"format":'), 400],
    ['a body over 64 KiB', () => post(JSON.stringify({ ...good, pad: 'x'.repeat(70_000) })), 413],
    ['a schema violation', () => post(JSON.stringify({ ...good, extra: true })), 422],
    ['a newer file version', () => post(JSON.stringify({ ...good, version: 3 })), 422],
  ])('answers %s with its status and a JSON error', async (_name, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect((await errorBody(response)).error.length).toBeGreaterThan(0);
  });

  test.each([
    ['GET', GET],
    ['PUT', PUT],
    ['DELETE', DELETE],
  ])('answers %s with 405 and Allow: POST', async (method, handler) => {
    const response = await handler();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
