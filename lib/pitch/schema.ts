import { z } from './zod';
import {
  LENS_IDS,
  LIBRARY_FORMAT,
  PITCH_FORMAT,
  PITCH_LIMITS,
  READABLE_VERSIONS,
  SUPPORTED_VERSION,
  TARGET_SECONDS,
  THEME_IDS,
  withinCharacters,
} from './limits';
import { rehearsalProgressSchema } from '../rehearsal/progress-schema';

const text = (label: string) =>
  z.string({ error: `${label} must be text.` }).check(
    z.refine((value) => withinCharacters(value, PITCH_LIMITS.stringChars), {
      error: `${label} is too long: at most ${PITCH_LIMITS.stringChars} characters.`,
    }),
  );

/** The message for a `version` this app cannot read. */
function versionMessage(input: unknown): string {
  if (input === undefined) return 'version is missing.';
  if (typeof input === 'number' && input > SUPPORTED_VERSION) {
    return `This file is format version ${input}, made by a newer version of One-Slide Pitch. This app reads format versions up to ${SUPPORTED_VERSION}; update the app to open it.`;
  }
  return `version must be ${READABLE_VERSIONS.join(' or ')}.`;
}

/** Messages of a union dispatching on `version`: the version it cannot read, or a value that is no object. */
const versionDispatchError =
  (notAnObject: string) => (issue: { code?: string; input?: unknown }) => {
    if (issue.code === 'invalid_union') {
      const input = issue.input as { version?: unknown } | undefined;
      return versionMessage(input?.version);
    }
    return issue.code === 'invalid_type' ? notAnObject : undefined;
  };

const bullets = (label: string) =>
  z.array(text(`Each ${label} bullet`), { error: `${label} must be a list of bullets.` }).check(
    z.maxLength(PITCH_LIMITS.bulletsPerSection, {
      error: `${label} has too many bullets: at most ${PITCH_LIMITS.bulletsPerSection}.`,
    }),
  );

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
      z.refine((value) => withinCharacters(value, PITCH_LIMITS.pitchTextChars), {
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

const formatField = z.literal(PITCH_FORMAT, {
  error: `This is not a One-Slide Pitch file: "format" must be "${PITCH_FORMAT}".`,
});

/** The keys of pitch file format v1 after `format` and `version`; version 2 keeps them as they were. */
const v1Keys = {
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
};

/** Reports each value of `key(item)` that an earlier item of the list already had. */
function noDuplicates<T>(
  key: (item: T) => string,
  path: (index: number) => PropertyKey[],
  message: (value: string) => string,
) {
  return z.check<T[]>((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value)) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: path(index),
          message: message(value),
        });
      }
      seen.add(value);
    });
  });
}

const onlyForType = (message: string) => (issue: { code?: string }) =>
  issue.code === 'invalid_type' ? message : undefined;

const MEETING_MESSAGE =
  'Meeting must be a date and time with its offset, e.g. 2027-05-14T09:30:00+01:00.';

/** A prepared answer to a question the committee may ask; `question` is the question's stable id. */
export const answerNoteSchema = z.strictObject(
  {
    question: z
      .string({ error: "Each answer note's question must be text (the question's id)." })
      .check(
        z.minLength(1, {
          error: "Each answer note's question cannot be empty: give the question's id.",
        }),
        z.refine((value) => withinCharacters(value, PITCH_LIMITS.questionIdChars), {
          error: `Each answer note's question id is too long: at most ${PITCH_LIMITS.questionIdChars} characters.`,
        }),
      ),
    note: text('Each answer note'),
  },
  { error: onlyForType('Each answer note must be an object with "question" and "note".') },
);

