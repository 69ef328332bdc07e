'use client';

import Link from 'next/link';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { serializePitch, slugify } from '@/lib/pitch/serialize';
import { browserLibrary } from '@/platform/browser-library';
import { exportLibraryJson } from '@/lib/storage/library-backup';
import {
  deletePitch,
  duplicatePitch,
  getPitch,
  renamePitch,
  restorePitch,
  type DeletedPitch,
} from '@/lib/storage/pitch-store';
import { matchesFilter, type PitchSummary } from '@/lib/storage/pitch-summary';
import { describeStorageError } from '@/lib/storage/storage-error';
import type { ImportOutcome } from '@/lib/storage/import-file';
import { AppHeader } from '@/components/ui/app-header';
import { buttonStyles } from '@/components/ui/button-styles';
import { downloadFile } from '@/components/ui/download-file';
import { DamagedPitches } from './damaged-pitches';
import { ImportButton } from './import-button';
import { LibraryFilter } from './library-filter';
import { LibraryMessage } from './import-message';
import { LibraryIntro } from './library-intro';
import { NewPitchButton } from './new-pitch-dialog';
import { PitchList, type PitchActions } from './pitch-list';
import { RenameDialog } from './rename-dialog';
import { UndoToast } from './undo-toast';
import { useLibrary } from './use-library';

const failure = (what: string, error: unknown): ImportOutcome => ({
  ok: false,
  message: `${what} failed. ${describeStorageError(error)}.`,
  issues: [],
});

/** The home page: every pitch in this browser, with find, new, import, export, rename, duplicate and delete. */
export function LibraryPage() {
  const { state: library, readiness } = useLibrary();
  const [message, setMessage] = useState<ImportOutcome | null>(null);
  const [deleted, setDeleted] = useState<DeletedPitch | null>(null);
  const [renaming, setRenaming] = useState<PitchSummary | null>(null);
  const [query, setQuery] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const summaries = useMemo(() => (library.status === 'ready' ? library.summaries : []), [library]);
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(
    () => summaries.filter((s) => matchesFilter(s, deferredQuery)),
    [summaries, deferredQuery],
  );

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
      setMessage({
        ok: true,
        message: `Exported ${count} pitch${count === 1 ? '' : 'es'} as a library backup.`,
      });
    } catch (error) {
      setMessage(failure('Export', error));
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

  const actions: PitchActions = {
    rename: setRenaming,
    duplicate: (summary) =>
      void duplicatePitch(db(), summary.id).catch((e: unknown) =>
        setMessage(failure('Duplicate', e)),
      ),
    exportJson: (summary) =>
      void getPitch(db(), summary.id).then(
        (record) =>
          record &&
          downloadFile(
            `${slugify(record.pitch.title)}.json`,
            serializePitch(record.pitch),
            'application/json',
          ),
        (e: unknown) => setMessage(failure('Export', e)),
      ),
    remove: (summary) =>
      void deletePitch(db(), summary.id).then(
        (removed) => removed && setDeleted(removed),
        (e: unknown) => setMessage(failure('Delete', e)),
      ),
  };

  return (
    <>
      <AppHeader>
        <Link href="/portfolio" className={buttonStyles.ghost}>
          Portfolio
        </Link>
        <NewPitchButton onError={(m) => setMessage({ ok: false, message: m, issues: [] })} />
        <ImportButton onOutcome={setMessage} />
        <button
          type="button"
          className={buttonStyles.secondary}
          onClick={() => void exportLibrary()}
          disabled={summaries.length === 0}
        >
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
          <p
            role="alert"
            className="rounded-xl border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-700 dark:bg-rose-950/60 dark:text-rose-100"
          >
            {library.message}
          </p>
        ) : summaries.length === 0 && library.damaged.length === 0 ? (
          <EmptyLibrary />
        ) : (
          <>
            <DamagedPitches damaged={library.damaged} />
            {summaries.length > 0 ? (
              <>
                <LibraryFilter
                  query={query}
                  onQuery={setQuery}
                  shown={shown.length}
                  total={library.total}
                  complete={library.complete}
                />
                <PitchList summaries={shown} readiness={readiness} now={now} actions={actions} />
              </>
            ) : null}
          </>
        )}
      </main>
      {renaming ? (
        <RenameDialog
          currentTitle={renaming.title}
          onCancel={() => setRenaming(null)}
          onRename={(title) => {
            const id = renaming.id;
            setRenaming(null);
            void renamePitch(db(), id, title)
              .then((result) => {
                if (result.status === 'missing')
                  setMessage(failure('Rename', new Error('The pitch was deleted in another tab')));
              })
              .catch((e: unknown) => setMessage(failure('Rename', e)));
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
        Choose <strong>New pitch</strong> to build your first slide step by step, or start from an
        example to see what an executive-ready pitch looks like. Already have a pitch file? Use{' '}
        <strong>Import</strong>.
      </p>
    </div>
  );
}
