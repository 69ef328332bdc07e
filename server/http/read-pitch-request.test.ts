import { describe, expect, test } from 'vitest';
import type { PitchFile } from '@/lib/pitch/schema';
import { fullV2Pitch, loadFixtureTexts, V2_KEYS_SAMPLE } from '@/test-support/pitch-fixtures';
import { readPitchRequest } from './read-pitch-request';

const v1Text = loadFixtureTexts().find((f) => f.name === 'good-claims-triage')!.text;
const v1 = () => JSON.parse(v1Text) as Record<string, unknown>;

function request(body: unknown) {
  return new Request('http://localhost/api/validate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('readPitchRequest: pitch file versions', () => {
  test.each<[string, unknown, PitchFile]>([
    ['a version 1 file (upgraded)', v1Text, { ...v1(), version: 2 } as PitchFile],
    [
      'a version 2 file without v2 keys',
      { ...v1(), version: 2 },
      { ...v1(), version: 2 } as PitchFile,
    ],
    ['a version 2 file with every v2 key', fullV2Pitch(), fullV2Pitch()],
  ])('accepts %s', async (_, body, expected) => {
    const result = await readPitchRequest(request(body));
    expect(result.ok && result.pitch).toEqual(expected);
  });

  test.each<[string, unknown, string, string]>([
    [
      'version 3',
      { ...fullV2Pitch(), version: 3 },
      'This file is format version 3, made by a newer version of One-Slide Pitch. This app reads format versions up to 2; update the app to open it.',
      'version',
    ],
    [
      'a version 1 file with a v2 key',
      { ...v1(), keyNumber: V2_KEYS_SAMPLE.keyNumber },
      'The pitch file has problems that must be fixed first.',
      '',
    ],
    [
      'a version 2 file with an unknown key',
      { ...fullV2Pitch(), colour: 'red' },
      'The pitch file has problems that must be fixed first.',
      '',
    ],
    [
      'a meeting without an offset',
      { ...fullV2Pitch(), meeting: '2027-05-14T09:30:00' },
      'The pitch file has problems that must be fixed first.',
      'meeting',
    ],
  ])('answers 422 for %s', async (_, body, error, path) => {
    const result = await readPitchRequest(request(body));
    if (result.ok) throw new Error('expected a refusal');
    expect(result.response.status).toBe(422);
    const answer = (await result.response.json()) as {
      error: string;
      issues: Array<{ path: string; message: string }>;
    };
    expect(answer.error).toBe(error);
    expect(answer.issues.map((i) => i.path)).toEqual([path]);
  });
});
