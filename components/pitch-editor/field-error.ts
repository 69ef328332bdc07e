import type { FieldErrors } from 'react-hook-form';
import type { PitchFile } from '@/lib/pitch/schema';

/** The schema error message at a dotted form path (`situation.2`, `trace.if`), if any. */
export function fieldError(errors: FieldErrors<PitchFile>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
