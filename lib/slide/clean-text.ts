/**
 * Text as it may appear on the slide: characters XML 1.0 forbids (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; lone surrogates) are removed, and tabs and line
 * breaks become spaces, since each field is one paragraph. The fit measures exactly this text,
 * so the export can write the fitted lines as they are.
 */
export function cleanSlideText(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[\t\n\r\u2028\u2029]/g, ' ');
}

/** True when a field has nothing to show once cleaned (empty or only spaces). */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || cleanSlideText(text).trim() === '';
}
