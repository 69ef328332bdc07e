/**
 * JSZip 3.10 (which pptxgenjs writes with) UTF-8-encodes a string part in chunks of 16,384
 * UTF-16 units, so a surrogate pair (an emoji, a rare CJK ideograph) straddling a chunk boundary
 * is written as two U+FFFD. To keep every character, text handed to pptxgenjs carries each
 * character beyond U+FFFF as a token of BMP characters, and the package step puts the real
 * character back before encoding the part itself. The token is framed by U+FFFF and U+FFFE,
 * which `sanitizeXmlText` removes from user text, so it cannot be forged by what a user types.
 */

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const TOKEN = /\uFFFF([0-9A-F]{5,6})\uFFFE/g;

/** Replaces each supplementary-plane character with its token; expects sanitised text. */
export function shieldAstralCharacters(text: string): string {
  return text.replace(
    SURROGATE_PAIR,
    (pair) => `\uFFFF${pair.codePointAt(0)!.toString(16).toUpperCase()}\uFFFE`,
  );
}

/** Puts back the characters `shieldAstralCharacters` replaced. */
export function restoreAstralCharacters(xml: string): string {
  return xml.replace(TOKEN, (_token, hex: string) =>
    String.fromCodePoint(Number.parseInt(hex, 16)),
  );
}
