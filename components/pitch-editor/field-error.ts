import { useFormState, type FieldErrors } from 'react-hook-form';
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

/**
 * The schema error messages of the fields at `paths`, re-rendering only the caller, and only when
 * one of these fields is validated. Reading `formState.errors` from the form context instead
 * subscribes the whole editor (the form's owner) to every validation, that is every keystroke.
 */
export function useFieldErrors(...paths: FieldPath[]): Array<string | undefined> {
  const { errors } = useFormState<PitchFile>({
    name: paths.map((path) => formName(path)) as Array<keyof PitchFile>,
  });
  return paths.map((path) => fieldError(errors, path));
}
