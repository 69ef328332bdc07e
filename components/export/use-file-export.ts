'use client';

import { useRef, useState } from 'react';
import { downloadFile } from '@/components/ui/download-file';
import type { PitchIssue } from '@/lib/pitch/issues';

/** What an export built on click gives back: the file, or why it was refused. */
export type ExportedFile =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; fileName: string; contentType: string }
  | { ok: false; error: string; issues: PitchIssue[] };

export type FileExportState =
  | { status: 'idle'; savedAs?: string; notes?: string }
  | { status: 'busy' }
  | { status: 'failed'; message: string; issues: PitchIssue[] };

/**
 * The click-to-download cycle shared by the export buttons: busy while the file is built (its
 * code loaded on demand), then the download, a refusal with the fields to fix, or a failure
 * message made by `failureMessage` from the error's detail (" (…)" or ""). Keyboard focus goes
 * back to `button` when the export ends, since disabling the button while busy dropped it.
 */
export function useFileExport(failureMessage: (detail: string) => string) {
  const [state, setState] = useState<FileExportState>({ status: 'idle' });
  const button = useRef<HTMLButtonElement>(null);

  function finish(next: FileExportState) {
    setState(next);
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) button.current?.focus();
    });
  }

  /** Builds the file with `build` and downloads it; `notesOf` adds a note to the success status. */
  async function run<File extends ExportedFile>(
    build: () => Promise<File>,
    notesOf?: (file: Extract<File, { ok: true }>) => string | undefined,
  ) {
    setState({ status: 'busy' });
    try {
      const file = await build();
      if (!file.ok) {
        finish({ status: 'failed', message: file.error, issues: file.issues });
        return;
      }
      const built = file as Extract<File, { ok: true }>;
      downloadFile(built.fileName, built.bytes, built.contentType);
      finish({ status: 'idle', savedAs: built.fileName, notes: notesOf?.(built) });
    } catch (error) {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      finish({ status: 'failed', message: failureMessage(detail), issues: [] });
    }
  }

  return { state, busy: state.status === 'busy', button, run };
}
