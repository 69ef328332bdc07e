'use client';

import { useSearchParams } from 'next/navigation';
import { BasicPitchStep } from '@/components/pitch-editor/basic-pitch-step';
import { PitchEditor } from '@/components/pitch-editor/pitch-editor';
import { PitchLoadMessage } from '@/components/pitch-editor/pitch-load-message';
import { useStoredPitch } from '@/components/pitch-editor/use-stored-pitch';

/** Loads the pitch named by `?id=` and composes the editor with the preview, drafter and exports. */
export function PitchPageClient() {
  const id = useSearchParams().get('id');
  const state = useStoredPitch(id);
  if (state.status !== 'ready') return <PitchLoadMessage kind={state.status} message={state.status === 'error' ? state.message : undefined} />;
  return (
    <PitchEditor
      key={state.record.id}
      record={state.record}
      wordsPerMinute={state.wordsPerMinute}
      renderPreview={() => null}
      renderPitchStep={() => <BasicPitchStep />}
      renderExports={() => null}
    />
  );
}
