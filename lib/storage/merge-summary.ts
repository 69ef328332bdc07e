import type { FieldPath } from '../pitch/field-path';
import { fieldLabel } from './pitch-fields';

const MAX_NAMED = 4;

/** "Title", "Title and Audience", "Title, Audience and Ask", "Title, Audience, Ask, Theme and 2 more". */
export function listFields(paths: readonly FieldPath[]): string {
  const labels = [...new Set(paths.map(fieldLabel))];
  if (labels.length <= 1) return labels[0] ?? '';
  if (labels.length > MAX_NAMED + 1) {
    return `${labels.slice(0, MAX_NAMED).join(', ')} and ${labels.length - MAX_NAMED} more`;
  }
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * The sentence that says what a merge with another tab's save did:
 * "Merged with another tab: it changed Audience; your Title is kept."
 */
export function mergeSummary(merge: { fromOther: readonly FieldPath[]; kept: readonly FieldPath[] }): string {
  const theirs = `it changed ${listFields(merge.fromOther)}`;
  if (!merge.kept.length) return merge.fromOther.length ? `Updated from another tab: ${theirs}.` : 'Updated from another tab.';
  const verb = new Set(merge.kept.map(fieldLabel)).size === 1 ? 'is' : 'are';
  const mine = `your ${listFields(merge.kept)} ${verb} kept`;
  return merge.fromOther.length ? `Merged with another tab: ${theirs}; ${mine}.` : `Saved after another tab's save: ${mine}.`;
}
