'use client';

import { useRef } from 'react';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import { parseImportText } from '@/lib/pitch/parse-pitch-file';
import type { PitchIssue } from '@/lib/pitch/issues';
import { browserLibrary } from '@/platform/browser-library';
import { importIntoLibrary } from '@/lib/storage/library-backup';
import { buttonStyles } from '@/components/ui/button-styles';

export type ImportOutcome =
  | { ok: true; message: string }
  | { ok: false; message: string; issues: PitchIssue[] };

/** "Import": reads a pitch file or a library backup and adds it, or explains what is wrong. */
export function ImportButton({ onOutcome }: { onOutcome: (outcome: ImportOutcome) => void }) {
  const input = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    const name = `“${file.name}”`;
    if (file.size > PITCH_LIMITS.importFileBytes) {
      const mib = (file.size / 1024 / 1024).toFixed(1);
      onOutcome({
        ok: false,
        message: `${name} is ${mib} MiB; imports are limited to 5 MiB. Nothing was imported.`,
        issues: [],
      });
      return;
    }
    const parsed = parseImportText(await file.text());
    if (!parsed.ok) {
      onOutcome({ ok: false, message: `${name} was not imported. ${parsed.error}`, issues: parsed.issues });
      return;
    }
    try {
      const db = browserLibrary();
      if (parsed.kind === 'pitch') {
        await importIntoLibrary(db, [parsed.pitch]);
        onOutcome({ ok: true, message: `Imported “${parsed.pitch.title || parsed.pitch.headline || 'Untitled pitch'}”.` });
      } else {
        const { pitches, rehearsal } = parsed.backup;
        await importIntoLibrary(db, pitches, rehearsal);
        onOutcome({ ok: true, message: `Imported ${pitches.length} pitch${pitches.length === 1 ? '' : 'es'} from the backup.` });
      }
    } catch (error) {
      onOutcome({
        ok: false,
        message: `${name} could not be saved in this browser (${error instanceof Error ? error.message : 'storage error'}). Nothing was imported.`,
        issues: [],
      });
    }
  }

  return (
    <>
      <button type="button" className={buttonStyles.secondary} onClick={() => input.current?.click()}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M10 2a1 1 0 0 1 1 1v7.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 10.6V3a1 1 0 0 1 1-1ZM4 15a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z" />
        </svg>
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
