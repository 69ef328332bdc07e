import { browserLibrary } from '@/platform/browser-library';
import type { PitchFile } from '@/lib/pitch/schema';
import type { StoredPitch } from '@/lib/storage/library-database';
import { saveMergingPitch } from '@/lib/storage/pitch-store';
import { describeStorageError } from '@/lib/storage/storage-error';

/**
 * Saves a change the portfolio made to a stored pitch (an input, a merged name) as the editor's
 * autosave does: on top of the revision it was made on, merged field by field with anything
 * another tab saved since. Resolves to an error sentence, or null when saved.
 */
export async function savePitchEdit(record: StoredPitch, pitch: PitchFile): Promise<string | null> {
  try {
    const result = await saveMergingPitch(browserLibrary(), record.id, {
      pitch,
      base: record.pitch,
      baseRevision: record.revision,
    });
    if (result.status === 'missing')
      return 'This pitch was deleted in another tab, so the change was not saved.';
    if (result.status === 'merged' && result.merge.conflicts.length > 0) {
      return `Another tab changed ${result.merge.conflicts.map((c) => c.label).join(', ')} at the same time; its value was kept. Check it and enter yours again.`;
    }
    return null;
  } catch (error) {
    return `The change could not be saved. ${describeStorageError(error)}.`;
  }
}
