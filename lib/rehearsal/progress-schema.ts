import { z } from '../pitch/zod';
import { CONTENT_KEY_PATTERN } from './content-key';

/** Most session entries kept per pitch; older ones are dropped first. */
export const MAX_SESSIONS = 200;

const count = z.int().check(z.minimum(0));
const epochMs = z.number().check(z.minimum(0));
const atLeastZero = () => z.number().check(z.minimum(0));

/** A ts-fsrs card as stored: dates as epoch milliseconds so it survives JSON and IndexedDB. */
export const storedFsrsCardSchema = z.strictObject({
  due: epochMs,
  stability: atLeastZero(),
  difficulty: atLeastZero(),
  elapsedDays: atLeastZero(),
  scheduledDays: atLeastZero(),
  learningSteps: count,
  reps: count,
  lapses: count,
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.optional(epochMs),
});

export const cardProgressSchema = z.strictObject({
  /** Scheduling state; absent until the card is first graded. */
  fsrs: z.optional(storedFsrsCardSchema),
  /** The user's cue adjustment in levels relative to what mastery suggests (−3 more help … +3 less). */
  cueShift: z.optional(z.int().check(z.minimum(-3), z.maximum(3))),
});

export const sessionKindSchema = z.enum(['review', 'recall', 'run-through']);

export const sessionEntrySchema = z.strictObject({
  /** When the session started, epoch milliseconds. */
  at: epochMs,
  kind: sessionKindSchema,
  cardsReviewed: count,
  /** Typed-recall accuracy, percent 0–100. */
  accuracy: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  /** Run-through duration in seconds. */
  seconds: z.optional(atLeastZero()),
  /** Run-through pace in words per minute. */
  wpm: z.optional(atLeastZero()),
});

/** Rehearsal progress of one pitch, as stored in IndexedDB and carried in library backups. */
export const rehearsalProgressSchema = z.strictObject({
  version: z.literal(1),
  cards: z.record(z.string().check(z.regex(CONTENT_KEY_PATTERN)), cardProgressSchema),
  sessions: z.array(sessionEntrySchema).check(z.maxLength(MAX_SESSIONS)),
});

export type StoredFsrsCard = z.infer<typeof storedFsrsCardSchema>;
export type CardProgress = z.infer<typeof cardProgressSchema>;
export type SessionKind = z.infer<typeof sessionKindSchema>;
export type SessionEntry = z.infer<typeof sessionEntrySchema>;
export type RehearsalProgress = z.infer<typeof rehearsalProgressSchema>;

/** Progress of a pitch never rehearsed. */
export function emptyProgress(): RehearsalProgress {
  return { version: 1, cards: {}, sessions: [] };
}
