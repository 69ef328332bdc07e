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
 * all grades of one sitting make a single history entry, not one entry per card.
 */
export function countReview(progress: RehearsalProgress, sittingStartedAt: number): RehearsalProgress {
  const sessions = [...progress.sessions];
  const last = sessions[sessions.length - 1];
  if (last && last.kind === 'review' && last.at === sittingStartedAt) {
    sessions[sessions.length - 1] = { ...last, cardsReviewed: last.cardsReviewed + 1 };
    return withSessions(progress, sessions);
  }
  return withSessions(progress, [...sessions, { at: sittingStartedAt, kind: 'review', cardsReviewed: 1 }]);
}

/** Sessions of one kind, oldest first. */
export function sessionsOf(progress: RehearsalProgress, kind: SessionEntry['kind']): SessionEntry[] {
  return progress.sessions.filter((s) => s.kind === kind);
}
