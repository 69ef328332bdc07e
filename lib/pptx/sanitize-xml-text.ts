import type { PitchFile } from '../pitch/schema';

/**
 * Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) plus lone
 * surrogates (a high surrogate not followed by a low one, a low one not preceded by a high one).
 */
const FORBIDDEN_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes user text safe to put in an XML part: removes every character XML 1.0 forbids and turns
 * CR LF / lone CR into LF. pptxgenjs 4.0.1 escapes only `& < > " '` and writes control
 * characters raw, which gives a corrupt file (LibreOffice shows it blank, PowerPoint asks to
 * repair); it also writes a lone CR raw. Removal comes first, so a CR and an LF that only had
 * forbidden characters between them are one line break. Characters are UTF-16 code units.
 */
export function sanitizeXmlText(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '').replace(/\r\n?/g, '\n');
}

function cleanOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : sanitizeXmlText(text);
}

/** Every user string of a pitch passed through `sanitizeXmlText`; enums and numbers unchanged. */
export function sanitizePitch(pitch: PitchFile): PitchFile {
  const clean: PitchFile = {
    ...pitch,
    title: cleanOptional(pitch.title),
    audience: cleanOptional(pitch.audience),
    headline: sanitizeXmlText(pitch.headline),
    situation: pitch.situation.map(sanitizeXmlText),
    action: pitch.action.map(sanitizeXmlText),
    outcome: pitch.outcome.map(sanitizeXmlText),
    ask: cleanOptional(pitch.ask),
    valueProposition: cleanOptional(pitch.valueProposition),
  };
  if (pitch.trace) {
    clean.trace = Object.fromEntries(
      Object.entries(pitch.trace).map(([key, value]) => [key, cleanOptional(value)]),
    );
  }
  if (pitch.pitch) clean.pitch = { ...pitch.pitch, text: cleanOptional(pitch.pitch.text) };
  return dropUndefined(clean);
}

/** Keeps the object shape the schema produced: no key that was absent appears as `undefined`. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
