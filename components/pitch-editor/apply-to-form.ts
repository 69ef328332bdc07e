import type { UseFormReturn } from 'react-hook-form';
import { formName } from '@/lib/pitch/field-path';
import type { PitchFile } from '@/lib/pitch/schema';
import { mergePitch } from '@/lib/storage/merge-pitch';
import { valueAt } from '@/lib/storage/pitch-fields';
import { readForm } from './form-snapshot';

/**
 * Moves the form from `from` (its values when a merge was computed) to `to` (the merge's result),
 * field by field, leaving alone every field typed in since: those keep what the user typed.
 */
export function applyToForm(form: UseFormReturn<PitchFile>, from: PitchFile, to: PitchFile): void {
  const { fromOther } = mergePitch(from, to, readForm(form));
  for (const path of fromOther) {
    form.setValue(formName(path) as 'title', valueAt(to, path) as string, { shouldValidate: true });
  }
}
