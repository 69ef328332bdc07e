import { unexplainedAcronyms } from '../language/acronyms';
import type { PitchFile } from '../pitch/schema';
import type { TextField } from './fields';
import { finding, type Finding } from './types';

/** More than this many unexplained acronyms in one field is acronym soup. */
export const MAX_UNEXPLAINED_ACRONYMS = 2;

/**
 * `acronyms`: a field with more than two acronyms the audience may not know, none of which is
 * spelled out once anywhere in the pitch (`context`) or marked as known (`knownAcronyms`).
 */
export function acronymRule(
  field: TextField,
  context: string,
  pitch: Pick<PitchFile, 'knownAcronyms'>,
): Finding[] {
  const unexplained = unexplainedAcronyms(field.text, context, pitch.knownAcronyms ?? []);
  if (unexplained.length <= MAX_UNEXPLAINED_ACRONYMS) return [];
  const first = unexplained[0]!;
  const last = unexplained[unexplained.length - 1]!;
  const list = unexplained.map((a) => a.text);
  const named = `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  return [
    finding(
      'acronyms',
      field.field,
      `${named} in one place: a listener has to guess at least one. Spell each out the first time ("what ${first.text} stands for (${first.text})"), or mark them as known to this audience.`,
      { start: first.start, end: last.end },
    ),
  ];
}
