import type { Face, FaceRole, FaceSet, Weight } from './card-fonts';

/** Drawn in place of a character no embedded face can show (present in Carlito). */
export const REPLACEMENT_CHARACTER = '□';

/** One user-perceived character and the face that draws it. */
export interface Glyph {
  role: FaceRole;
  text: string;
}

/** A piece of text that never breaks across lines: a word, or one Chinese or Japanese character. */
export interface Atom {
  glyphs: Glyph[];
  /** Whether a space separates it from the atom before it on the same line. */
  spaceBefore: boolean;
}

export interface PreparedText {
  paragraphs: Atom[][];
  /** Characters no face could draw, each replaced by `REPLACEMENT_CHARACTER`. */
  replaced: number;
  /** Faces the text uses. */
  roles: Set<FaceRole>;
}

/** Breaking spaces (not the no-break spaces U+00A0 and U+202F, which glue words together). */
const BREAKING_SPACE = /[ \t\v\f\u1680\u2000-\u200A\u205F\u3000]+/u;
/** Invisible code points that shape or select (joiners, variation selectors, skin tones, bidi marks). */
const IGNORABLE =
  /[\u00AD\u034F\u061C\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF\u{1F3FB}-\u{1F3FF}\u{E0000}-\u{E0FFF}\p{Cc}\p{Cs}\p{Co}\p{Cn}]/u;
/** Characters after which a line may break even without a space. */
const BREAK_BEFORE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

let graphemeSegmenter: Intl.Segmenter | null | undefined;
/** Printable ASCII, where every character is a grapheme of its own. */
const PLAIN_ASCII = /^[\x20-\x7E]*$/;
function graphemes(text: string): string[] {
  if (PLAIN_ASCII.test(text)) return text.split('');
  graphemeSegmenter ??=
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? new Intl.Segmenter('und', { granularity: 'grapheme' })
      : null;
  return graphemeSegmenter
    ? Array.from(graphemeSegmenter.segment(text), (s) => s.segment)
    : Array.from(text);
}

function faceChain(weight: Weight, faces: FaceSet): [FaceRole, Face][] {
  const chain: [FaceRole, Face | undefined][] = [
    [weight, faces[weight]],
    ['fallback', faces.fallback],
    ['cjk', faces.cjk],
  ];
  return chain.filter((entry): entry is [FaceRole, Face] => entry[1] !== undefined);
}

/** The face that draws a cluster (or "□"), null for a cluster of invisible code points only. */
function pickFace(
  cluster: string,
  weight: Weight,
  chain: [FaceRole, Face][],
): { glyph: Glyph; replaced: boolean } | null {
  const codePoints = Array.from(cluster)
    .filter((ch) => !IGNORABLE.test(ch))
    .map((ch) => ch.codePointAt(0)!);
  if (codePoints.length === 0) return null;
  const visible = String.fromCodePoint(...codePoints);
  const found = chain.find(([, face]) => codePoints.every((cp) => face.has(cp)));
  if (found) return { glyph: { role: found[0], text: visible }, replaced: false };
  return { glyph: { role: weight, text: REPLACEMENT_CHARACTER }, replaced: true };
}

/**
 * Faces picked per weight, face set and cluster, once per process: the faces never change, and
 * a card looks up thousands of clusters, nearly all of them seen before. Entries are only read.
 */
const pickedGlyphs = new Map<string, { glyph: Glyph; replaced: boolean } | null>();
const PICKED_GLYPHS = 50_000;

/**
 * Splits `text` into paragraphs (at "\n") of unbreakable atoms, picks for every character the
 * first face that has all its code points, and replaces characters that no face has with "□"
 * so they stay visible and are counted, never silently dropped.
 */
export function prepareText(text: string, weight: Weight, faces: FaceSet): PreparedText {
  const chain = faceChain(weight, faces);
  const roles = new Set<FaceRole>();
  let replaced = 0;
  const chainKey = `${weight}${faces.cjk ? '+cjk' : ''}\u0000`;
  const pickGlyph = (cluster: string): Glyph | null => {
    const key = chainKey + cluster;
    let picked = pickedGlyphs.get(key);
    if (picked === undefined) {
      if (pickedGlyphs.size >= PICKED_GLYPHS) pickedGlyphs.clear();
      picked = pickFace(cluster, weight, chain);
      pickedGlyphs.set(key, picked);
    }
    if (picked?.replaced) replaced += 1;
    return picked && picked.glyph;
  };

  const paragraphs = text
    .normalize('NFC')
    .split(/\r\n|[\n\r\u2028\u2029\u0085]/u)
    .map((paragraph) => {
      const atoms: Atom[] = [];
      for (const word of paragraph.split(BREAKING_SPACE)) {
        let current: Atom | null = null;
        for (const cluster of graphemes(word)) {
          const glyph = pickGlyph(cluster);
          if (!glyph) continue;
          roles.add(glyph.role);
          if (!current || (BREAK_BEFORE.test(cluster) && current.glyphs.length > 0)) {
            current = { glyphs: [], spaceBefore: current === null && atoms.length > 0 };
            atoms.push(current);
          }
          current.glyphs.push(glyph);
        }
      }
      return atoms;
    });
  return { paragraphs, replaced, roles };
}
