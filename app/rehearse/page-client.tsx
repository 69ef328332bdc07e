'use client';

import { useSearchParams } from 'next/navigation';
import { RehearsalPage } from '@/components/rehearsal/rehearsal-page';

/** Reads `?id=` and hands it to the rehearsal feature. */
export function RehearsePageClient() {
  return <RehearsalPage id={useSearchParams().get('id')} />;
}
