import { z } from './zod';
import {
  LIBRARY_FORMAT,
  PITCH_FORMAT,
  PITCH_LIMITS,
  SUPPORTED_VERSION,
  TARGET_SECONDS,
  THEME_IDS,
} from './limits';
import { rehearsalProgressSchema } from '../rehearsal/progress-schema';

const text = (label: string) =>
  z.string({ error: `${label} must be text.` }).check(
    z.maxLength(PITCH_LIMITS.stringChars, {
      error: `${label} is too long: at most ${PITCH_LIMITS.stringChars} characters.`,
    }),
  );

const bullets = (label: string) =>
  z.array(text(`Each ${label} bullet`), { error: `${label} must be a list of bullets.` }).check(
    z.maxLength(PITCH_LIMITS.bulletsPerSection, {
      error: `${label} has too many bullets: at most ${PITCH_LIMITS.bulletsPerSection}.`,
    }),
  );

const versionField = z.literal(SUPPORTED_VERSION, {
  error: (issue) =>
    typeof issue.input === 'number' && issue.input > SUPPORTED_VERSION
      ? `This file is format version ${issue.input}, made by a newer version of One-Slide Pitch. This app reads version ${SUPPORTED_VERSION}; update the app to open it.`
      : `version must be ${SUPPORTED_VERSION}.`,
});

export const traceSchema = z.strictObject({
  objective: z.optional(text('Objective')),
  initiative: z.optional(text('Initiative')),
  program: z.optional(text('Program')),
  project: z.optional(text('Project')),
  if: z.optional(text('If')),
  then: z.optional(text('Then')),
  else: z.optional(text('Else')),
});

export const pitchSpeechSchema = z.strictObject({
  text: z.optional(
    z.string({ error: 'The elevator pitch must be text.' }).check(
      z.maxLength(PITCH_LIMITS.pitchTextChars, {
        error: `The elevator pitch is too long: at most ${PITCH_LIMITS.pitchTextChars} characters.`,
      }),
    ),
  ),
  targetSeconds: z.optional(
    z.union(
      TARGET_SECONDS.map((s) => z.literal(s)),
      { error: `Target length must be one of ${TARGET_SECONDS.join(', ')} seconds.` },
    ),
  ),
});

/** Pitch file format v1: the one schema used by the form, file import, storage reads and the API. */
export const pitchFileSchema = z.strictObject({
  format: z.literal(PITCH_FORMAT, {
    error: `This is not a One-Slide Pitch file: "format" must be "${PITCH_FORMAT}".`,
  }),
  version: versionField,
  title: z.optional(text('Title')),
  audience: z.optional(text('Audience')),
  headline: text('Headline'),
  situation: bullets('Situation'),
  action: bullets('Action'),
  outcome: bullets('Outcome'),
  ask: z.optional(text('Ask')),
  valueProposition: z.optional(text('Value proposition')),
  trace: z.optional(traceSchema),
  pitch: z.optional(pitchSpeechSchema),
  theme: z.optional(z.enum(THEME_IDS, { error: `Theme must be one of ${THEME_IDS.join(', ')}.` })),
});

export type PitchFile = z.infer<typeof pitchFileSchema>;
export type Trace = z.infer<typeof traceSchema>;

/** A library backup: every pitch plus optional per-pitch rehearsal progress (lib/rehearsal's schema). */
export const libraryBackupSchema = z.strictObject({
  format: z.literal(LIBRARY_FORMAT, {
    error: `This is not a One-Slide Pitch library backup: "format" must be "${LIBRARY_FORMAT}".`,
  }),
  version: versionField,
  pitches: z.array(pitchFileSchema, { error: '"pitches" must be a list of pitch files.' }),
  /** Rehearsal progress, each entry pointing at a pitch of this backup by its index. */
  rehearsal: z.optional(
    z.array(
      z.strictObject({ pitchIndex: z.int().check(z.minimum(0)), progress: rehearsalProgressSchema }),
    ),
  ),
});

export type LibraryBackup = z.infer<typeof libraryBackupSchema>;
