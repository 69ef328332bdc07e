import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { RehearsalCard } from './deck';
import type { RehearsalProgress, StoredFsrsCard } from './progress-schema';

/** The four answers a user can give after seeing the back of a card. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

export const GRADE_LABELS: Record<GradeName, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

const RATING_OF: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// No fuzz: the same answers at the same times always give the same schedule.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toFsrsCard(stored: StoredFsrsCard | undefined, now: number): Card {
  if (!stored) return createEmptyCard(new Date(now));
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    last_review: stored.lastReview === undefined ? undefined : new Date(stored.lastReview),
  };
}

function fromFsrsCard(card: Card): StoredFsrsCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredFsrsCard['state'],
    lastReview: card.last_review?.getTime(),
  };
}

/**
 * Progress after the user grades card `cardKey` at `now` (epoch ms): FSRS moves its next due date
 * (sooner for Again, later for Easy). Returns new progress; the input is not changed.
 */
export function scheduleReview(
  progress: RehearsalProgress,
  cardKey: string,
  grade: GradeName,
  now: number,
): RehearsalProgress {
  const current = progress.cards[cardKey];
  const next = scheduler.next(toFsrsCard(current?.fsrs, now), new Date(now), RATING_OF[grade]);
  const fsrsCard = fromFsrsCard(next.card);
  if (fsrsCard.lastReview === undefined) delete fsrsCard.lastReview;
  return { ...progress, cards: { ...progress.cards, [cardKey]: { ...current, fsrs: fsrsCard } } };
}

/** Milliseconds from `now` until the card would be due again after each grade (for button hints). */
export function previewIntervals(
  progress: RehearsalProgress,
  cardKey: string,
  now: number,
): Record<GradeName, number> {
  const preview = scheduler.repeat(toFsrsCard(progress.cards[cardKey]?.fsrs, now), new Date(now));
  const after = (grade: GradeName) => preview[RATING_OF[grade]].card.due.getTime() - now;
  return { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') };
}

/** A card is due when it was never graded or its due time (epoch ms) has come. */
export function isDue(progress: RehearsalProgress, cardKey: string, now: number): boolean {
  const fsrsCard = progress.cards[cardKey]?.fsrs;
  return !fsrsCard || fsrsCard.due <= now;
}

/** The cards to review now, in deck order (the order a pitch is learnt in). */
export function dueCards(deck: RehearsalCard[], progress: RehearsalProgress, now: number): RehearsalCard[] {
  return deck.filter((card) => isDue(progress, card.key, now));
}

/** How many cards of the deck are due at `now`: the number shown next to a pitch. */
export function dueCount(deck: RehearsalCard[], progress: RehearsalProgress, now: number): number {
  return dueCards(deck, progress, now).length;
}

/** When (epoch ms) the next card falls due, or undefined when the deck is empty. */
export function nextDueAt(deck: RehearsalCard[], progress: RehearsalProgress): number | undefined {
  let soonest: number | undefined;
  for (const card of deck) {
    const due = progress.cards[card.key]?.fsrs?.due ?? 0;
    if (soonest === undefined || due < soonest) soonest = due;
  }
  return soonest;
}
