import type { FieldPath } from '../pitch/field-path';
import { SECTION_LABELS, type Section } from '../pitch/limits';
import type { PitchFile } from '../pitch/schema';

/** The keys whose value is a record merged key by key; every other key is one field (bullets aside). */
export const RECORD_KEYS = ['trace', 'pitch', 'portfolio'] as const;
/** The bullet lists, merged bullet by bullet while both tabs kept their length. */
export const BULLET_KEYS: readonly Section[] = ['situation', 'action', 'outcome'];
/** Constant in every pitch the app holds: never a field of a merge. */
export const FORMAT_KEYS = ['format', 'version'] as const;

const TOP_LABELS: Record<string, string> = {
  title: 'Title',
  audience: 'Audience',
  headline: 'Headline',
  ask: 'Ask',
  valueProposition: 'Value proposition',
  theme: 'Theme',
  lens: 'Audience lens',
  meeting: 'Meeting',
  answerNotes: 'Answer notes',
  knownAcronyms: 'Acronyms known to this audience',
  keyNumber: 'Key number',
  trace: 'Trace',
  pitch: 'Elevator pitch',
  portfolio: 'Portfolio',
};

const SUB_LABELS: Record<string, string> = {
  'pitch.text': 'Elevator pitch',
  'pitch.targetSeconds': 'Elevator pitch target length',
  'trace.if': 'Trace: if',
  'trace.then': 'Trace: then',
  'trace.else': 'Trace: else',
  'portfolio.annualBenefit': 'Portfolio: annual benefit',
  'portfolio.oneOffCost': 'Portfolio: one-off cost',
  'portfolio.monthsToFirstBenefit': 'Portfolio: months to first benefit',
  'portfolio.strategicFit': 'Portfolio: strategic fit',
};

const PATH = /^([A-Za-z]+)(?:\[(\d+)\]|\.([A-Za-z]+))?$/;

/** The name a user knows a field by: "Title", "Action 2", "Trace: program", "Elevator pitch". */
export function fieldLabel(path: FieldPath): string {
  const [, root = path, index, key] = PATH.exec(path) ?? [];
  if (index !== undefined) return `${SECTION_LABELS[root as Section] ?? root} ${Number(index) + 1}`;
  if (key !== undefined) return SUB_LABELS[path] ?? `${TOP_LABELS[root] ?? root}: ${key}`;
  if (root in SECTION_LABELS) return `${SECTION_LABELS[root as Section]} (every point)`;
  return TOP_LABELS[root] ?? root;
}

type Loose = Record<string, unknown>;

/** The value at a field path of a merge (`title`, `situation[1]`, `situation`, `trace.if`); undefined when absent. */
export function valueAt(pitch: PitchFile, path: FieldPath): unknown {
  const [, root = path, index, key] = PATH.exec(path) ?? [];
  const top = (pitch as unknown as Loose)[root];
  if (index !== undefined) return Array.isArray(top) ? top[Number(index)] : undefined;
  if (key !== undefined) return top && typeof top === 'object' ? (top as Loose)[key] : undefined;
  return top;
}

/** A copy of `pitch` with `value` at `path` (the same paths as `valueAt`); undefined removes a key. */
export function withValueAt(pitch: PitchFile, path: FieldPath, value: unknown): PitchFile {
  const [, root = path, index, key] = PATH.exec(path) ?? [];
  const copy = { ...pitch } as unknown as Loose;
  if (index !== undefined) {
    const list = [...((copy[root] as unknown[] | undefined) ?? [])];
    list[Number(index)] = value;
    copy[root] = list;
  } else if (key !== undefined) {
    const record = { ...((copy[root] as Loose | undefined) ?? {}) };
    if (value === undefined) delete record[key];
    else record[key] = value;
    copy[root] = record;
  } else if (value === undefined) {
    delete copy[root];
  } else {
    copy[root] = value;
  }
  return copy as unknown as PitchFile;
}

/** A field's value as the conflict banner quotes it. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (Array.isArray(value)) {
    if (value.length === 0) return '(empty)';
    return value
      .map((item) => (item && typeof item === 'object' ? Object.values(item as Loose).join(': ') : String(item)))
      .join(' · ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
