import { bulletPath, type FieldPath } from '../pitch/field-path';
import { toEditablePitch } from '../pitch/editable-pitch';
import type { PitchFile } from '../pitch/schema';
import { BULLET_KEYS, fieldLabel, FORMAT_KEYS, RECORD_KEYS, valueAt, withValueAt } from './pitch-fields';

/** A field both tabs changed to different values since the base. */
export interface FieldConflict {
  path: FieldPath;
  label: string;
  mine: unknown;
  theirs: unknown;
}

export interface PitchMerge {
  /** What to store: the other tab's value wherever both changed a field, until the user chooses. */
  stored: PitchFile;
  /** What the form shows: this tab's value wherever both changed a field. */
  form: PitchFile;
  /** The next base: `stored`, except the conflicting fields keep the old base (they stay unresolved). */
  base: PitchFile;
  /** Fields only the other tab changed: taken from it. */
  fromOther: FieldPath[];
  /** Fields only this tab changed: kept. */
  kept: FieldPath[];
  conflicts: FieldConflict[];
}

/** Deep equality of JSON values (pitches hold nothing else). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

const UNKNOWN = Symbol('unknown base');
type Base = PitchFile | typeof UNKNOWN;

/** The fields a merge looks at in these pitches: bullets one by one where no list changed length. */
function fieldPaths(pitches: PitchFile[]): FieldPath[] {
  const keys = new Set(pitches.flatMap((p) => Object.keys(p)));
  const paths: FieldPath[] = [];
  for (const key of keys) {
    if ((FORMAT_KEYS as readonly string[]).includes(key)) continue;
    if ((BULLET_KEYS as readonly string[]).includes(key)) {
      const lengths = new Set(pitches.map((p) => (valueAt(p, key) as unknown[] | undefined)?.length ?? 0));
      const [length = 0] = lengths;
      if (lengths.size === 1) for (let i = 0; i < length; i++) paths.push(bulletPath(key, i));
      else paths.push(key);
    } else if ((RECORD_KEYS as readonly string[]).includes(key)) {
      const subKeys = new Set(pitches.flatMap((p) => Object.keys((valueAt(p, key) as object | undefined) ?? {})));
      for (const sub of subKeys) paths.push(`${key}.${sub}`);
    } else {
      paths.push(key);
    }
  }
  return paths;
}

/**
 * Three-way merge of a pitch, field by field: `base` is the revision this tab's form started
 * from, `theirs` the one stored since (another tab's save), `mine` the form. A field changed on
 * one side only takes that side's value; changed on both to different values it is a conflict.
 * `base` null means it is unknown (an old rescued copy): every field that differs is a conflict.
 */
export function mergePitch(base: PitchFile | null, theirs: PitchFile, mine: PitchFile): PitchMerge {
  const b: Base = base ? toEditablePitch(base) : UNKNOWN;
  const t = toEditablePitch(theirs);
  const m = toEditablePitch(mine);
  let stored = t;
  let form = t;
  let nextBase = t;
  const fromOther: FieldPath[] = [];
  const kept: FieldPath[] = [];
  const conflicts: FieldConflict[] = [];
  for (const path of fieldPaths(b === UNKNOWN ? [t, m] : [b, t, m])) {
    const baseValue = b === UNKNOWN ? UNKNOWN : valueAt(b, path);
    const theirValue = valueAt(t, path);
    const myValue = valueAt(m, path);
    if (sameValue(theirValue, myValue)) continue;
    if (baseValue !== UNKNOWN && sameValue(baseValue, myValue)) {
      fromOther.push(path);
    } else if (baseValue !== UNKNOWN && sameValue(baseValue, theirValue)) {
      kept.push(path);
      stored = withValueAt(stored, path, myValue);
      form = withValueAt(form, path, myValue);
      nextBase = withValueAt(nextBase, path, myValue);
    } else {
      conflicts.push({ path, label: fieldLabel(path), mine: myValue, theirs: theirValue });
      form = withValueAt(form, path, myValue);
      // An unknown base stays unresolved as the other tab's value: this tab's text is on screen and in the banner.
      if (baseValue !== UNKNOWN) nextBase = withValueAt(nextBase, path, baseValue);
    }
  }
  return { stored, form, base: nextBase, fromOther, kept, conflicts };
}
