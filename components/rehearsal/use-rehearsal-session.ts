'use client';

import { describeStorageError } from '@/lib/storage/storage-error';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  addSession,
  countRecall,
  countReview,
  dueCards,
  scheduleReview,
  stepCueLevel,
  type GradeName,
  type RehearsalCard,
  type RehearsalProgress,
  type RunThroughResult,
} from '@/lib/rehearsal';
import { browserLibrary } from '@/platform/browser-library';
import { saveRehearsal, updateMeasuredPace } from '@/lib/storage/rehearsal-store';
import type { RehearsalData } from './use-rehearsal-data';

/** How often due counts are refreshed while the page is open, in milliseconds. */
const CLOCK_TICK_MS = 15_000;

/** The card after `current` in deck order that is still in the queue (wrapping unless `stopAtEnd`). */
function nextInQueue(deck: RehearsalCard[], queue: RehearsalCard[], currentKey: string, stopAtEnd: boolean) {
  const position = deck.findIndex((c) => c.key === currentKey);
  const later = queue.find((c) => deck.indexOf(c) > position);
  return later ?? (stopAtEnd ? undefined : queue[0]);
}

/** Rehearsal state of one pitch: the queue, the current card, grading and saving. */
export function useRehearsalSession(data: RehearsalData) {
  const { deck, pitchId } = data;
  const [progress, setProgress] = useState<RehearsalProgress>(data.progress);
  const [measuredPace, setMeasuredPace] = useState(data.measuredPace);
  const [now, setNow] = useState(() => Date.now());
  const [sittingStartedAt] = useState(() => Date.now());
  const [practiceAll, setPracticeAll] = useState(false);
  const [currentKey, setCurrentKey] = useState<string | undefined>(undefined);
  const [roundDone, setRoundDone] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const saving = useRef(Promise.resolve());
  // Actions read the latest progress from here, so quick key presses never grade stale state.
  const latest = useRef(progress);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const due = useMemo(() => dueCards(deck, progress, now), [deck, progress, now]);
  const queue = practiceAll ? deck : due;
  const current = roundDone ? undefined : (queue.find((c) => c.key === currentKey) ?? queue[0]);

  const persist = useCallback(
    (next: RehearsalProgress, afterSave?: () => Promise<void>) => {
      latest.current = next;
      setProgress(next);
      const db = browserLibrary();
      saving.current = saving.current
        .then(() => saveRehearsal(db, pitchId, next))
        .then(afterSave)
        .then(() => setSaveError(undefined))
        .catch((error: unknown) =>
          setSaveError(`Progress could not be saved in this browser. ${describeStorageError(error)}.`),
        );
    },
    [pitchId],
  );

  const grade = useCallback(
    (card: RehearsalCard, gradeName: GradeName) => {
      const at = Date.now();
      const next = countReview(scheduleReview(latest.current, card.key, gradeName, at), sittingStartedAt);
      persist(next);
      setNow(at);
      const queueAfter = practiceAll ? deck : dueCards(deck, next, at);
      const following = nextInQueue(deck, queueAfter, card.key, practiceAll);
      setCurrentKey(following?.key);
      if (practiceAll && !following) setRoundDone(true);
    },
    [deck, persist, practiceAll, sittingStartedAt],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      if (!current) return;
      const index = queue.indexOf(current) + step;
      const target = queue[index];
      if (target) setCurrentKey(target.key);
    },
    [current, queue],
  );

  const changePracticeAll = useCallback((all: boolean) => {
    setPracticeAll(all);
    setRoundDone(false);
    setCurrentKey(undefined);
  }, []);

  const stepCue = useCallback(
    (card: RehearsalCard, direction: 'more-help' | 'less-help') => persist(stepCueLevel(latest.current, card.key, direction)),
    [persist],
  );

  const recordRecall = useCallback(
    (accuracy: number) => persist(countRecall(latest.current, sittingStartedAt, accuracy)),
    [persist, sittingStartedAt],
  );

  const recordRunThrough = useCallback(
    (result: RunThroughResult, startedAt: number) => {
      const entry = { at: startedAt, kind: 'run-through' as const, cardsReviewed: 0, seconds: Math.round(result.seconds * 10) / 10, wpm: Math.round(result.wpm) };
      persist(addSession(latest.current, entry), async () => setMeasuredPace(await updateMeasuredPace(browserLibrary())));
    },
    [persist],
  );

  return {
    deck,
    progress,
    now,
    due,
    queue,
    current,
    practiceAll,
    roundDone,
    measuredPace,
    saveError,
    grade,
    move,
    stepCue,
    changePracticeAll,
    restartRound: () => changePracticeAll(true),
    recordRecall,
    recordRunThrough,
  };
}

export type RehearsalSession = ReturnType<typeof useRehearsalSession>;
