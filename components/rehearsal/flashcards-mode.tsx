'use client';

import type { RefObject } from 'react';
import { cueLevelFor, formatInterval, nextDueAt, previewIntervals, type GradeName } from '@/lib/rehearsal';
import { buttonStyles } from '@/components/ui/button-styles';
import { Flashcard } from './flashcard';
import type { RehearsalSession } from './use-rehearsal-session';

export interface FlashcardsModeProps {
  session: RehearsalSession;
  flipped: boolean;
  cardRef: RefObject<HTMLDivElement | null>;
  onFlip: () => void;
  onGrade: (grade: GradeName) => void;
}

function nextDueText(session: RehearsalSession): string {
  const soonest = nextDueAt(session.deck, session.progress);
  return soonest !== undefined && soonest > session.now ? `The next card is due in ${formatInterval(soonest - session.now)}.` : '';
}

/** Flashcards: the current card with previous/next, or what to do when nothing is due. */
export function FlashcardsMode({ session, flipped, cardRef, onFlip, onGrade }: FlashcardsModeProps) {
  const { current, queue } = session;
  if (!current) {
    return (
      <div role="status" className="rounded-2xl border border-slate-200 bg-white p-6 text-center dark:border-slate-700 dark:bg-slate-900">
        <p className="text-lg font-semibold">{session.roundDone ? `You went through all ${queue.length} cards.` : 'All caught up: no card is due.'}</p>
        <p className="mt-1 text-slate-600 dark:text-slate-300">{nextDueText(session)} Practice all cards to keep going.</p>
        <button type="button" className={`${buttonStyles.primary} mt-4 min-h-11`} onClick={session.restartRound}>
          {session.roundDone ? 'Start again' : 'Practice all cards now'}
        </button>
      </div>
    );
  }
  const index = queue.indexOf(current);
  return (
    <div className="space-y-3">
      <div ref={cardRef} tabIndex={-1} className="rounded-2xl">
        <Flashcard
          card={current}
          position={`${index + 1} of ${queue.length}`}
          cueLevel={cueLevelFor(session.progress, current.key)}
          flipped={flipped}
          intervals={previewIntervals(session.progress, current.key, session.now)}
          onFlip={onFlip}
          onGrade={onGrade}
          onStepCue={(direction) => session.stepCue(current, direction)}
        />
      </div>
      <div className="flex justify-between gap-2">
        <button type="button" className={`${buttonStyles.ghost} min-h-11`} onClick={() => session.move(-1)} disabled={index <= 0} aria-keyshortcuts="ArrowLeft">
          ← Previous card
        </button>
        <button type="button" className={`${buttonStyles.ghost} min-h-11`} onClick={() => session.move(1)} disabled={index >= queue.length - 1} aria-keyshortcuts="ArrowRight">
          Next card →
        </button>
      </div>
    </div>
  );
}
