'use client';

import { useSearchParams } from 'next/navigation';
import { PitchEditor } from '@/components/pitch-editor/pitch-editor';
import { PitchLoadMessage } from '@/components/pitch-editor/pitch-load-message';
import { useStoredPitch } from '@/components/ui/use-stored-pitch';
import { LiveSlidePreview } from '@/components/slide-preview/slide-preview';
import { LazyDownloadCardButton, LazyDownloadPptxButton, LazyPitchDrafter } from './lazy-features';

/** Loads the pitch named by `?id=` and composes the editor with the preview, drafter and exports. */
export function PitchPageClient() {
  const id = useSearchParams().get('id');
  const state = useStoredPitch(id);
  if (state.status !== 'ready') {
    return <PitchLoadMessage kind={state.status} message={state.status === 'error' ? state.message : undefined} />;
  }
  const { record, wordsPerMinute } = state;
  return (
    <PitchEditor
      key={record.id}
      record={record}
      wordsPerMinute={wordsPerMinute}
      renderPreview={() => <LiveSlidePreview />}
      renderPitchStep={() => <LazyPitchDrafter wordsPerMinute={wordsPerMinute} />}
      renderExports={(currentPitch) => (
        <>
          <LazyDownloadPptxButton currentPitch={currentPitch} />
          <LazyDownloadCardButton currentPitch={currentPitch} pitchId={record.id} />
        </>
      )}
    />
  );
}
