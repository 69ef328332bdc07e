import { bulletPath } from '../pitch/field-path';
import { SECTIONS } from '../pitch/limits';
import type { PitchFile, Trace } from '../pitch/schema';
import { speechText } from '../pitch/speech';

/** The kinds of text a pitch holds; wording rules treat labels and prose differently. */
export type FieldKind =
  'headline' | 'bullet' | 'ask' | 'valueProposition' | 'traceLabel' | 'traceLine' | 'pitch';

/** One text field of a pitch with its form path. */
export interface TextField {
  field: string;
  kind: FieldKind;
  text: string;
}

const TRACE_LABELS = [
  'objective',
  'initiative',
  'program',
  'project',
] as const satisfies (keyof Trace)[];
const TRACE_LINES = ['if', 'then', 'else'] as const satisfies (keyof Trace)[];

/** Every text field on the slide or in the pitch, in the order the form shows them. */
export function textFields(pitch: PitchFile): TextField[] {
  const fields: TextField[] = [{ field: 'headline', kind: 'headline', text: pitch.headline }];
  for (const section of SECTIONS) {
    pitch[section].forEach((text, i) =>
      fields.push({ field: bulletPath(section, i), kind: 'bullet', text }),
    );
  }
  fields.push({ field: 'ask', kind: 'ask', text: pitch.ask ?? '' });
  fields.push({
    field: 'valueProposition',
    kind: 'valueProposition',
    text: pitch.valueProposition ?? '',
  });
  for (const key of TRACE_LABELS)
    fields.push({ field: `trace.${key}`, kind: 'traceLabel', text: pitch.trace?.[key] ?? '' });
  for (const key of TRACE_LINES)
    fields.push({ field: `trace.${key}`, kind: 'traceLine', text: pitch.trace?.[key] ?? '' });
  fields.push({ field: 'pitch', kind: 'pitch', text: speechText(pitch) });
  return fields;
}

const ORDER = [
  'headline',
  ...SECTIONS,
  'ask',
  'valueProposition',
  ...TRACE_LABELS.map((k) => `trace.${k}`),
  ...TRACE_LINES.map((k) => `trace.${k}`),
  'trace',
  'pitch',
];

/**
 * Sort key of a field path in form order: `situation` (the whole section) comes just before
 * `situation[0]`, and bullets follow their index.
 */
export function fieldRank(field: string): number {
  const match = /^([a-zA-Z.]+)(?:\[(\d+)\])?$/.exec(field);
  const base = match ? ORDER.indexOf(match[1]!) : -1;
  const index = match?.[2] === undefined ? -1 : Number(match[2]);
  return (base < 0 ? ORDER.length : base) * 100 + index + 1;
}

/** Text of the field a finding points at (`situation[1]`, `trace.if`...), or undefined for a whole section. */
export function fieldText(pitch: PitchFile, field: string): string | undefined {
  return textFields(pitch).find((f) => f.field === field)?.text;
}

/** The slide's texts (everything but the spoken pitch and the ask), for comparing the pitch against. */
export function slideTexts(pitch: PitchFile): string[] {
  return textFields(pitch)
    .filter((f) => f.kind !== 'pitch' && f.kind !== 'ask' && f.text.trim() !== '')
    .map((f) => f.text);
}
