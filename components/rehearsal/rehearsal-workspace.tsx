'use client';

import Link from 'next/link';
import { useRef, useState } from 'react';
import {
  GRADES,
  previewIntervals,
  scoreRunThrough,
  type GradeName,
  type RunThroughResult,
} from '@/lib/rehearsal';
import { AppHeader } from '@/components/ui/app-header';
import { buttonStyles } from '@/components/ui/button-styles';
import { FlashcardsMode } from './flashcards-mode';
import { KeyboardHelp } from './keyboard-help';
import { ModeSwitch, type RehearsalMode } from './mode-switch';
import { ProgressPanel } from './progress-panel';
import { RecallPanel } from './recall-panel';
import { RunThroughPanel } from './run-through-panel';
import type { RehearsalData } from './use-rehearsal-data';
import { speechTargetSeconds } from '@/lib/pitch/speech';
import { useRecall } from './use-recall';
import { useRehearsalKeys } from './use-rehearsal-keys';
import { useRehearsalSession } from './use-rehearsal-session';
import { useRunThroughTimer } from './use-run-through-timer';

/** The rehearsal page of one pitch: status, the three modes, keyboard shortcuts and progress. */
export function RehearsalWorkspace({ data }: { data: RehearsalData }) {
  const session = useRehearsalSession(data);
  const { current } = session;
  const [mode, setMode] = useState<RehearsalMode>('flashcards');
  const [flippedKey, setFlippedKey] = useState<string | undefined>(undefined);
  const flipped = current !== undefined && flippedKey === current.key;
  const cardRef = useRef<HTMLDivElement>(null);
  const recall = useRecall(session.recordRecall);
  const targetSeconds = speechTargetSeconds(data.pitch);
  const [runResult, setRunResult] = useState<RunThroughResult | undefined>(undefined);
  const run = useRunThroughTimer((seconds, startedAt) => {
    const result = scoreRunThrough(data.script.text, seconds, targetSeconds);
    setRunResult(result);
    if (result.plausible) session.recordRunThrough(result, startedAt);
  });

  const focusCard = () => requestAnimationFrame(() => cardRef.current?.focus());
  const flip = () => {
    if (!current) return;
    setFlippedKey(flipped ? undefined : current.key);
    focusCard();
  };
  const grade = (gradeName: GradeName) => {
    if (!current) return;
    session.grade(current, gradeName);
    setFlippedKey(undefined);
    recall.reset();
    if (mode === 'flashcards') focusCard();
  };
  const changeMode = (next: RehearsalMode) => {
    if (run.timer.phase === 'running' && next !== 'run-through') run.reset();
    setMode(next);
  };

  useRehearsalKeys({
    onSpace: mode === 'run-through' ? run.toggle : mode === 'flashcards' ? flip : undefined,
    onEnter: mode === 'flashcards' ? flip : undefined,
    onDigit: (digit) => {
      const canGrade =
        mode === 'flashcards'
          ? flipped
          : mode === 'recall' && recall.score !== undefined && recall.target === 'card';
      const gradeName = GRADES[digit - 1];
      if (canGrade && gradeName) grade(gradeName);
    },
    onArrow: (direction) => {
      if (mode === 'run-through') return false;
      if (direction === 'left' || direction === 'right') {
        session.move(direction === 'left' ? -1 : 1);
        recall.reset();
        return true;
      }
      if (mode !== 'flashcards' || !current || flipped) return false;
      session.stepCue(current, direction === 'up' ? 'more-help' : 'less-help');
      return true;
    },
    onEscape: () => changeMode('flashcards'),
  });

  const announcement = !current
    ? 'No card to review.'
    : flipped
      ? `Answer shown: ${current.back.join('. ')}`
      : `Front: ${current.label}. ${current.front}`;
  const title = data.pitch.title?.trim() || data.pitch.headline.trim() || 'Untitled pitch';
  const intervals = current
    ? previewIntervals(session.progress, current.key, session.now)
    : undefined;

  return (
    <>
      <AppHeader>
        <Link
          href={`/pitch?id=${encodeURIComponent(data.pitchId)}`}
          className={`${buttonStyles.secondary} min-h-11`}
        >
          Back to pitch
        </Link>
        <Link href="/" className={`${buttonStyles.ghost} min-h-11`}>
          Library
        </Link>
      </AppHeader>
      <main className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:px-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Rehearse</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-300">{title}</p>
        </div>
        {data.notice ? (
          <p
            role="alert"
            className="rounded-xl bg-amber-100 p-3 text-amber-950 dark:bg-amber-900 dark:text-amber-50"
          >
            {data.notice}
          </p>
        ) : null}
        {session.saveError ? (
          <p
            role="alert"
            className="rounded-xl bg-rose-100 p-3 text-rose-950 dark:bg-rose-900 dark:text-rose-50"
          >
            {session.saveError}
          </p>
        ) : null}
        {data.deck.length === 0 ? (
          <div
            role="status"
            className="rounded-2xl border border-slate-200 bg-white p-6 text-center dark:border-slate-700 dark:bg-slate-900"
          >
            <p className="text-lg font-semibold">Nothing to rehearse yet.</p>
            <p className="mt-1 text-slate-600 dark:text-slate-300">
              Cards are made from the slide and the elevator pitch. Write the headline, the
              situation, action and outcome and the ask first, then come back.
            </p>
            <Link
              href={`/pitch?id=${encodeURIComponent(data.pitchId)}`}
              className={`${buttonStyles.primary} mt-4 min-h-11`}
            >
              Write the slide
            </Link>
          </div>
        ) : (
          <>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-lg">
                <strong data-testid="due-count" className="tabular-nums">
                  {session.due.length}
                </strong>{' '}
                of {data.deck.length} cards due
              </p>
              <button
                type="button"
                aria-pressed={session.practiceAll}
                onClick={() => session.changePracticeAll(!session.practiceAll)}
                className={`${buttonStyles.secondary} min-h-11 aria-pressed:border-indigo-500 aria-pressed:bg-indigo-50 dark:aria-pressed:bg-indigo-950`}
              >
                Practice all
              </button>
            </div>
            <ModeSwitch mode={mode} onChange={changeMode} />
            <p className="sr-only" aria-live="polite">
              {mode === 'flashcards' ? announcement : ''}
            </p>
            {mode === 'flashcards' ? (
              <FlashcardsMode
                session={session}
                flipped={flipped}
                cardRef={cardRef}
                onFlip={flip}
                onGrade={grade}
              />
            ) : mode === 'recall' ? (
              <RecallPanel
                key={recall.target === 'card' ? current?.key : 'pitch'}
                recall={recall}
                card={current}
                script={data.script.text}
                intervals={intervals}
                onGrade={grade}
              />
            ) : (
              <RunThroughPanel
                timer={run.timer}
                elapsed={run.elapsed}
                targetSeconds={targetSeconds}
                script={data.script.text}
                scriptSource={data.script.source}
                result={runResult}
                measuredPace={session.measuredPace}
                onToggle={run.toggle}
              />
            )}
            <KeyboardHelp />
            <ProgressPanel
              deck={data.deck}
              progress={session.progress}
              dueNow={session.due.length}
              measuredPace={session.measuredPace}
              targetSeconds={targetSeconds}
            />
          </>
        )}
      </main>
    </>
  );
}
