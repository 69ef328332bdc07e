import { MAX_SESSIONS, type RehearsalProgress, type SessionEntry } from './progress-schema';

function withSessions(progress: RehearsalProgress, sessions: SessionEntry[]): RehearsalProgress {
  return { ...progress, sessions: sessions.slice(-MAX_SESSIONS) };
}

/** Progress with `entry` appended to the history (oldest entries drop beyond MAX_SESSIONS). */
export function addSession(progress: RehearsalProgress, entry: SessionEntry): RehearsalProgress {
  return withSessions(progress, [...progress.sessions, entry]);
}

/**
 * Counts one graded card in the review session that started at `sittingStartedAt` (epoch ms):
 * all grades of one sitting make a single history entry, not one entry per card, even when
 * typed recalls or run-throughs happen in between.
 */
export function countReview(progress: RehearsalProgress, sittingStartedAt: number): RehearsalProgress {
  const sessions = [...progress.sessions];
  const index = sessions.findLastIndex((s) => s.kind === 'review' && s.at === sittingStartedAt);
  const entry = sessions[index];
  if (!entry) return withSessions(progress, [...sessions, { at: sittingStartedAt, kind: 'review', cardsReviewed: 1 }]);
  sessions[index] = { ...entry, cardsReviewed: entry.cardsReviewed + 1 };
  return withSessions(progress, sessions);
}

/**
 * Counts one typed recall (accuracy in percent) in the recall session that started at
 * `sittingStartedAt`: the entry keeps the number of recalls and their mean accuracy.
 */
export function countRecall(progress: RehearsalProgress, sittingStartedAt: number, accuracy: number): RehearsalProgress {
  const sessions = [...progress.sessions];
  const index = sessions.findLastIndex((s) => s.kind === 'recall' && s.at === sittingStartedAt);
  const entry = sessions[index];
  if (!entry) return withSessions(progress, [...sessions, { at: sittingStartedAt, kind: 'recall', cardsReviewed: 1, accuracy }]);
  const n = entry.cardsReviewed + 1;
  const mean = ((entry.accuracy ?? 0) * entry.cardsReviewed + accuracy) / n;
  sessions[index] = { ...entry, cardsReviewed: n, accuracy: Math.round(mean * 10) / 10 };
  return withSessions(progress, sessions);
}

/** Sessions of one kind, oldest first. */
export function sessionsOf(progress: RehearsalProgress, kind: SessionEntry['kind']): SessionEntry[] {
  return progress.sessions.filter((s) => s.kind === kind);
}