/** Inputs of the portfolio view; every one optional. */
export const portfolioSchema = z.strictObject(
  {
    annualBenefit: z.optional(
      z
        .number({ error: 'Portfolio annual benefit must be a number.' })
        .check(z.minimum(0, { error: 'Portfolio annual benefit must be 0 or more.' })),
    ),
    oneOffCost: z.optional(
      z
        .number({ error: 'Portfolio one-off cost must be a number.' })
        .check(z.minimum(0, { error: 'Portfolio one-off cost must be 0 or more.' })),
    ),
    currency: z.optional(
      z.string({ error: 'Portfolio currency must be text, e.g. USD.' }).check(
        z.regex(/^[A-Z]{3}$/, {
          error:
            'Portfolio currency must be a three-letter ISO 4217 code in capitals, e.g. USD, EUR or GBP.',
        }),
      ),
    ),
    confidence: z.optional(
      z
        .number({ error: 'Portfolio confidence must be a number.' })
        .check(
          z.minimum(0, { error: 'Portfolio confidence must be between 0 and 100.' }),
          z.maximum(100, { error: 'Portfolio confidence must be between 0 and 100.' }),
        ),
    ),
    monthsToFirstBenefit: z.optional(
      z
        .number({ error: 'Portfolio months to first benefit must be a number.' })
        .check(
          z.minimum(0, { error: 'Portfolio months to first benefit must be between 0 and 120.' }),
          z.maximum(120, { error: 'Portfolio months to first benefit must be between 0 and 120.' }),
        ),
    ),
    strategicFit: z.optional(
      z
        .int({ error: 'Portfolio strategic fit must be a whole number from 1 to 5.' })
        .check(
          z.minimum(1, { error: 'Portfolio strategic fit must be a whole number from 1 to 5.' }),
          z.maximum(5, { error: 'Portfolio strategic fit must be a whole number from 1 to 5.' }),
        ),
    ),
  },
  {
    error: onlyForType(
      'Portfolio must be an object of portfolio inputs (annualBenefit, oneOffCost, ...).',
    ),
  },
);

/** The keys pitch file format v2 adds, every one optional. */
const v2Keys = {
  /** The audience lens the pitch is drafted for. */
  lens: z.optional(z.enum(LENS_IDS, { error: `Lens must be one of ${LENS_IDS.join(', ')}.` })),
  /** When the pitch is given: an ISO 8601 date-time with an offset (or Z), with or without seconds. */
  meeting: z.optional(
    z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ offset: true, precision: -1 })], {
      error: MEETING_MESSAGE,
    }),
  ),
  /** Prepared answers to committee questions, at most one per question id. */
  answerNotes: z.optional(
    z
      .array(answerNoteSchema, {
        error: 'Answer notes must be a list of { question, note } entries.',
      })
      .check(
        z.maxLength(PITCH_LIMITS.answerNotes, {
          error: `Answer notes has too many entries: at most ${PITCH_LIMITS.answerNotes}.`,
        }),
        noDuplicates<{ question: string }>(
          (entry) => entry.question,
          (index) => [index, 'question'],
          (id) =>
            `Answer notes has more than one note for question "${id}": keep one per question.`,
        ),
      ),
  ),
  /** Acronyms the user marked as known to this audience, as written; "KYC" and "kyc" are one acronym, as the advice compares them. */
  knownAcronyms: z.optional(
    z
      .array(
        z.string({ error: 'Each known acronym must be text.' }).check(
          z.minLength(1, { error: 'A known acronym cannot be empty.' }),
          z.refine((value) => withinCharacters(value, PITCH_LIMITS.acronymChars), {
            error: `Each known acronym is too long: at most ${PITCH_LIMITS.acronymChars} characters.`,
          }),
          z.regex(/^[\p{L}\p{N}&-]*$/u, {
            error:
              'Each known acronym may use only letters, digits, "&" and "-", e.g. ROI, M&A or B2B.',
          }),
        ),
        { error: 'Known acronyms must be a list of acronyms.' },
      )
      .check(
        z.maxLength(PITCH_LIMITS.knownAcronyms, {
          error: `Known acronyms has too many entries: at most ${PITCH_LIMITS.knownAcronyms}.`,
        }),
        noDuplicates<string>(
          (acronym) => acronym.toUpperCase(),
          (index) => [index],
          (acronym) => `Known acronyms lists "${acronym}" more than once: keep one.`,
        ),
      ),
  ),
  /** The quantity chosen as the slide's key number, as written on the slide. */
  keyNumber: z.optional(text('Key number')),
  portfolio: z.optional(portfolioSchema),
};

/**
 * Pitch file format v1, exactly as it was: read only to upgrade old files (its v2 keys are
 * unknown keys). `version` is checked before this schema is chosen, except in a v1 backup.
 */
