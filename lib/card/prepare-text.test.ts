import { describe, expect, test } from 'vitest';
import type { Face, FaceSet } from './card-fonts';
import { prepareText } from './prepare-text';

const faceWith = (chars: string): Face => {
  const set = new Set(Array.from(chars, (c) => c.codePointAt(0)!));
  return { bytes: new Uint8Array(), has: (cp) => set.has(cp) };
};
const latin = faceWith('abcdefghijklmnopqrstuvwxyz□ ');
const faces: FaceSet = {
  regular: latin,
  bold: latin,
  fallback: faceWith('שלום '),
  cjk: faceWith('自动化 '),
};

const atoms = (text: string) =>
  prepareText(text, 'regular', faces).paragraphs.map((p) =>
    p.map((a) => a.glyphs.map((g) => `${g.role}:${g.text}`).join('|')),
  );

describe('prepareText', () => {
  test.each([
    ['words become atoms', 'ab cd', [['regular:a|regular:b', 'regular:c|regular:d']]],
    [
      'the fallback face draws what the main face lacks',
      'a שלום',
      [['regular:a', 'fallback:ש|fallback:ל|fallback:ו|fallback:ם']],
    ],
    ['each Chinese character may start a line', '自动化', [['cjk:自', 'cjk:动', 'cjk:化']]],
    ['a character no face has becomes □', 'a€b', [['regular:a|regular:□|regular:b']]],
    ['an emoji family counts as one character', 'a 👨‍👩‍👧', [['regular:a', 'regular:□']]],
    ['invisible characters vanish', 'a\u200Db\uFE0F', [['regular:a|regular:b']]],
    ['paragraphs split at line breaks', 'a\nb', [['regular:a'], ['regular:b']]],
  ])('%s', (_name, text, expected) => {
    expect(atoms(text)).toEqual(expected);
  });

  test.each([
    ['a€b', 1],
    ['a 👨‍👩‍👧 b 🚀', 2],
    ['a\u200Db\u0007', 0],
    ['', 0],
  ])('"%s" replaces %i characters', (text, count) => {
    expect(prepareText(text, 'regular', faces).replaced).toBe(count);
  });
});
