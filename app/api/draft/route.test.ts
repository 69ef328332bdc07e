import { describe, expect, test } from 'vitest';
import { draftPitch } from '@/lib/drafter';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import * as route from './route';

const claims = EXAMPLE_PITCHES[0]!.pitch;
const post = (query: string, body: BodyInit = JSON.stringify(claims), headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  route.POST(new Request(`http://localhost/api/draft${query}`, { method: 'POST', body, headers }));

interface DraftBody {
  text: string;
  seconds: number;
  words: number;
  style: string;
  lens: string;
}
interface ErrorBody {
  error: string;
  issues: Array<{ path: string; message: string }>;
}

describe('POST /api/draft', () => {
  test('answers the same draft the drafter writes in the app, with its words, seconds, style and lens', async () => {
    const response = await post('?style=story&target=45&lens=cfo&wpm=160');
    expect(response.status).toBe(200);
    const body = (await response.json()) as DraftBody;
    expect(Object.keys(body).sort()).toEqual(['lens', 'seconds', 'style', 'text', 'words']);
    expect(body.text).toBe(draftPitch(claims, { style: 'story', targetSeconds: 45, lens: 'cfo', wordsPerMinute: 160 }));
    expect(body.text).toMatch(/^The money first: /u);
    expect(body).toMatchObject({ style: 'story', lens: 'cfo' });
    expect(body.words).toBe(body.text.split(/\s+/u).length);
    expect(body.seconds).toBeCloseTo((body.words / 160) * 60, 1);
  });

  test("without a query it drafts bottom line first, for the pitch's own target and lens, at 140 wpm", async () => {
    const response = await post('', JSON.stringify({ ...claims, lens: 'peer', pitch: { text: '', targetSeconds: 30 } }));
    const body = (await response.json()) as DraftBody;
    expect(body).toMatchObject({ style: 'bottom-line-first', lens: 'peer' });
    expect(body.text).toMatch(/^I will start with my ask: I need your approval for \$350K/u);
    expect(body.seconds).toBeLessThanOrEqual(33);
    expect(body.seconds).toBeGreaterThanOrEqual(27);
  });

  test('a faster pace fits more words into the same target', async () => {
    const slow = (await (await post('?target=30&wpm=120')).json()) as DraftBody;
    const fast = (await (await post('?target=30&wpm=200')).json()) as DraftBody;
    expect(fast.words).toBeGreaterThan(slow.words);
  });

  test('names every option it cannot use, with 400', async () => {
    const response = await post('?style=haiku&target=20&lens=ceo&wpm=fast');
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.issues.map((i) => i.path)).toEqual(['style', 'target', 'lens', 'wpm']);
    expect(body.issues[1]!.message).toBe('target must be one of 30, 45, 60, 90 (seconds).');
    expect(body.issues[2]!.message).toBe('lens must be one of general, cfo, cto, sponsor, peer.');
  });

  test.each([['0'], ['1000'], ['-140'], ['']])('refuses a pace of "%s" wpm', async (wpm) => {
    const response = await post(`?wpm=${wpm}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).issues[0]!.message).toMatch(/^wpm must be a number of words per minute from 60 to 300/u);
  });

  test('keeps the error contract: 415 not JSON, 400 malformed JSON, 413 too large, 422 schema and empty slide, 405', async () => {
    expect((await post('', 'x', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post('', '{"format":')).status).toBe(400);
    expect((await post('', JSON.stringify({ ...claims, padding: 'x'.repeat(70_000) }))).status).toBe(413);
    const unknownKey = await post('', JSON.stringify({ ...claims, colour: 'red' }));
    expect(unknownKey.status).toBe(422);
    const empty = await post('', JSON.stringify(createBlankPitch()));
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as ErrorBody).error).toMatch(/nothing to draft from yet/u);
    const get = await route.GET();
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  test('a version 1 file drafts like its version 2 upgrade', async () => {
    const v1 = { ...claims, version: 1 };
    const body = (await (await post('?target=60', JSON.stringify(v1))).json()) as DraftBody;
    expect(body.text).toBe(draftPitch(claims, { style: 'bottom-line-first', targetSeconds: 60 }));
  });
});
