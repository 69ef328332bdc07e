import { LIBRARY_FORMAT, SUPPORTED_VERSION } from './limits';
import type { LibraryBackup, PitchFile } from './schema';

/** Pretty JSON of one pitch file, as "Export JSON" saves it (always the current format version). */
export function serializePitch(pitch: PitchFile): string {
  return `${JSON.stringify(pitch, null, 2)}\n`;
}

/** Pretty JSON of a whole-library backup, written as the current format version. */
export function serializeLibrary(
  pitches: PitchFile[],
  rehearsal?: LibraryBackup['rehearsal'],
): string {
  const backup: LibraryBackup = {
    format: LIBRARY_FORMAT,
    version: SUPPORTED_VERSION,
    pitches,
    ...(rehearsal && rehearsal.length ? { rehearsal } : {}),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** File-name slug of a title: lower-case ASCII words joined by dashes, never empty. */
export function slugify(title: string | undefined, fallback = 'pitch'): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || fallback;
}
