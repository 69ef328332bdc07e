import type { RehearsalCard } from './deck';
import type { RehearsalProgress } from './progress-schema';

/**
 * Progress fitted to a freshly built deck: cards whose content changed (their key is gone) lose
 * their progress; every other card keeps it. Sessions are history and are always kept.
 */
export function mergeProgressWithDeck(progress: RehearsalProgress, deck: RehearsalCard[]): RehearsalProgress {
  const cards: RehearsalProgress['cards'] = {};
  for (const { key } of deck) {
    const kept = progress.cards[key];
    if (kept) cards[key] = kept;
  }
  return { ...progress, cards };
}
