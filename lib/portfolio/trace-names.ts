/**
 * How the portfolio compares the names in pitches' traces. Two names are the same node when they
 * match ignoring case and spacing ("Claims  Excellence" = "claims excellence"); names that match
 * only once punctuation is ignored too, or differ by one typed letter ("Retain top 20 brokers" /
 * "Retain top-20 brokers"), are near-duplicates: offered to the user for merging, never merged.
 */

/**
 * The key a name is grouped by: case and spacing ignored ("10 %" = "10%", "Claims  Excellence" =
 * "claims excellence"), Unicode-normalised so "ﬁ" = "fi".
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/gu, '');
}

/** A name as the portfolio shows it: trimmed, each run of spaces one space. */
export function tidyName(name: string): string {
  return name.replace(/\s+/gu, ' ').trim();
}

/** The key with punctuation and symbols also ignored: "top-20" and "top 20" give one loose key. */
export function looseNameKey(name: string): string {
  return nameKey(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when a trace level holds a name (not missing, not only spaces). */
export function isNamed(name: string | undefined): name is string {
  return name !== undefined && nameKey(name) !== '';
}

/** Edit distance of two strings (insertions, deletions, substitutions), stopping once it passes `most`. */
function editDistanceWithin(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > most) return most + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Loose keys this long or longer may differ by one letter and still be near-duplicates. */
const TYPO_MIN_LENGTH = 8;

/**
 * True when two names that are not the same node look like one name written two ways: the same
 * once punctuation is ignored, or (for names of 8 characters or more) one letter apart, as in
 * "Claims modernisation" / "Claims modernization". A digit that differs never counts as a typo:
 * "Plant 2 upgrade" and "Plant 3 upgrade" are two plants.
 */
export function areNearDuplicates(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return false;
  const looseA = looseNameKey(a);
  const looseB = looseNameKey(b);
  if (looseA === looseB) return looseA !== '';
  if (Math.min(looseA.length, looseB.length) < TYPO_MIN_LENGTH) return false;
  if (looseA.replace(/\D/gu, '') !== looseB.replace(/\D/gu, '')) return false;
  return editDistanceWithin(looseA, looseB, 1) <= 1;
}
