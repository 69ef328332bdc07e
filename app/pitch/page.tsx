import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PitchPageClient } from './page-client';

export const metadata: Metadata = { title: 'Pitch' };

export default function PitchPage() {
  return (
    <Suspense>
      <PitchPageClient />
    </Suspense>
  );
}
