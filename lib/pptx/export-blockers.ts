import { rootOf } from '../pitch/field-path';
import { overflowRule } from '../advice/overflow';
import { requiredRule } from '../advice/structure-rules';
import type { PitchIssue } from '../pitch/issues';
import type { PitchFile } from '../pitch/schema';
import type { SlideFit } from '../slide';

const REQUIRED_MESSAGES: Record<string, string> = {
  headline: 'Add the headline: the one sentence the slide must get across',
  situation: 'Add a Situation bullet: where things stand today',
  action: 'Add an Action bullet: what you will do about it',
  outcome: 'Add an Outcome bullet: the result, with a number',
  ask: 'Add the ask: the decision you need',
};

const OVERFLOW_MESSAGES: Record<string, string> = {
  headline: 'The headline does not fit: shorten it',
  situation: 'The Situation does not fit: shorten or remove a bullet',
  action: 'The Action does not fit: shorten or remove a bullet',
  outcome: 'The Outcome does not fit: shorten or remove a bullet',
  ask: 'The ask does not fit: shorten it',
  trace:
    'The trace footer does not fit: shorten the objective, initiative, program, project or If / Then / Else',
};


/** Thrown by `buildPptx` when the pitch is incomplete or does not fit; `issues` name each field to fix. */
export class ExportBlockedError extends Error {
  override readonly name = 'ExportBlockedError';
  constructor(readonly issues: PitchIssue[]) {
    super(
      issues.length === 1
        ? `The slide cannot be exported yet. ${issues[0]!.message}.`
        : 'The slide cannot be exported yet. Fix these first:',
    );
  }
}

/**
 * The `required` and `overflow` errors of the advice engine as field + message pairs a user can
 * act on ("Add the ask: the decision you need"); empty when the slide can be exported. Runs the
 * very rule functions `analyzePitch` runs for those two ids, without the language rules (which
 * would load the NLP libraries into the export); `fit` is reused when the caller has it.
 */
export function findExportBlockers(pitch: PitchFile, fit?: SlideFit): PitchIssue[] {
  const seen = new Set<string>();
  const blockers: PitchIssue[] = [];
  for (const finding of [...requiredRule(pitch), ...overflowRule(pitch, fit)]) {
    const field = rootOf(finding.field);
    const messages = finding.rule === 'required' ? REQUIRED_MESSAGES : OVERFLOW_MESSAGES;
    const message = messages[field] ?? finding.message;
    const key = `${finding.rule}:${field}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    blockers.push({ path: finding.field, message });
  }
  return blockers;
}
