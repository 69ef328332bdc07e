import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import type { PitchFile } from '@/lib/pitch/schema';
import { loadExpectedFindings, loadFixtureTexts } from '@/test-support/pitch-fixtures';
import { analyzePitch } from '@/lib/advice';
import * as route from './route';

const URL = 'http://localhost/api/validate';
const post = (
  body: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) => route.POST(new Request(URL, { method: 'POST', body, headers }));

interface ValidateBody {
  findings: Array<Record<string, unknown>>;
  readiness: number;
  slideReadiness: number;
  pitchReadiness: number;
}

const withoutPitch = (pitch: PitchFile): PitchFile => {
  const slide = { ...pitch };
  delete slide.pitch;
  return slide;
};

describe('POST /api/validate', () => {
  const expected = loadExpectedFindings();

  test.each(loadFixtureTexts().map((f) => [f.name, f.text]))(
    'fixture %s gets exactly its expected rules',
    async (name, text) => {
      const response = await post(text);
      expect(response.status).toBe(200);
      const body = (await response.json()) as ValidateBody;
      const listed = expected[name]!;
      const rules = body.findings
        .filter((f) => f.severity !== 'tip' || listed.includes(f.rule as string))
        .map((f) => f.rule);
      expect([...new Set(rules)].sort()).toEqual([...listed].sort());
    },
  );

  test('answers each finding with exactly rule, field, severity and message, plus the three readiness figures', async () => {
    const response = await post(loadFixtureTexts().find((f) => f.name === 'passive')!.text);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as ValidateBody;
    expect(Object.keys(body).sort()).toEqual([
      'findings',
      'pitchReadiness',
      'readiness',
      'slideReadiness',
    ]);
    expect(body.findings.length).toBeGreaterThan(0);
    for (const f of body.findings)
      expect(Object.keys(f).sort()).toEqual(['field', 'message', 'rule', 'severity']);
    expect(body.findings[0]).toMatchObject({
      rule: 'passive-voice',
      field: 'situation[2]',
      severity: 'warning',
    });
    expect(body.readiness).toBeGreaterThan(0);
    expect(body.readiness).toBeLessThan(100);
    // The passive-voice warnings are on the slide; the spoken pitch of this fixture is clean.
    expect(body.slideReadiness).toBeLessThan(100);
    expect(body.pitchReadiness).toBe(100);
  });

  test('readiness, slideReadiness and pitchReadiness are exactly what the advice engine says', async () => {
    for (const { text } of loadFixtureTexts()) {
      const body = (await (await post(text)).json()) as ValidateBody;
      const { readiness, slideReadiness, pitchReadiness } = analyzePitch(
        JSON.parse(text) as PitchFile,
      );
      expect({
        readiness: body.readiness,
        slideReadiness: body.slideReadiness,
        pitchReadiness: body.pitchReadiness,
      }).toEqual({
        readiness,
        slideReadiness,
        pitchReadiness,
      });
      for (const figure of [body.readiness, body.slideReadiness, body.pitchReadiness]) {
        expect(Number.isInteger(figure) && figure >= 0 && figure <= 100).toBe(true);
      }
    }
  });

  test('a clean slide with no elevator pitch: slide 100, pitch 0, overall well short of 100', async () => {
    const body = (await (
      await post(JSON.stringify(withoutPitch(EXAMPLE_PITCHES[1]!.pitch)))
    ).json()) as ValidateBody;
    expect(body.slideReadiness).toBe(100);
    expect(body.pitchReadiness).toBe(0);
    expect(body.readiness).toBe(70);
    const blankText = {
      ...EXAMPLE_PITCHES[1]!.pitch,
      pitch: { ...EXAMPLE_PITCHES[1]!.pitch.pitch, text: '   ' },
    };
    expect(
      ((await (await post(JSON.stringify(blankText))).json()) as ValidateBody).pitchReadiness,
    ).toBe(0);
  });

  test('a pitch-only problem lowers pitchReadiness and leaves slideReadiness alone', async () => {
    const body = (await (
      await post(loadFixtureTexts().find((f) => f.name === 'filler-pitch')!.text)
    ).json()) as ValidateBody;
    expect(body.findings.every((f) => f.field === 'pitch')).toBe(true);
    expect(body.slideReadiness).toBe(100);
    expect(body.pitchReadiness).toBeLessThan(100);
    expect(body.readiness).toBeLessThan(100);
  });

  test('a clean example scores 100 and an empty draft is accepted with required errors', async () => {
    const clean = (await (
      await post(JSON.stringify(EXAMPLE_PITCHES[1]!.pitch))
    ).json()) as ValidateBody;
    expect(clean).toMatchObject({ readiness: 100, slideReadiness: 100, pitchReadiness: 100 });
    const draft = await post(JSON.stringify(createBlankPitch()));
    expect(draft.status).toBe(200);
    const body = (await draft.json()) as ValidateBody;
    expect(body.findings.every((f) => f.rule === 'required' && f.severity === 'error')).toBe(true);
    expect(body).toMatchObject({ readiness: 0, slideReadiness: 0, pitchReadiness: 0 });
  });

  test('400 for malformed JSON', async () => {
    const response = await post('{"format": "one-slide-pitch",');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/not valid JSON/);
  });

  test('413 for a body over 64 KiB, streamed without a length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(URL, {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    const response = await route.POST(request);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(10);
  });

  test('415 when the body is not sent as JSON', async () => {
    const response = await post(JSON.stringify(createBlankPitch()), {
      'Content-Type': 'text/plain',
    });
    expect(response.status).toBe(415);
  });

  test.each([
    ['a newer version', { ...createBlankPitch(), version: 3 }, /newer version/],
    ['an unknown key', { ...createBlankPitch(), colour: 'red' }, /./],
    [
      'a headline over 600 characters',
      { ...createBlankPitch(), headline: 'x'.repeat(601) },
      /too long: at most 600/,
    ],
  ])('422 for %s, with issues', async (_name, value, message) => {
    const response = await post(JSON.stringify(value));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; issues: unknown[] };
    expect(body.issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).toMatch(message);
  });

  test('never answers 5xx, whatever JSON or text arrives', async () => {
    const pitchLike = fc.record({
      format: fc.constant('one-slide-pitch'),
      version: fc.constantFrom(1, 2),
      headline: fc.string({ unit: 'binary', maxLength: 700 }),
      situation: fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 9 }),
      action: fc.array(fc.string({ maxLength: 50 }), { maxLength: 3 }),
      outcome: fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 3 }),
      pitch: fc.record({ text: fc.string({ unit: 'binary', maxLength: 800 }) }),
    });
    const body = fc.oneof(
      pitchLike.map((v) => JSON.stringify(v)),
      fc.json(),
      fc.string({ unit: 'binary' }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await post(text);
        expect([200, 400, 413, 415, 422]).toContain(response.status);
      }),
      { numRuns: 60 },
    );
  });

  test('exports only POST, so Next answers every other method with 405', () => {
    const methods = ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
    expect(Object.keys(route).filter((k) => methods.includes(k))).toEqual([]);
    expect(typeof route.POST).toBe('function');
  });
});