export const pitchFileV1Schema = z.strictObject({
  format: formatField,
  version: z.literal(1, {
    error: (issue) => {
      if (issue.input === 2) {
        return 'This pitch is format version 2, but the backup holding it is version 1: set the backup\'s "version" to 2.';
      }
      if (
        issue.input === undefined ||
        (typeof issue.input === 'number' && issue.input > SUPPORTED_VERSION)
      ) {
        return versionMessage(issue.input);
      }
      return 'version must be 1 in a version 1 backup.';
    },
  }),
  ...v1Keys,
});

/** Pitch file format v2: what the app writes, and the schema of the editor's form. */
export const pitchFileV2Schema = z.strictObject({
  format: formatField,
  version: z.literal(2),
  ...v1Keys,
  ...v2Keys,
});

export type PitchFileV1 = z.infer<typeof pitchFileV1Schema>;
/** A pitch as the app holds it: always the current format version (2). */
export type PitchFile = z.infer<typeof pitchFileV2Schema>;
export type Trace = z.infer<typeof traceSchema>;
export type AnswerNote = z.infer<typeof answerNoteSchema>;
export type Portfolio = z.infer<typeof portfolioSchema>;

/** A version 1 pitch as version 2: it gains `version: 2` and nothing else (every v2 key is optional). */
function upgradeV1Pitch(pitch: PitchFileV1): PitchFile {
  return { ...pitch, version: SUPPORTED_VERSION };
}

/**
 * A pitch file of any version this app reads (1 or 2), upgraded to version 2: the one schema
 * used by file import, storage reads, autosave and the API (the form's resolver uses
 * `pitchFileV2Schema`, since what the form holds is always version 2). A newer version is
 * refused, saying so.
 */
export const pitchFileSchema = z.pipe(
  z.discriminatedUnion('version', [pitchFileV1Schema, pitchFileV2Schema], {
    error: versionDispatchError(
      'A pitch file must be a JSON object with "format", "version", "headline"...',
    ),
  }),
  z.transform((pitch: PitchFileV1 | PitchFile): PitchFile =>
    pitch.version === SUPPORTED_VERSION ? pitch : upgradeV1Pitch(pitch),
  ),
);

const libraryFormatField = z.literal(LIBRARY_FORMAT, {
  error: `This is not a One-Slide Pitch library backup: "format" must be "${LIBRARY_FORMAT}".`,
});

/** Rehearsal progress, each entry pointing at a pitch of the backup by its index. */
const backupRehearsal = z.optional(
  z.array(
    z.strictObject({ pitchIndex: z.int().check(z.minimum(0)), progress: rehearsalProgressSchema }),
  ),
);

/** A version 1 library backup: version 1 pitches only (each upgraded as it is read). */
export const libraryBackupV1Schema = z.strictObject({
  format: libraryFormatField,
  version: z.literal(1),
  pitches: z.array(z.pipe(pitchFileV1Schema, z.transform(upgradeV1Pitch)), {
    error: '"pitches" must be a list of pitch files.',
  }),
  rehearsal: backupRehearsal,
});

/** A version 2 library backup (what the app writes): pitches of version 2, or 1 (upgraded). */
export const libraryBackupV2Schema = z.strictObject({
  format: libraryFormatField,
  version: z.literal(2),
  pitches: z.array(pitchFileSchema, { error: '"pitches" must be a list of pitch files.' }),
  rehearsal: backupRehearsal,
});

/**
 * A library backup of any version this app reads, upgraded to version 2: every pitch plus optional
 * per-pitch rehearsal progress (lib/rehearsal's schema). A newer version is refused, saying so.
 */
export const libraryBackupSchema = z.pipe(
  z.discriminatedUnion('version', [libraryBackupV1Schema, libraryBackupV2Schema], {
    error: versionDispatchError(
      'A library backup must be a JSON object with "format", "version" and "pitches".',
    ),
  }),
  z.transform((backup): z.infer<typeof libraryBackupV2Schema> =>
    backup.version === SUPPORTED_VERSION ? backup : { ...backup, version: SUPPORTED_VERSION },
  ),
);

export type LibraryBackup = z.infer<typeof libraryBackupSchema>;
