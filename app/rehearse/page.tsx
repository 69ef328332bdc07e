import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RehearsePageClient } from './page-client';

export const metadata: Metadata = {
  title: 'Rehearse',
  description: 'Learn your pitch by heart: flashcards with fading cues, typed recall and timed run-throughs.',
};

export default function RehearsePage() {
  return (
    <Suspense>
      <RehearsePageClient />
    </Suspense>
  );
}
