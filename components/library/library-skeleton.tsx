import { AppHeader } from '@/components/ui/app-header';
import { LibraryIntro } from './library-intro';

/** The library before IndexedDB has answered: the same frame, so nothing jumps when it fills in. */
export function LibrarySkeleton() {
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <LibraryIntro />
        <p className="text-slate-600 dark:text-slate-300" role="status">
          Opening your library…
        </p>
      </main>
    </>
  );
}
