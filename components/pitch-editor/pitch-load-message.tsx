import Link from 'next/link';
import { AppHeader } from '@/components/ui/app-header';
import { buttonStyles } from '@/components/ui/button-styles';
import { PitchPageSkeleton } from './pitch-page-skeleton';

/** Loading (the page's skeleton), missing or unreadable pitch: say so plainly and offer the way back. */
export function PitchLoadMessage({
  kind,
  message,
}: {
  kind: 'loading' | 'missing' | 'error';
  message?: string;
}) {
  if (kind === 'loading') return <PitchPageSkeleton />;
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-2xl px-4 py-16 text-center">
        <div role="alert">
          <h1 className="text-xl font-bold">
            {kind === 'missing'
              ? 'This pitch is not in your library'
              : 'This pitch could not be opened'}
          </h1>
          <p className="mt-2 text-slate-600 dark:text-slate-300">
            {kind === 'missing'
              ? 'It may have been deleted, or it was saved in another browser. Pitches live only in the browser that created them until you export them.'
              : message}
          </p>
          <Link href="/" className={`${buttonStyles.primary} mt-6`}>
            Back to your pitches
          </Link>
        </div>
      </main>
    </>
  );
}
