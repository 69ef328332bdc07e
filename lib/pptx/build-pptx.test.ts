import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import type { PitchFile } from '../pitch/schema';
import { buildPptx } from './build-pptx';
import { ExportBlockedError } from './export-blockers';
import { openPptx } from '@/test-support/pptx-package';

const ready = EXAMPLE_PITCHES[0]!.pitch;
const longText = (words: number) =>
  Array.from({ length: words }, (_, i) => `word${i % 10}`)
    .join(' ')
    .slice(0, 600);

async function blockedBy(pitch: PitchFile): Promise<ExportBlockedError> {
  const error = await buildPptx(pitch).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExportBlockedError);
  return error as ExportBlockedError;
}

describe('export refuses a slide that is incomplete or does not fit', () => {
  test.each([
    ['no ask', { ...ready, ask: ' ' }, 'ask', 'Add the ask: the decision you need'],
    [
      'no headline',
      { ...ready, headline: '' },
      'headline',
      'Add the headline: the one sentence the slide must get across',
    ],
    [
      'only empty Situation bullets',
      { ...ready, situation: ['', '  '] },
      'situation',
      'Add a Situation bullet: where things stand today',
    ],
    [
      'a headline too long for its box',
      { ...ready, headline: longText(120) },
      'headline',
      'The headline does not fit: shorten it',
    ],
    [
      'an ask too long for the band',
      { ...ready, ask: longText(120) },
      'ask',
      'The ask does not fit: shorten it',
    ],
  ])('%s', async (_case, pitch, path, message) => {
    const error = await blockedBy(pitch);
    expect(error.issues).toEqual([{ path, message }]);
    expect(error.message).toBe(`The slide cannot be exported yet. ${message}.`);
  });

  test('names every missing field of a blank pitch', async () => {
    const blank: PitchFile = {
      format: 'one-slide-pitch',
      version: 2,
      headline: '',
      situation: [''],
      action: [],
      outcome: [],
      ask: '',
    };
    const error = await blockedBy(blank);
    expect(error.issues.map((i) => i.path)).toEqual([
      'headline',
      'situation',
      'action',
      'outcome',
      'ask',
    ]);
    expect(error.message).toBe('The slide cannot be exported yet. Fix these first:');
  });

  test('overflowing columns each say which section to cut', async () => {
    const crowded = Array.from({ length: 8 }, () => longText(100));
    const error = await blockedBy({ ...ready, situation: crowded, outcome: crowded });
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'situation', message: 'The Situation does not fit: shorten or remove a bullet' },
        { path: 'outcome', message: 'The Outcome does not fit: shorten or remove a bullet' },
      ]),
    );
  });
});

describe('generation', () => {
  afterEach(() => vi.restoreAllMocks());

  test('reads no file and opens no connection', async () => {
    const refuse = (what: string) => () => {
      throw new Error(`PPTX generation tried to ${what}`);
    };
    const spies = [
      vi.spyOn(fs, 'readFileSync').mockImplementation(refuse('read a file')),
      vi.spyOn(fs, 'readFile').mockImplementation(refuse('read a file')),
      vi.spyOn(fs, 'openSync').mockImplementation(refuse('open a file')),
      vi.spyOn(fs, 'open').mockImplementation(refuse('open a file')),
      vi.spyOn(fs, 'createReadStream').mockImplementation(refuse('read a file')),
      vi.spyOn(fs.promises, 'readFile').mockImplementation(refuse('read a file')),
      vi.spyOn(fs.promises, 'open').mockImplementation(refuse('open a file')),
      vi.spyOn(https, 'get').mockImplementation(refuse('fetch over HTTPS')),
      vi.spyOn(https, 'request').mockImplementation(refuse('fetch over HTTPS')),
      vi.spyOn(http, 'get').mockImplementation(refuse('fetch over HTTP')),
      vi.spyOn(http, 'request').mockImplementation(refuse('fetch over HTTP')),
      vi.spyOn(net, 'connect').mockImplementation(refuse('open a socket')),
      vi.spyOn(net, 'createConnection').mockImplementation(refuse('open a socket')),
      vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch')),
    ];
    const bytes = await buildPptx(ready);
    expect((await openPptx(bytes)).names).toContain('ppt/slides/slide1.xml');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
