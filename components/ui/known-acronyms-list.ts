import { fieldText, textFields } from '@/lib/advice/fields';
import { unexplainedAcronyms } from '@/lib/language/acronyms';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';

/**
 * The pure side of "Known to my audience": which acronyms of a field an `acronyms` finding
 * means, and the pitch's `knownAcronyms` after marking some, within the schema's limits.
 */

/** A known acronym as the pitch schema accepts it: 1–12 letters, digits, "&" or "-". */
const ACRONYM_FORMAT = /^[\p{L}\p{N}&-]+$/u;
const fitsSchema = (acronym: string) =>
  acronym.length <= PITCH_LIMITS.acronymChars && ACRONYM_FORMAT.test(acronym);

/** "KYC", "KYC and AML", "KYC, AML and PEP". */
export function listAcronyms(acronyms: readonly string[]): string {
  if (acronyms.length <= 1) return acronyms[0] ?? '';
  return `${acronyms.slice(0, -1).join(', ')} and ${acronyms[acronyms.length - 1]}`;
}

/** Those of `acronyms` not in `known` yet, once each: the advice compares acronyms ignoring case. */
export function notYetKnown(acronyms: readonly string[], known: readonly string[]): string[] {
  const seen = new Set(known.map((k) => k.toUpperCase()));
  return acronyms.filter((a) => {
    const key = a.toUpperCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The acronyms of `field` (`situation[1]`, `pitch`...) that the audience may not know, in order:
 * what its `acronyms` finding is about (the rule's own `unexplainedAcronyms`, against the whole
 * pitch's text and its known acronyms), and only those the schema lets the pitch store.
 */
export function acronymsToMark(pitch: PitchFile, field: string): string[] {
  const text = fieldText(pitch, field) ?? '';
  const context = textFields(pitch)
    .map((f) => f.text)
    .join('\n');
  const known = pitch.knownAcronyms ?? [];
  return notYetKnown(
    unexplainedAcronyms(text, context, known)
      .map((a) => a.text)
      .filter(fitsSchema),
    known,
  );
}

/** `known` with `acronyms` added (no duplicates), or null when they would not all fit in the schema's 40. */
export function withKnown(known: readonly string[], acronyms: readonly string[]): string[] | null {
  const added = notYetKnown(acronyms, known);
  return known.length + added.length > PITCH_LIMITS.knownAcronyms ? null : [...known, ...added];
}

/** `known` without `acronyms`. */
export function withoutKnown(known: readonly string[], acronyms: readonly string[]): string[] {
  return known.filter((k) => !acronyms.includes(k));
}
