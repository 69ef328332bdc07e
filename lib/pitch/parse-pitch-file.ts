import { LIBRARY_FORMAT, PITCH_FORMAT, PITCH_LIMITS } from './limits';
import { toPitchIssues, WITH_INPUT, type PitchIssue } from './issues';
import { libraryBackupSchema, pitchFileSchema, type LibraryBackup, type PitchFile } from './schema';

export type ParsedImport =
  | { ok: true; kind: 'pitch'; pitch: PitchFile }
  | { ok: true; kind: 'library'; backup: LibraryBackup }
  | { ok: false; error: string; issues: PitchIssue[] };

function fail(error: string, issues: PitchIssue[] = []): ParsedImport {
  return { ok: false, error, issues };
}

/** Validates an already-decoded JSON value as a pitch file (version 1 or 2); the pitch it gives is version 2. */
export function parsePitchValue(
  value: unknown,
): { ok: true; pitch: PitchFile } | { ok: false; error: string; issues: PitchIssue[] } {
  const result = pitchFileSchema.safeParse(value, WITH_INPUT);
  if (result.success) return { ok: true, pitch: result.data };
  const issues = toPitchIssues(result.error);
  const newer = issues.find((i) => i.path === 'version' && i.message.includes('newer version'));
  if (newer) return { ok: false, error: newer.message, issues: [newer] };
  const wrongFormat = issues.find((i) => i.path === 'format');
  if (wrongFormat) return { ok: false, error: wrongFormat.message, issues: [wrongFormat] };
  return { ok: false, error: 'The pitch file has problems that must be fixed first.', issues };
}

/**
 * Validates an already-decoded JSON value as a library backup (version 1 or 2), upgraded to
 * version 2; the error ends with `consequence` ("nothing was imported"). Never throws.
 */
export function parseLibraryBackupValue(
  value: unknown,
  consequence: string,
): { ok: true; backup: LibraryBackup } | { ok: false; error: string; issues: PitchIssue[] } {
  const result = libraryBackupSchema.safeParse(value, WITH_INPUT);
  if (result.success) return { ok: true, backup: result.data };
  const issues = toPitchIssues(result.error);
  const newer = issues.find((i) => i.path === 'version' && i.message.includes('newer version'));
  if (newer)
    return {
      ok: false,
      error: newer.message.replace('This file is', 'This backup is'),
      issues: [newer],
    };
  const wrongFormat = issues.find((i) => i.path === 'format');
  if (wrongFormat) return { ok: false, error: wrongFormat.message, issues: [wrongFormat] };
  return { ok: false, error: `This library backup has problems, so ${consequence}.`, issues };
}

/**
 * Reads the text of an imported file: a pitch file or a library backup.
 * Never throws; the error says exactly what is wrong so the user can fix the file.
 */
export function parseImportText(text: string): ParsedImport {
  if (text.length > PITCH_LIMITS.importFileBytes) {
    return fail(
      `This file is too large: imports are limited to ${PITCH_LIMITS.importFileBytes / 1024 / 1024} MiB.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return fail(
      `This file is not valid JSON${detail}. Pitch files are JSON exported by One-Slide Pitch.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(
      'This file is JSON, but not a pitch file or a library backup: expected an object with "format".',
    );
  }
  const format = (value as { format?: unknown }).format;
  if (format === LIBRARY_FORMAT) {
    const backup = parseLibraryBackupValue(value, 'nothing was imported');
    return backup.ok ? { ok: true, kind: 'library', backup: backup.backup } : backup;
  }
  if (format !== PITCH_FORMAT) {
    return fail(
      `This file is not a One-Slide Pitch file: "format" must be "${PITCH_FORMAT}" or "${LIBRARY_FORMAT}"${
        typeof format === 'string' ? `, not "${format.slice(0, 60)}"` : ''
      }.`,
    );
  }
  const parsed = parsePitchValue(value);
  return parsed.ok ? { ok: true, kind: 'pitch', pitch: parsed.pitch } : parsed;
}
