'use client';

import { RehearsalLoadMessage } from './rehearsal-load-message';
import { RehearsalWorkspace } from './rehearsal-workspace';
import { useRehearsalData } from './use-rehearsal-data';

/** Loads the pitch `id` and its progress, then shows the rehearsal workspace (or why it cannot). */
export function RehearsalPage({ id }: { id: string | null }) {
  const state = useRehearsalData(id);
  if (state.status === 'ready') return <RehearsalWorkspace key={state.pitchId} data={state} />;
  return <RehearsalLoadMessage kind={state.status} message={state.status === 'error' ? state.message : undefined} />;
}
