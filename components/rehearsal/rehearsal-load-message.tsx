import Link from 'next/link';
import { AppHeader } from '@/components/ui/app-header';
import { buttonStyles } from '@/components/ui/button-styles';

/** Loading, unknown or unreadable pitch: say so plainly and link back to the library. */
export function RehearsalLoadMessage({ kind, message }: { kind: 'loading' | 'missing' | 'error'; message?: string }) {
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-2xl px-4 py-16 text-center">
        {kind === 'loading' ? (
          <p role="status" className="text-slate-600 dark:text-slate-300">
            Opening your rehearsal…
          </p>
        ) : (
          <div role="alert">
            <h1 className="text-xl font-bold">{kind === 'missing' ? 'There is no such pitch to rehearse' : 'This pitch could not be opened'}</h1>
            <p className="mt-2 text-slate-600 dark:text-slate-300">
              {kind === 'missing'
                ? 'It may have been deleted, or it lives in another browser. Choose a pitch from your library and press “Rehearse”.'
                : message}
            </p>
            <Link href="/" className={`${buttonStyles.primary} mt-6`}>
              Go to the library
            </Link>
          </div>
        )}
      </main>
    </>
  );
}
