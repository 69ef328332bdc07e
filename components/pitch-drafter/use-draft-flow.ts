'use client';

import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  DEFAULT_DRAFT_STYLE,
  DRAFT_LENSES,
  DRAFT_STYLE_IDS,
  DRAFT_STYLES,
  draftPitch,
  draftPitchResult,
  toLensId,
  type DraftStyleId,
  type LensId,
} from '@/lib/drafter';
import { TARGET_SECONDS, type TargetSeconds } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';

export function toTargetSeconds(value: unknown): TargetSeconds {
  return TARGET_SECONDS.find((t) => t === value) ?? 60;
}

/**
 * Drafting without ever losing the user's words: a draft replaces the text directly only when
 * the text is empty or still exactly a generated draft; otherwise the caller asks first
 * (`confirming`). Switching style, target or audience lens redrafts an untouched draft, and keeps
 * edited text. The lens is the pitch's own `lens` (saved with it); style is a choice of this page.
 */
export function useDraftFlow(wordsPerMinute: number) {
  const { getValues, setValue } = useFormContext<PitchFile>();
  const currentTarget = () => toTargetSeconds(getValues('pitch.targetSeconds'));
  const currentText = () => getValues('pitch.text') ?? '';
  const currentLens = () => toLensId(getValues('lens'));
  const draftFor = (style: DraftStyleId, targetSeconds: number, lens = currentLens()) =>
    draftPitch(getValues(), { style, targetSeconds, wordsPerMinute, lens });

  const [style, setStyle] = useState<DraftStyleId>(() => {
    const text = currentText();
    return DRAFT_STYLE_IDS.find((s) => text && draftFor(s, currentTarget()) === text) ?? DEFAULT_DRAFT_STYLE;
  });
  const [lens, setLens] = useState<LensId>(currentLens);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const lastDraft = useRef<string | null>(null);

  /** The text is a draft nobody has touched: the last one written here, or (after a reload) a fresh one. */
  const isUntouchedDraft = (text: string) =>
    text === lastDraft.current || DRAFT_STYLE_IDS.some((s) => draftFor(s, currentTarget()) === text);

  const write = (nextStyle: DraftStyleId, targetSeconds: number, nextLens = currentLens()) => {
    const result = draftPitchResult(getValues(), { style: nextStyle, targetSeconds, wordsPerMinute, lens: nextLens });
    if (!result.text) {
      setMessage('Fill in the slide first (headline, situation, action, outcome and ask), then draft again.');
      return;
    }
    lastDraft.current = result.text;
    setValue('pitch.text', result.text, { shouldDirty: true, shouldValidate: true });
    const label = DRAFT_STYLES.find((s) => s.id === nextStyle)?.label ?? nextStyle;
    const lensLabel = DRAFT_LENSES.find((l) => l.id === nextLens)?.label ?? nextLens;
    const audience = nextLens === 'general' ? ' for' : ` for the ${lensLabel},`;
    const fill = result.fill ? ` That is all the slide says: ${result.fill.charAt(0).toLowerCase()}${result.fill.slice(1)}` : '';
    setMessage(`Drafted “${label}”${audience} ${targetSeconds} s: ${result.words} words, about ${Math.round(result.seconds)} s.${fill}`);
  };

  return {
    style,
    lens,
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
    chooseLens: (next: LensId) => {
      const text = currentText();
      const untouched = text.trim() !== '' && isUntouchedDraft(text);
      setLens(next);
      setValue('lens', next, { shouldDirty: true, shouldValidate: true });
      if (untouched) write(style, currentTarget(), next);
      else if (text.trim()) setMessage('Audience chosen. Your text is kept: press “Draft pitch” to redraft for it.');
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
