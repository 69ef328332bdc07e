'use client';

import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { DEFAULT_DRAFT_STYLE, DRAFT_STYLE_IDS, DRAFT_STYLES, draftPitch, type DraftStyleId } from '@/lib/drafter';
import { TARGET_SECONDS, type TargetSeconds } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';
import { countWords, estimateSpokenSeconds } from '@/lib/pitch/spoken-time';

export function toTargetSeconds(value: unknown): TargetSeconds {
  return TARGET_SECONDS.find((t) => t === value) ?? 60;
}

/**
 * Drafting without ever losing the user's words: a draft replaces the text directly only when
 * the text is empty or still exactly a generated draft; otherwise the caller asks first
 * (`confirming`). Switching style or target redrafts an untouched draft, and keeps edited text.
 */
export function useDraftFlow(wordsPerMinute: number) {
  const { getValues, setValue } = useFormContext<PitchFile>();
  const draftFor = (style: DraftStyleId, targetSeconds: number) =>
    draftPitch(getValues(), { style, targetSeconds, wordsPerMinute });
  const currentTarget = () => toTargetSeconds(getValues('pitch.targetSeconds'));
  const currentText = () => getValues('pitch.text') ?? '';

  const [style, setStyle] = useState<DraftStyleId>(() => {
    const text = currentText();
    return DRAFT_STYLE_IDS.find((s) => text && draftFor(s, currentTarget()) === text) ?? DEFAULT_DRAFT_STYLE;
  });
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const lastDraft = useRef<string | null>(null);

  /** The text is a draft nobody has touched: the last one written here, or (after a reload) a fresh one. */
  const isUntouchedDraft = (text: string) =>
    text === lastDraft.current || DRAFT_STYLE_IDS.some((s) => draftFor(s, currentTarget()) === text);

  const write = (nextStyle: DraftStyleId, targetSeconds: number) => {
    const draft = draftFor(nextStyle, targetSeconds);
    if (!draft) {
      setMessage('Fill in the slide first (headline, situation, action, outcome and ask), then draft again.');
      return;
    }
    lastDraft.current = draft;
    setValue('pitch.text', draft, { shouldDirty: true, shouldValidate: true });
    const label = DRAFT_STYLES.find((s) => s.id === nextStyle)?.label ?? nextStyle;
    const seconds = Math.round(estimateSpokenSeconds(draft, wordsPerMinute));
    setMessage(`Drafted “${label}” for ${targetSeconds} s: ${countWords(draft)} words, about ${seconds} s.`);
  };

  return {
    style,
    confirming,
    message,
    draft: () => {
      const text = currentText();
      if (!text.trim() || isUntouchedDraft(text)) write(style, currentTarget());
      else setConfirming(true);
    },
    replace: () => {
      setConfirming(false);
      write(style, currentTarget());
    },
    keep: () => {
      // The dialog also reports a close after "Replace"; only a real "keep" says so.
      if (!confirming) return;
      setConfirming(false);
      setMessage('Kept your text.');
    },
    chooseStyle: (next: DraftStyleId) => {
      const text = currentText();
      const untouched = text.trim() !== '' && isUntouchedDraft(text);
      setStyle(next);
      if (untouched) write(next, currentTarget());
      else if (text.trim()) setMessage('Style chosen. Your text is kept: press “Draft pitch” to redraft in this style.');
    },
    chooseTarget: (next: TargetSeconds) => {
      const text = currentText();
      const untouched = text.trim() !== '' && isUntouchedDraft(text);
      setValue('pitch.targetSeconds', next, { shouldDirty: true, shouldValidate: true });
      if (untouched) write(style, next);
      else if (text.trim()) setMessage(`Target set to ${next} s. Your text is kept: press “Draft pitch” to redraft for it.`);
    },
  };
}
