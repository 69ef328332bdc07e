'use client';

import { useState } from 'react';
import { scoreRecall, type RecallScore, type RehearsalCard } from '@/lib/rehearsal';

export type RecallTarget = 'card' | 'pitch';

/** Typed-recall state: what is being recalled and the last score. */
export function useRecall(onChecked: (accuracy: number) => void) {
  const [target, setTarget] = useState<RecallTarget>('card');
  const [score, setScore] = useState<RecallScore | undefined>(undefined);

  function check(typed: string, card: RehearsalCard | undefined, script: string) {
    const expected = target === 'card' && card ? card.back.join(' ') : script;
    const result = scoreRecall(expected, typed);
    setScore(result);
    onChecked(result.accuracy);
  }

  function reset(nextTarget: RecallTarget = target) {
    setTarget(nextTarget);
    setScore(undefined);
  }

  return { target, score, check, reset };
}

export type RecallState = ReturnType<typeof useRecall>;
