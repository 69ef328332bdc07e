'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { pitchFileSchema, pitchFileV2Schema, type PitchFile } from '@/lib/pitch/schema';
import { serializePitch, slugify } from '@/lib/pitch/serialize';
import { browserLibrary } from '@/platform/browser-library';
import type { StoredPitch } from '@/lib/storage/library-database';
import { startEditing } from '@/lib/storage/editing-start';
import { createPitch } from '@/lib/storage/pitch-store';
import { browserUnsavedEdits } from '@/platform/browser-unsaved-edits';
import { AppHeader } from '@/components/ui/app-header';
import { buttonStyles } from '@/components/ui/button-styles';
import { downloadFile } from '@/components/ui/download-file';
import { FormAnalysis, LiveReadinessBadges } from './advice-context';
import { LivePreview, PreviewPlaceholder } from './live-preview';
import { PitchDetails } from './pitch-details';
import { SaveProblemBanner } from './save-problem-banner';
import { SaveStatus } from './save-status';
import { StepContent } from './step-content';
import { StepNav } from './step-nav';
import { STEPS, type StepId } from './steps';
import { useAfterFirstCommit } from './use-after-first-commit';
import { useAutosave } from './use-autosave';

export interface PitchEditorSlots {
  /** The live slide preview (it reads the page's one layout, see LiveAnalysisProvider). */
  renderPreview: () => ReactNode;
  /** The Elevator pitch step (drafter), rendered inside the form context. */
  renderPitchStep: () => ReactNode;
  /** Export buttons for the Review step; `currentPitch` reads the pitch as it stands at the click. */
  renderExports: (currentPitch: () => PitchFile) => ReactNode;
}

interface PitchEditorProps extends PitchEditorSlots {
  record: StoredPitch;
  wordsPerMinute: number;
}

/** The pitch page: the guided Situation → Action → Outcome flow, with autosave, advice and preview. */
export function PitchEditor({ record, wordsPerMinute, ...slots }: PitchEditorProps) {
  const router = useRouter();
  // The stored pitch, merged with the rescued copy of a page that closed before its write finished.
  const start = useMemo(() => startEditing(record, browserUnsavedEdits.read(record.id)), [record]);
  const defaultValues = start.values;
  const form = useForm<PitchFile>({
    resolver: zodResolver(pitchFileV2Schema),
    mode: 'onChange',
    defaultValues,
  });
  const { state, flush, resolve } = useAutosave(form, record, start);
  const [step, setStep] = useState<StepId>(STEPS[0]!.id);
  const [navigated, setNavigated] = useState(false);
  const previewShown = useAfterFirstCommit();

  const goTo = (next: StepId) => {
    setNavigated(true);
    setStep(next);
  };
  const exportJson = () => {
    const values = form.getValues();
    downloadFile(`${slugify(values.title)}.json`, serializePitch(values), 'application/json');
  };
  const saveAsNew = async () => {
    const parsed = pitchFileSchema.safeParse(form.getValues());
    if (!parsed.success) return exportJson();
    const created = await createPitch(browserLibrary(), parsed.data);
    router.replace(`/pitch?id=${encodeURIComponent(created.id)}`);
  };

  return (
    <FormProvider {...form}>
      <FormAnalysis wordsPerMinute={wordsPerMinute}>
      <AppHeader>
        <SaveStatus state={state} />
        <button type="button" className={buttonStyles.secondary} onClick={exportJson}>
          Export JSON
        </button>
        <Link
          href={`/rehearse?id=${encodeURIComponent(record.id)}`}
          className={buttonStyles.primary}
          onClick={() => void flush()}
        >
          Rehearse
        </Link>
      </AppHeader>
        <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
          <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
            <PitchDetails />
            <LiveReadinessBadges />
          </div>
          <div className="mb-4 empty:hidden">
            <SaveProblemBanner
              state={state}
              onExport={exportJson}
              onRetry={() => void flush()}
              onResolve={resolve}
              onSaveAsNew={() => void saveAsNew()}
            />
          </div>
          <form
            noValidate
            onSubmit={(e) => e.preventDefault()}
            className="grid grid-cols-1 gap-6 lg:grid-cols-[11rem_minmax(0,1fr)_minmax(0,1fr)] xl:grid-cols-[12rem_minmax(0,1fr)_minmax(0,1.1fr)]"
          >
            <StepNav current={step} onSelect={goTo} />
            <StepContent
              step={step}
              onGo={goTo}
              focusOnMount={navigated}
              renderPitchStep={slots.renderPitchStep}
              renderExports={() => slots.renderExports(form.getValues)}
            />
            <LivePreview>{previewShown ? slots.renderPreview() : <PreviewPlaceholder />}</LivePreview>
          </form>
        </main>
      </FormAnalysis>
    </FormProvider>
  );
}
