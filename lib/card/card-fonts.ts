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

/**
 * fontkit that parses each face once per process: pdf-lib would parse the same bytes for every
 * card, which is most of a warm card's time. Parsed fonts are only read (pdf-lib subsets a copy).
 */
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create(data, postscriptName) {
    if (!(data instanceof Uint8Array) || postscriptName)
      return fontkit.create(data, postscriptName);
    let font = parsedFonts.get(data);
    if (!font) {
      font = fontkit.create(data);
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
