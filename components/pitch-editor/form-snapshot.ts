import { pitchFileSchema } from '@/lib/pitch/schema';
import { toEditablePitch } from '@/lib/pitch/editable-pitch';

/** Comparable text of form values: schema order, so equal pitches give equal strings. */
export function snapshot(values: unknown): string {
  const parsed = pitchFileSchema.safeParse(values);
  return JSON.stringify(parsed.success ? toEditablePitch(parsed.data) : values);
}
