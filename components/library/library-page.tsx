'use client';

import { useCallback, useEffect, useState } from 'react';
import { serializePitch, slugify } from '@/lib/pitch/serialize';
import type { StoredPitch } from '@/lib/storage/library-database';
import { browserLibrary } from '@/platform/browser-library';
import { exportLibraryJson } from '@/lib/storage/library-backup';
import { deletePitch, duplicatePitch, renamePitch, restorePitch, type DeletedPitch } from '@/lib/storage/pitch-store';
import { AppHeader } from '@/components/ui/app-header';
import { buttonStyles } from '@/components/ui/button-styles';
import { downloadFile } from '@/components/ui/download-file';
import { ImportButton, type ImportOutcome } from './import-button';
import { LibraryMessage } from './import-message';
import { LibraryIntro } from './library-intro';
import { NewPitchButton } from './new-pitch-dialog';
import { PitchRow } from './pitch-row';
import { RenameDialog } from './rename-dialog';
import { UndoToast } from './undo-toast';
import { useLibrary } from './use-library';
import { useReadinessScores } from './use-readiness-scores';

const failure = (what: string, error: unknown): ImportOutcome => ({
  ok: false,
  message: `${what} failed: ${error instanceof Error ? error.message : 'storage error'}.`,
  issues: [],
});

/** The home page: every pitch in this browser, with new, import, export, rename, duplicate and delete. */
export function LibraryPage() {
  const library = useLibrary();
  const [message, setMessage] = useState<ImportOutcome | null>(null);
  const [deleted, setDeleted] = useState<DeletedPitch | null>(null);
  const [renaming, setRenaming] = useState<StoredPitch | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const pitches = library.status === 'ready' ? library.pitches : [];
  const readiness = useReadinessScores(pitches);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const db = browserLibrary;
  const expireUndo = useCallback(() => setDeleted(null), []);

  async function exportLibrary() {
    try {
      const { json, count } = await exportLibraryJson(db());
      const date = new Date().toISOString().slice(0, 10);
      downloadFile(`one-slide-pitch-library-${date}.json`, json, 'application/json');
      setMessage({ ok: true, message: `Exported ${count} pitch${count === 1 ? '' : 'es'} as a library backup.` });
    } catch (error) {
      setMessage(failure('Export', error));
    }
  }

  async function remove(record: StoredPitch) {
    try {
      const removed = await deletePitch(db(), record.id);
      if (removed) setDeleted(removed);
    } catch (error) {
      setMessage(failure('Delete', error));
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    const toRestore = deleted;
    setDeleted(null);
    try {
      await restorePitch(db(), toRestore);
    } catch (error) {
      setMessage(failure('Undo', error));
    }
  }

  return (
    <>
      <AppHeader>
        <NewPitchButton onError={(m) => setMessage({ ok: false, message: m, issues: [] })} />
        <ImportButton onOutcome={setMessage} />
        <button type="button" className={buttonStyles.secondary} onClick={() => void exportLibrary()} disabled={pitches.length === 0}>
          Export JSON
        </button>
      </AppHeader>
      <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <LibraryIntro />
        {message ? (
          <div className="mb-6">
            <LibraryMessage outcome={message} onDismiss={() => setMessage(null)} />
          </div>
        ) : null}
        {library.status === 'loading' ? (
          <p className="text-slate-600 dark:text-slate-300" role="status">
            Opening your library…
          </p>
        ) : library.status === 'error' ? (
          <p role="alert" className="rounded-xl border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-100">
            {library.message}
          </p>
        ) : pitches.length === 0 && library.damaged.length === 0 ? (
          <EmptyLibrary />
        ) : (
          <ul className="grid gap-3" aria-label="Pitches">
            {pitches.map((record) => (
              <PitchRow
                key={record.id}
                record={record}
                now={now}
                readiness={readiness[record.id]}
                onRename={() => setRenaming(record)}
                onDuplicate={() => void duplicatePitch(db(), record.id).catch((e: unknown) => setMessage(failure('Duplicate', e)))}
                onExport={() => downloadFile(`${slugify(record.pitch.title)}.json`, serializePitch(record.pitch), 'application/json')}
                onDelete={() => void remove(record)}
              />
            ))}
            {library.damaged.map((item) => (
              <li key={item.id} className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
                A stored pitch could not be read ({item.problem}). It is kept unchanged;{' '}
                <button type="button" className="font-semibold underline" onClick={() => downloadFile(`damaged-${item.id}.json`, JSON.stringify(item.raw, null, 2), 'application/json')}>
                  download its raw data
                </button>{' '}
                to repair it.
              </li>
            ))}
          </ul>
        )}
      </main>
      {renaming ? (
        <RenameDialog
          currentTitle={renaming.pitch.title ?? ''}
          onCancel={() => setRenaming(null)}
          onRename={(title) => {
            const id = renaming.id;
            setRenaming(null);
            void renamePitch(db(), id, title).catch((e: unknown) => setMessage(failure('Rename', e)));
          }}
        />
      ) : null}
      {deleted ? (
        <UndoToast
          key={deleted.record.id}
          message={`Deleted “${deleted.title}”.`}
          onUndo={() => void undoDelete()}
          onExpire={expireUndo}
        />
      ) : null}
    </>
  );
}

function EmptyLibrary() {
  return (
    <div className="rounded-2xl border-2 border-dashed border-slate-300 p-10 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">No pitches yet</h2>
      <p className="mx-auto mt-2 max-w-md text-slate-600 dark:text-slate-300">
        Choose <strong>New pitch</strong> to build your first slide step by step, or start from an example to see what an
        executive-ready pitch looks like. Already have a pitch file? Use <strong>Import</strong>.
      </p>
    </div>
  );
}
