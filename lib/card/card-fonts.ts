import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { CARLITO_BOLD_BASE64 } from './fonts/carlito-bold.generated';
import { CARLITO_REGULAR_BASE64 } from './fonts/carlito-regular.generated';
import { DEJAVU_FALLBACK_BASE64 } from './fonts/dejavu-fallback.generated';

/**
 * The faces a card draws with, in the order a character looks for a glyph: the weight's own
 * Carlito face, then DejaVu Sans (Hebrew, Arabic, symbols...), then Droid Sans Fallback (Chinese,
 * Japanese), which is loaded only for pitches that need it because it is large.
 */
export type FaceRole = 'regular' | 'bold' | 'fallback' | 'cjk';
export type Weight = 'regular' | 'bold';

export interface Face {
  bytes: Uint8Array;
  has(codePoint: number): boolean;
}

export type FaceSet = Partial<Record<FaceRole, Face>> &
  Record<'regular' | 'bold' | 'fallback', Face>;

type ParsedFont = ReturnType<typeof fontkit.create>;
type Layout = ParsedFont['layout'];
type LaidOutGlyphs = ReturnType<Layout>['glyphs'];

/** Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko...). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Most shaped words a face keeps (a card has a few hundred; a thread sees many cards). */
const SHAPED_WORDS_PER_FACE = 20_000;

/**
 * Shapes text a word at a time, each word once per process: `layout` (GSUB substitutions and
 * GPOS positioning) is most of a card's time, pdf-lib calls it twice per run (to measure and to
 * draw), and it reads only the glyphs. A space separates words for the card's faces (no lookup of
 * theirs crosses one: `card-fonts.test.ts` checks the glyphs against whole-run shaping), so the
 * glyphs of a run are its words' glyphs joined by the space glyph. Right-to-left runs are shaped whole.
 */
function shapeByWord(font: ParsedFont): void {
  const layoutRun: Layout = font.layout.bind(font);
  const words = new Map<string, LaidOutGlyphs>();
  const shape = (word: string): LaidOutGlyphs => {
    let glyphs = words.get(word);
    if (!glyphs) {
      if (words.size >= SHAPED_WORDS_PER_FACE) words.clear();
      glyphs = layoutRun(word).glyphs;
      words.set(word, glyphs);
    }
    return glyphs;
  };
  const layout = (text: string, ...rest: unknown[]) => {
    // Right-to-left text is reordered across the whole run: shape it whole.
    if (rest.some((arg) => arg !== undefined) || typeof text !== 'string' || RTL.test(text)) {
      return (layoutRun as (...args: unknown[]) => ReturnType<Layout>)(text, ...rest);
    }
    const glyphs: LaidOutGlyphs = [];
    let start = 0;
    for (;;) {
      const space = text.indexOf(' ', start);
      const word = space < 0 ? text.slice(start) : text.slice(start, space);
      if (word) for (const glyph of shape(word)) glyphs.push(glyph);
      if (space < 0) break;
      for (const glyph of shape(' ')) glyphs.push(glyph);
      start = space + 1;
    }
    return { glyphs } as ReturnType<Layout>;
  };
  font.layout = layout as Layout;
}

/**
 * fontkit that parses each face once per process: pdf-lib would parse the same bytes for every
 * card, which is most of a warm card's time. Parsed fonts are only read (pdf-lib subsets a copy),
 * and shape text by word (`shapeByWord`).
 */
const parsedFonts = new WeakMap<Uint8Array, ParsedFont>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create(data, postscriptName) {
    if (!(data instanceof Uint8Array) || postscriptName)
      return fontkit.create(data, postscriptName);
    let font = parsedFonts.get(data);
    if (!font) {
      font = fontkit.create(data);
      shapeByWord(font);
      parsedFonts.set(data, font);
    }
    return font;
  },
};

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function faceOf(base64: string): Face {
  const bytes = decodeBase64(base64);
  const characters = new Set(cachingFontkit.create(bytes).characterSet);
  return { bytes, has: (codePoint) => characters.has(codePoint) };
}

let baseFaces: FaceSet | undefined;
let cjkFace: Promise<Face> | undefined;

/** Chinese and Japanese characters (and their punctuation), which only the CJK face covers. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Whether the card text needs the large CJK face. */
export function needsCjkFace(text: string): boolean {
  return CJK.test(text);
}

/** The faces for a card whose text is `text` (decoded once per process, then cached). */
export async function loadFaces(text: string): Promise<FaceSet> {
  baseFaces ??= {
    regular: faceOf(CARLITO_REGULAR_BASE64),
    bold: faceOf(CARLITO_BOLD_BASE64),
    fallback: faceOf(DEJAVU_FALLBACK_BASE64),
  };
  if (!needsCjkFace(text)) return baseFaces;
  cjkFace ??= import('./fonts/droid-cjk.generated').then((m) => faceOf(m.DROID_CJK_BASE64));
  return { ...baseFaces, cjk: await cjkFace };
}

/** Embeds (subset) the faces of `roles` into `doc`. */
export async function embedFaces(
  doc: PDFDocument,
  faces: FaceSet,
  roles: Iterable<FaceRole>,
): Promise<Partial<Record<FaceRole, PDFFont>>> {
  doc.registerFontkit(cachingFontkit);
  const embedded: Partial<Record<FaceRole, PDFFont>> = {};
  for (const role of new Set(roles)) {
    const face = faces[role];
    if (face) embedded[role] = await doc.embedFont(face.bytes, { subset: true });
  }
  return embedded;
}
