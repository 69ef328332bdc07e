'use client';

import { useRef } from 'react';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { ImportOutcome } from '@/lib/storage/import-file';
import { describeStorageError } from '@/lib/storage/storage-error';
import { importFileOffThread } from '@/platform/library-worker/library-client';
import { buttonStyles } from '@/components/ui/button-styles';

export type { ImportOutcome };

/**
 * "Import": reads a pitch file or a library backup and adds it, or explains what is wrong. The
 * file is read, validated and stored in the library worker: a 5 MiB backup never blocks the page.
 */
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
    onOutcome({ ok: true, message: `Importing ${name}…` });
    try {
      onOutcome(await importFileOffThread(file));
    } catch (error) {
      onOutcome({
        ok: false,
        message: `${name} was not imported. ${describeStorageError(error)}. Your library is unchanged.`,
        issues: [],
      });
    }
  }

  return (
    <>
      <button
        type="button"
        className={buttonStyles.secondary}
        onClick={() => input.current?.click()}
      >
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
