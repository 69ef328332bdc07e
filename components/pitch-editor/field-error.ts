import type { FieldErrors } from 'react-hook-form';
import { formName, type FieldPath } from '@/lib/pitch/field-path';
import type { PitchFile } from '@/lib/pitch/schema';

/** The schema error message of the form at a field path (`situation[2]`, `trace.if`), if any. */
export function fieldError(errors: FieldErrors<PitchFile>, path: FieldPath): string | undefined {
  let node: unknown = errors;
  for (const part of formName(path).split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
