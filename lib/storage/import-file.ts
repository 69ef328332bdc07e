import type { PitchIssue } from '../pitch/issues';
import { parseImportText } from '../pitch/parse-pitch-file';
import { importIntoLibrary } from './library-backup';
import type { LibraryDatabase } from './library-database';
import { describeStorageError } from './storage-error';

export type ImportOutcome =
  { ok: true; message: string } | { ok: false; message: string; issues: PitchIssue[] };

/**
 * Imports the text of a file the user picked (a pitch file or a library backup) and says what
 * happened: what was added, or exactly what is wrong with the file, or why the browser could not
 * store it. Nothing is written unless all of it can be (one transaction).
 */
export async function importFileText(
  db: LibraryDatabase,
  fileName: string,
  text: string,
): Promise<ImportOutcome> {
  const name = `“${fileName}”`;
  const parsed = parseImportText(text);
  if (!parsed.ok)
    return {
      ok: false,
      message: `${name} was not imported. ${parsed.error}`,
      issues: parsed.issues,
    };
  try {
    if (parsed.kind === 'pitch') {
      await importIntoLibrary(db, [parsed.pitch]);
      return {
        ok: true,
        message: `Imported “${parsed.pitch.title || parsed.pitch.headline || 'Untitled pitch'}”.`,
      };
    }
    const { pitches, rehearsal } = parsed.backup;
    await importIntoLibrary(db, pitches, rehearsal);
    return {
      ok: true,
      message: `Imported ${pitches.length} pitch${pitches.length === 1 ? '' : 'es'} from the backup.`,
    };
  } catch (error) {
    return {
      ok: false,
      message: `${name} could not be saved in this browser. ${describeStorageError(error)}. Nothing was imported; your library is unchanged.`,
      issues: [],
    };
  }
}
