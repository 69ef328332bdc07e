import type { UseFormReturn } from 'react-hook-form';
import { pitchFileSchema, type PitchFile } from '@/lib/pitch/schema';
import { toEditablePitch } from '@/lib/pitch/editable-pitch';

/** Comparable text of form values: schema order, so equal pitches give equal strings. */
export function snapshot(values: unknown): string {
  const parsed = pitchFileSchema.safeParse(values);
  return JSON.stringify(parsed.success ? toEditablePitch(parsed.data) : values);
}

/**
 * The form's values as a copy of their own: react-hook-form's `getValues()` copies only the top
 * level, and a merge base that shared a list with the form would follow every later keystroke.
 */
export function readForm(form: UseFormReturn<PitchFile>): PitchFile {
  return structuredClone(form.getValues());
}
