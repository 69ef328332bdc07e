import fontkit from '@pdf-lib/fontkit';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { loadFixtureTexts } from '@/test-support/pitch-fixtures';
import { embedFaces, loadFaces, type FaceRole } from './card-fonts';
import { PDFDocument } from 'pdf-lib';

/** Every string of every fixture and example pitch, and text in the scripts the faces cover. */
function corpus(): string[] {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const { text } of loadFixtureTexts()) collect(JSON.parse(text));
  for (const example of EXAMPLE_PITCHES) collect(example.pitch);
  return [
    ...strings,
    'office affine fluff ffi ffl fj — “quoted” 1/2 ½ 10:30 AT&T',
    'Ελληνικά κείμενο, кириллица текст, Ünïcödé Straße',
    'עברית טקסט לבדיקה, العربية نص للاختبار',
    '顧客満足度の向上 理赔分流自动化 カタカナ ひらがな',
    '🚀 launch 👩‍💻 team 🇬🇧 flag ✔︎ done',
  ];
}

const rolesOf: FaceRole[] = ['regular', 'bold', 'fallback', 'cjk'];

describe('shaping a word at a time', () => {
  test('gives the glyphs whole-run shaping gives, for every face and text', async () => {
    const texts = corpus();
    const faces = await loadFaces(texts.join('\n'));
    const doc = await PDFDocument.create();
    await embedFaces(doc, faces, rolesOf);
    for (const role of rolesOf) {
      const face = faces[role]!;
      // The parsed font pdf-lib uses (shaped by word), and the same face shaped whole by fontkit.
      const byWord = (await fontkit.create(face.bytes)) as ReturnType<typeof fontkit.create>;
      const parsed = (doc as unknown as { fonts: { embedder: { font: typeof byWord } }[] }).fonts;
      const used = parsed.find((f) => f.embedder.font.postscriptName === byWord.postscriptName);
      const wordFont = used!.embedder.font;
      expect(wordFont.layout).not.toBe(Object.getPrototypeOf(wordFont).layout);
      for (const text of texts) {
        const ids = (font: typeof byWord, layout: typeof byWord.layout) =>
          layout.call(font, text).glyphs.map((g) => g.id);
        expect(ids(wordFont, wordFont.layout), `${role}: ${text}`).toEqual(
          ids(byWord, Object.getPrototypeOf(byWord).layout),
        );
      }
    }
  });
});
