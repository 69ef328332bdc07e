'use client';

import type { CueLevel } from '@/lib/cues';
import { cueLines, type GradeName, type RehearsalCard } from '@/lib/rehearsal';
import { buttonStyles } from '@/components/ui/button-styles';
import { AnswerLines } from './answer-lines';
import { CueStepper } from './cue-stepper';
import { GradeButtons } from './grade-buttons';

export interface FlashcardProps {
  card: RehearsalCard;
  position: string;
  cueLevel: CueLevel;
  flipped: boolean;
  intervals: Record<GradeName, number>;
  onFlip: () => void;
  onGrade: (grade: GradeName) => void;
  onStepCue: (direction: 'more-help' | 'less-help') => void;
}

/** The cue as the current level shows it: the scaffold the user recites from before flipping. */
function Cue({ card, level }: { card: RehearsalCard; level: CueLevel }) {
  if (level === 'none') {
    return <p className="text-slate-500 italic dark:text-slate-400">No cue: say it from memory.</p>;
  }
  return (
    <>
      <AnswerLines lines={cueLines(card, level)} className="text-lg leading-relaxed text-slate-800 dark:text-slate-100" />
      {level === 'full' ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Read it aloud, then say it again without looking.</p>
      ) : null}
    </>
  );
}

/**
 * One flashcard. The front carries the prompt and the answer at the card's cue level (full text
 * while new, fading as it is learnt); the back shows the whole answer to check against, then the
 * grades.
 */
export function Flashcard({ card, position, cueLevel, flipped, intervals, onFlip, onGrade, onStepCue }: FlashcardProps) {
  return (
    <article
      aria-labelledby="flashcard-prompt"
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="rounded-full bg-indigo-100 px-3 py-1 font-semibold text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100">
          {card.label}
        </span>
        <span className="text-slate-600 dark:text-slate-300">{position}</span>
      </div>
      <p className="mt-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {flipped ? 'Back' : 'Front'}
      </p>
      <h2 id="flashcard-prompt" className="mt-1 text-xl leading-snug font-semibold text-balance sm:text-2xl">
        {card.front}
      </h2>
      {flipped ? (
        <div className="mt-5 space-y-5">
          <div className="rounded-xl bg-emerald-50 p-4 dark:bg-emerald-950/60">
            <h3 className="text-sm font-semibold text-emerald-900 dark:text-emerald-200">Answer</h3>
            <AnswerLines lines={card.back} className="mt-1 text-lg leading-relaxed" />
          </div>
          <GradeButtons intervals={intervals} onGrade={onGrade} />
        </div>
      ) : (
        <div className="mt-5 space-y-4">
          <div className="rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-600">
            <Cue card={card} level={cueLevel} />
          </div>
          <CueStepper level={cueLevel} onStep={onStepCue} />
          <button type="button" className={`${buttonStyles.primary} min-h-12 w-full text-base`} onClick={onFlip} aria-keyshortcuts="Space Enter">
            Show answer
          </button>
        </div>
      )}
    </article>
  );
}
