import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CardPageClient } from './page-client';

export const metadata: Metadata = { title: 'Memorization card' };

/** `/card?id=<pitchId>&cue=<level>`: the memorization card in the browser, ready to print. */
export default function CardPage() {
  return (
    <Suspense>
      <CardPageClient />
    </Suspense>
  );
}
