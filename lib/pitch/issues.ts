import type { $ZodError } from 'zod/v4/core';
import { fieldPathOf } from './field-path';

/** A schema problem in the words a user can act on; `path` is like `situation[2]` or `pitch.text`. */
export interface PitchIssue {
  path: string;
  message: string;
}


/**
 * Parse options for a parse whose issues go through `toPitchIssues`: zod leaves each issue's
 * input out unless asked, and that input is what tells a missing field from a wrong value.
 */
export const WITH_INPUT = { reportInput: true } as const;

/** Turns zod issues (parsed `WITH_INPUT`) into path + message pairs, naming unknown keys explicitly. */
export function toPitchIssues(error: $ZodError): PitchIssue[] {
  return error.issues.map((issue) => {
    const path = fieldPathOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const where = path ? ` in ${path}` : '';
      return { path, message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${where}: the pitch file format does not have ${issue.keys.length > 1 ? 'them' : 'it'}.` };
    }
    if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) {
      return { path, message: `${path || 'A field'} is missing.` };
    }
    return { path, message: issue.message };
  });
}

/** One line summary of issues, for a toast or an error banner. */
export function summarizeIssues(issues: PitchIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => (i.path && !i.message.includes(i.path) ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : '';
  return shown.join(' ') + more;
}
