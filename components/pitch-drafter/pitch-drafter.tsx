'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { insertBeforeAsk, pitchChecklist } from '@/lib/drafter';
import { useSlideFill } from './use-slide-fill';
import type { PitchFile } from '@/lib/pitch/schema';
import { speechText } from '@/lib/pitch/speech';
import { DraftControls } from './draft-controls';
import { HearItButton } from './hear-it-button';
import { IfThenElseLine } from './if-then-else-line';
import { PitchAdviceList } from './pitch-advice-list';
import { PitchChecklist } from './pitch-checklist';
import { PitchTextEditor } from './pitch-text-editor';
import { ReplaceDraftDialog } from './replace-draft-dialog';
import { SpokenTimeBar } from './spoken-time-bar';
import { toTargetSeconds, useDraftFlow } from './use-draft-flow';
import { useSpeechAdvice } from './use-speech-advice';
import { ValuePropositionField } from './value-proposition-field';

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The Elevator pitch step: draft from the slide in a style and length, edit with live time,
 * checklist and advice, add the value proposition or If / Then / Else, and hear it read aloud.
 * Lives inside the pitch page's FormProvider (values: PitchFile); every change autosaves.
 */
export function PitchDrafter({ wordsPerMinute }: { wordsPerMinute: number }) {
  const id = useId();
  const { getValues, setValue } = useFormContext<PitchFile>();
  const values = useWatch<PitchFile>() as PitchFile;
  const text = speechText(values);
  const targetSeconds = toTargetSeconds(values.pitch?.targetSeconds);
  const flow = useDraftFlow(wordsPerMinute);
  const advice = useSpeechAdvice();
  const checklist = useMemo(() => pitchChecklist(text, values), [text, values]);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [inserted, setInserted] = useState('');
  const fill = useSlideFill(values, { style: flow.style, lens: flow.lens, targetSeconds, wordsPerMinute });

  const pitchFindings = advice.findings.filter((f) => f.field === 'pitch');
  const fresh = advice.analysedText === text;
  const add = (sentence: string) => {
    const current = getValues('pitch.text') ?? '';
    const next = insertBeforeAsk(current, asSentence(sentence));
    if (next === current) return setInserted('That sentence is already in your pitch.');
    setValue('pitch.text', next, { shouldDirty: true, shouldValidate: true });
    setInserted('Added to your pitch, just before the ask.');
  };
  const show = (start: number, end: number) => {
    textarea.current?.focus();
    textarea.current?.setSelectionRange(start, end);
  };

  return (
    <div className="@container grid gap-6">
      <DraftControls
        style={flow.style}
        targetSeconds={targetSeconds}
        lens={flow.lens}
        onStyle={flow.chooseStyle}
        onTarget={flow.chooseTarget}
        onLens={flow.chooseLens}
        onDraft={flow.draft}
      />
      <p role="status" className="min-h-5 text-sm text-slate-700 empty:hidden dark:text-slate-300">
        {flow.message}
      </p>

      <div className="grid gap-2">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={`${id}-pitch`} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
            Elevator pitch
          </label>
          <HearItButton text={text} wordsPerMinute={wordsPerMinute} />
        </div>
        <PitchTextEditor
          id={`${id}-pitch`}
          describedBy={`${id}-advice`}
          findings={fresh ? pitchFindings : []}
          textareaRef={(element) => {
            textarea.current = element;
          }}
        />
        <SpokenTimeBar text={text} targetSeconds={targetSeconds} wordsPerMinute={wordsPerMinute} fill={fill} />
        <PitchAdviceList id={`${id}-advice`} findings={fresh ? pitchFindings : pitchFindings.filter((f) => f.start === undefined)} text={text} onShow={show} />
      </div>

      <PitchChecklist items={checklist} />

      <div className="grid gap-5 border-t border-slate-200 pt-5 dark:border-slate-800">
        <ValuePropositionField findings={advice.findings.filter((f) => f.field === 'valueProposition')} onAdd={add} />
        <IfThenElseLine onAdd={add} />
        <p role="status" className="text-sm text-slate-700 empty:hidden dark:text-slate-300">
          {inserted}
        </p>
      </div>

      <ReplaceDraftDialog open={flow.confirming} onReplace={flow.replace} onKeep={flow.keep} />
    </div>
  );
}
