/**
 * Field paths: how the app names a place in a pitch, in advice, errors, messages and the HTTP
 * API alike: `headline`, `situation[1]`, `trace.if`, `pitch.text` (docs/DESIGN.md). The form
 * library (react-hook-form) spells the same places `situation.1`; `formName` is the one
 * conversion to its spelling, and nothing else in the app writes that one.
 */

/** A field path such as `situation[1]` or `trace.if`. */
export type FieldPath = string;

/** Formats a property path (['situation', 2]) as a field path ('situation[2]'). */
export function fieldPathOf(path: ReadonlyArray<PropertyKey>): FieldPath {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** The path of one bullet of a section: `bulletPath('situation', 1)` is `situation[1]`. */
export function bulletPath(section: string, index: number): FieldPath {
  return `${section}[${index}]`;
}

/** The top-level key a path belongs to: `situation[2]` → `situation`, `trace.if` → `trace`. */
export function rootOf(path: FieldPath): string {
  return /^[A-Za-z]+/.exec(path)?.[0] ?? path;
}

/** The section of a bullet path (`situation[1]` → `situation`), or undefined for any other path. */
export function sectionOfBullet(path: FieldPath): string | undefined {
  return /^(\w+)\[\d+\]$/.exec(path)?.[1];
}

/** The form library's name of a field path: `situation[1]` → `situation.1` (dots elsewhere stay). */
export function formName(path: FieldPath): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}
