import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseImportText, parsePitchValue } from './parse-pitch-file';
import { countCharacters, LENS_IDS, PITCH_LIMITS, TARGET_SECONDS, THEME_IDS } from './limits';
import { serializeLibrary, serializePitch, slugify } from './serialize';
import { pitchFileSchema, pitchFileV2Schema, type PitchFile } from './schema';
import { EXAMPLE_PITCHES } from './examples';
import { createBlankPitch } from './blank-pitch';
import { fullV2Pitch, loadFixtureTexts, V2_KEYS_SAMPLE } from '@/test-support/pitch-fixtures';

const fixtures = loadFixtureTexts();
/** The good-claims-triage fixture: a version 1 file, as the shared fixtures are. */
const baseV1 = (): Record<string, unknown> =>
  JSON.parse(fixtures.find((f) => f.name === 'good-claims-triage')!.text) as Record<
    string,
    unknown
  >;
/** The same pitch as a version 2 file (no v2 keys yet). */
const base = (): PitchFile => ({ ...baseV1(), version: 2 }) as PitchFile;

function refusal(value: unknown): { error: string; messages: string } {
  const result = parsePitchValue(value);
  if (result.ok) throw new Error('expected the pitch to be refused');
  return {
    error: result.error,
    messages: result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'),
  };
}

const V2_KEY_NAMES = Object.keys(V2_KEYS_SAMPLE) as Array<keyof typeof V2_KEYS_SAMPLE>;
describe('pitch file format v1: still read, and upgraded to version 2', () => {
  test.each(fixtures.map((f) => [f.name, f.text]))(
    'fixture %s parses as version 2, otherwise unchanged',
    (_, text) => {
      const result = parseImportText(text);
      if (!result.ok || result.kind !== 'pitch') throw new Error('expected a pitch');
      expect(result.pitch).toEqual({ ...(JSON.parse(text) as object), version: 2 });
    },
  );

  test('the upgrade keeps the key order of the file (version stays second)', () => {
    const result = parsePitchValue(baseV1());
    expect(result.ok && Object.keys(result.pitch)).toEqual(Object.keys(baseV1()));
  });

  test('a minimal v1 draft is valid and becomes version 2', () => {
    const minimal = {
      format: 'one-slide-pitch',
      version: 1,
      headline: '',
      situation: [],
      action: [],
      outcome: [],
    };
    expect(pitchFileSchema.parse(minimal)).toEqual({ ...minimal, version: 2 });
  });

  test.each(V2_KEY_NAMES.map((key) => [key]))(
    'a v1 file carrying the v2 key %s is refused, naming it',
    (key) => {
      const { messages } = refusal({ ...baseV1(), [key]: V2_KEYS_SAMPLE[key] });
      expect(messages).toContain(`Unknown field "${key}"`);
    },
  );

  test('the same keys are fine once the file says version 2', () => {
    expect(parsePitchValue({ ...baseV1(), version: 2, ...V2_KEYS_SAMPLE }).ok).toBe(true);
  });
});

describe('pitch file format v2', () => {
  test.each(EXAMPLE_PITCHES.map((e) => [e.id, e.pitch]))(
    'example %s is a valid version 2 pitch',
    (_, pitch) => {
      expect(pitch.version).toBe(2);
      expect(pitchFileV2Schema.safeParse(pitch).success).toBe(true);
    },
  );

  test('a blank draft is a valid version 2 file (emptiness is advice, not a schema error)', () => {
    expect(createBlankPitch().version).toBe(2);
    expect(pitchFileSchema.safeParse(createBlankPitch()).success).toBe(true);
    expect(
      pitchFileSchema.safeParse({
        format: 'one-slide-pitch',
        version: 2,
        headline: '',
        situation: [],
        action: [],
        outcome: [],
      }).success,
    ).toBe(true);
  });

  test.each([
    [
      'headline',
      (p: PitchFile) => ({ ...p, headline: 'x'.repeat(601) }),
      'headline',
      'at most 600 characters',
    ],
    [
      'a bullet',
      (p: PitchFile) => ({ ...p, situation: ['x'.repeat(601)] }),
      'situation[0]',
      'at most 600 characters',
    ],
    ['the ask', (p: PitchFile) => ({ ...p, ask: 'x'.repeat(601) }), 'ask', 'at most 600'],
    [
      'a trace part',
      (p: PitchFile) => ({ ...p, trace: { if: 'x'.repeat(601) } }),
      'trace.if',
      'at most 600',
    ],
    [
      'the pitch text',
      (p: PitchFile) => ({ ...p, pitch: { text: 'x'.repeat(3001) } }),
      'pitch.text',
      'at most 3000 characters',
    ],
    [
      'bullets per section',
      (p: PitchFile) => ({ ...p, action: Array(9).fill('Ship it') }),
      'action',
      'at most 8',
    ],
    [
      'target seconds',
      (p: PitchFile) => ({ ...p, pitch: { targetSeconds: 50 } }),
      'pitch.targetSeconds',
      '30, 45, 60, 90',
    ],
    ['theme', (p: PitchFile) => ({ ...p, theme: 'neon' }), 'theme', 'boardroom'],
  ])(
    'rejects %s above its limit with a clear message (v1 and v2 alike)',
    (_, mutate, path, text) => {
      for (const version of [1, 2]) {
        const { messages } = refusal({ ...mutate(base()), version });
        expect(messages).toContain(`${path}: `);
        expect(messages).toContain(text);
      }
    },
  );

  test('accepts every value exactly at the limits', () => {
    const max = 'x'.repeat(PITCH_LIMITS.stringChars);
    const bullets = Array(PITCH_LIMITS.bulletsPerSection).fill(max);
    const pitch = {
      ...base(),
      headline: max,
      situation: bullets,
      action: bullets,
      outcome: bullets,
      pitch: { text: 'y'.repeat(3000), targetSeconds: 90 },
      keyNumber: max,
      answerNotes: Array.from({ length: PITCH_LIMITS.answerNotes }, (_, i) => ({
        question: `${i}`.padEnd(PITCH_LIMITS.questionIdChars, 'q'),
        note: max,
      })),
      knownAcronyms: Array.from({ length: PITCH_LIMITS.knownAcronyms }, (_, i) =>
        `A${i}`.padEnd(PITCH_LIMITS.acronymChars, 'B'),
      ),
    };
    expect(parsePitchValue(pitch).ok).toBe(true);
  });

  test.each([
    ['an emoji', '🚀'],
    ['a CJK ideograph beyond U+FFFF', '𠀋'],
  ])('counts %s as one character against the limits', (_name, character) => {
    const atLimit = character.repeat(PITCH_LIMITS.stringChars);
    const speech = character.repeat(PITCH_LIMITS.pitchTextChars);
    expect(countCharacters(atLimit)).toBe(PITCH_LIMITS.stringChars);
    expect(
      parsePitchValue({ ...base(), headline: atLimit, pitch: { text: speech } }).ok,
    ).toBe(true);
    expect(refusal({ ...base(), headline: `${atLimit}x` }).messages).toBe(
      'headline: Headline is too long: at most 600 characters.',
    );
    expect(refusal({ ...base(), pitch: { text: `${speech}x` } }).messages).toBe(
      'pitch.text: The elevator pitch is too long: at most 3000 characters.',
    );
  });

  test('a lone surrogate counts as one character', () => {
    expect(countCharacters('a\uD83Db')).toBe(3);
    expect(countCharacters('\uDE80\uD83D')).toBe(2);
  });

  test('rejects unknown keys, naming them', () => {
    expect(refusal({ ...base(), colour: 'red' }).messages).toMatch(/Unknown field "colour"/);
    expect(refusal({ ...base(), trace: { goal: 'x' } }).messages).toMatch(
      /Unknown field "goal" in trace/,
    );
    expect(refusal({ ...base(), pitch: { text: '', speed: 2 } }).messages).toMatch(
      /"speed" in pitch/,
    );
    expect(refusal({ ...base(), portfolio: { npv: 3 } }).messages).toMatch(
      /Unknown field "npv" in portfolio/,
    );
    expect(
      refusal({ ...base(), answerNotes: [{ question: 'q', note: '', by: 'me' }] }).messages,
    ).toMatch(/Unknown field "by" in answerNotes\[0\]/);
  });

  test.each([3, 4, 99])('refuses version %i, saying it is newer', (version) => {
    const { error, messages } = refusal({ ...base(), version });
    expect(error).toBe(
      `This file is format version ${version}, made by a newer version of One-Slide Pitch. This app reads format versions up to 2; update the app to open it.`,
    );
    expect(messages).toBe(`version: ${error}`);
  });

  test.each([
    ['0', 0, 'version must be 1 or 2.'],
    ['1.5', 1.5, 'version must be 1 or 2.'],
    ['"2"', '2', 'version must be 1 or 2.'],
    ['missing', undefined, 'version is missing.'],
  ])('refuses a version of %s, saying which it must be', (_, version, message) => {
    expect(refusal({ ...base(), version }).messages).toBe(`version: ${message}`);
  });

  test('refuses a value that is not an object', () => {
    expect(refusal(['a list']).messages).toMatch(/A pitch file must be a JSON object/);
  });

  test('names missing required fields', () => {
    const withoutHeadline: Partial<PitchFile> = base();
    delete withoutHeadline.headline;
    expect(refusal(withoutHeadline).messages).toContain('headline is missing');
  });

  test.each([
    ['a number for the headline', { headline: 42 }, 'headline: Headline must be text.'],
    [
      'text for the Situation list',
      { situation: 'Claims are slow' },
      'situation: Situation must be a list of bullets.',
    ],
    ['null for the ask', { ask: null }, 'ask: Ask must be text.'],
  ])('a field of the wrong kind is named as such, not as missing (%s)', (_, change, message) => {
    const { messages } = refusal({ ...base(), ...change });
    expect(messages.split('\n')[0]).toBe(message);
    expect(messages).not.toMatch(/missing/);
  });
});

describe('the version 2 keys', () => {
  const nineteenAcronyms = Array.from({ length: 19 }, (_, i) => `K${i}`);
  test.each<[string, Partial<Record<string, unknown>>]>([
    ...LENS_IDS.map((lens): [string, Partial<Record<string, unknown>>] => [
      `lens ${lens}`,
      { lens },
    ]),
    ['a meeting with an offset', { meeting: '2027-05-14T09:30:00+01:00' }],
    ['a meeting in UTC', { meeting: '2027-05-14T08:30:00Z' }],
    [
      'a meeting without seconds, as a date-time picker writes it',
      { meeting: '2027-05-14T09:30+01:00' },
    ],
    [
      'a meeting with a negative offset and fractions of a second',
      { meeting: '2027-05-14T09:30:00.250-05:30' },
    ],
    ['a meeting on a leap day', { meeting: '2028-02-29T09:30:00+01:00' }],
    ['no answer notes', { answerNotes: [] }],
    ['answer notes with an empty note', { answerNotes: [{ question: 'budget', note: '' }] }],
    [
      'answer notes for different questions',
      {
        answerNotes: [
          { question: 'a', note: 'x' },
          { question: 'b', note: 'x' },
        ],
      },
    ],
    [
      'answer notes whose ids differ only in case',
      {
        answerNotes: [
          { question: 'Risk', note: '' },
          { question: 'risk', note: '' },
        ],
      },
    ],
    ['known acronyms', { knownAcronyms: ['ROI', 'M&A', 'B2B', 'Q3', 'P-L', 'ÖBB'] }],
    ['a known acronym of 12 characters', { knownAcronyms: ['ABCDEFGHIJKL'] }],
    ['many known acronyms', { knownAcronyms: nineteenAcronyms }],
    ['a key number', { keyNumber: '$1.2M a year' }],
    ['an empty key number', { keyNumber: '' }],
    ['an empty portfolio', { portfolio: {} }],
    ['a full portfolio', { portfolio: V2_KEYS_SAMPLE.portfolio }],
    [
      'portfolio zeros',
      {
        portfolio: {
          annualBenefit: 0,
          oneOffCost: 0,
          confidence: 0,
          monthsToFirstBenefit: 0,
          strategicFit: 1,
        },
      },
    ],
    [
      'portfolio maxima',
      { portfolio: { confidence: 100, monthsToFirstBenefit: 120, strategicFit: 5 } },
    ],
    [
      'fractional confidence and months',
      { portfolio: { confidence: 33.3, monthsToFirstBenefit: 1.5 } },
    ],
  ])('accepts %s', (_, change) => {
    const result = parsePitchValue({ ...base(), ...change });
    expect(result.ok && result.pitch).toEqual({ ...base(), ...change });
  });

  const MEETING =
    'meeting: Meeting must be a date and time with its offset, e.g. 2027-05-14T09:30:00+01:00.';
  test.each<[string, Record<string, unknown>, string]>([
    [
      'an unknown lens',
      { lens: 'ceo' },
      'lens: Lens must be one of general, cfo, cto, sponsor, peer.',
    ],
    [
      'a lens in capitals',
      { lens: 'CFO' },
      'lens: Lens must be one of general, cfo, cto, sponsor, peer.',
    ],
    ['a meeting without an offset', { meeting: '2027-05-14T09:30:00' }, MEETING],
    ['a meeting that is only a date', { meeting: '2027-05-14' }, MEETING],
    ['a meeting in words', { meeting: 'next Tuesday at 9' }, MEETING],
    ['a meeting with a space for the T', { meeting: '2027-05-14 09:30:00+01:00' }, MEETING],
    ['a meeting on an impossible date', { meeting: '2027-02-30T09:30:00+01:00' }, MEETING],
    ['a meeting on 29 February of a common year', { meeting: '2027-02-29T09:30:00Z' }, MEETING],
    ['a meeting at an impossible hour', { meeting: '2027-05-14T25:30:00+01:00' }, MEETING],
    [
      'a meeting without seconds on an impossible date',
      { meeting: '2027-02-30T09:30+01:00' },
      MEETING,
    ],
    ['a meeting as a number', { meeting: 1810000000000 }, MEETING],
    [
      'answer notes that are not a list',
      { answerNotes: { budget: 'x' } },
      'answerNotes: Answer notes must be a list of { question, note } entries.',
    ],
    [
      'an answer note that is text',
      { answerNotes: ['budget'] },
      'answerNotes[0]: Each answer note must be an object with "question" and "note".',
    ],
    [
      'an answer note without its question',
      { answerNotes: [{ note: 'x' }] },
      'answerNotes[0].question: answerNotes[0].question is missing.',
    ],
    [
      'an answer note without its note',
      { answerNotes: [{ question: 'q' }] },
      'answerNotes[0].note: answerNotes[0].note is missing.',
    ],
    [
      'an empty question id',
      { answerNotes: [{ question: '', note: 'x' }] },
      "answerNotes[0].question: Each answer note's question cannot be empty: give the question's id.",
    ],
    [
      'a question id over 80 characters',
      { answerNotes: [{ question: 'q'.repeat(81), note: 'x' }] },
      "answerNotes[0].question: Each answer note's question id is too long: at most 80 characters.",
    ],
    [
      'a note over 600 characters',
      { answerNotes: [{ question: 'q', note: 'x'.repeat(601) }] },
      'answerNotes[0].note: Each answer note is too long: at most 600 characters.',
    ],
    [
      'a note that is a number',
      { answerNotes: [{ question: 'q', note: 3 }] },
      'answerNotes[0].note: Each answer note must be text.',
    ],
    [
      'two notes for one question',
      {
        answerNotes: [
          { question: 'a', note: '' },
          { question: 'b', note: '' },
          { question: 'a', note: 'again' },
        ],
      },
      'answerNotes[2].question: Answer notes has more than one note for question "a": keep one per question.',
    ],
    [
      '41 answer notes',
      { answerNotes: Array.from({ length: 41 }, (_, i) => ({ question: `q${i}`, note: '' })) },
      'answerNotes: Answer notes has too many entries: at most 40.',
    ],
    [
      'known acronyms as text',
      { knownAcronyms: 'ROI' },
      'knownAcronyms: Known acronyms must be a list of acronyms.',
    ],
    [
      'an empty acronym',
      { knownAcronyms: [''] },
      'knownAcronyms[0]: A known acronym cannot be empty.',
    ],
    [
      'an acronym over 12 characters',
      { knownAcronyms: ['ABCDEFGHIJKLM'] },
      'knownAcronyms[0]: Each known acronym is too long: at most 12 characters.',
    ],
    [
      'an acronym with a space',
      { knownAcronyms: ['R OI'] },
      'knownAcronyms[0]: Each known acronym may use only letters, digits, "&" and "-", e.g. ROI, M&A or B2B.',
    ],
    [
      'an acronym with a full stop',
      { knownAcronyms: ['U.S.'] },
      'knownAcronyms[0]: Each known acronym may use only letters, digits, "&" and "-", e.g. ROI, M&A or B2B.',
    ],
    [
      'an acronym that is a number',
      { knownAcronyms: [401] },
      'knownAcronyms[0]: Each known acronym must be text.',
    ],
    [
      'an acronym listed twice',
      { knownAcronyms: ['ROI', 'KPI', 'ROI'] },
      'knownAcronyms[2]: Known acronyms lists "ROI" more than once: keep one.',
    ],
    [
      'an acronym listed twice in other letter case (the advice reads them as one)',
      { knownAcronyms: ['ROI', 'roi'] },
      'knownAcronyms[1]: Known acronyms lists "ROI" more than once: keep one.',
    ],
    [
      '41 known acronyms',
      { knownAcronyms: Array.from({ length: 41 }, (_, i) => `K${i}`) },
      'knownAcronyms: Known acronyms has too many entries: at most 40.',
    ],
    [
      'a key number over 600 characters',
      { keyNumber: '1'.repeat(601) },
      'keyNumber: Key number is too long: at most 600 characters.',
    ],
    ['a key number that is a number', { keyNumber: 21 }, 'keyNumber: Key number must be text.'],
    [
      'a portfolio that is a list',
      { portfolio: [] },
      'portfolio: Portfolio must be an object of portfolio inputs (annualBenefit, oneOffCost, ...).',
    ],
    [
      'a negative annual benefit',
      { portfolio: { annualBenefit: -1 } },
      'portfolio.annualBenefit: Portfolio annual benefit must be 0 or more.',
    ],
    [
      'an annual benefit as text',
      { portfolio: { annualBenefit: '1.2M' } },
      'portfolio.annualBenefit: Portfolio annual benefit must be a number.',
    ],
    [
      'an infinite annual benefit',
      { portfolio: { annualBenefit: Infinity } },
      'portfolio.annualBenefit: Portfolio annual benefit must be a number.',
    ],
    [
      'a negative one-off cost',
      { portfolio: { oneOffCost: -0.01 } },
      'portfolio.oneOffCost: Portfolio one-off cost must be 0 or more.',
    ],
    [
      'a one-off cost that is not a number',
      { portfolio: { oneOffCost: NaN } },
      'portfolio.oneOffCost: Portfolio one-off cost must be a number.',
    ],
    [
      'a currency in lower case',
      { portfolio: { currency: 'usd' } },
      'portfolio.currency: Portfolio currency must be a three-letter ISO 4217 code in capitals, e.g. USD, EUR or GBP.',
    ],
    [
      'a currency symbol',
      { portfolio: { currency: '$' } },
      'portfolio.currency: Portfolio currency must be a three-letter ISO 4217 code in capitals, e.g. USD, EUR or GBP.',
    ],
    [
      'a four-letter currency',
      { portfolio: { currency: 'USDT' } },
      'portfolio.currency: Portfolio currency must be a three-letter ISO 4217 code in capitals, e.g. USD, EUR or GBP.',
    ],
    [
      'confidence over 100',
      { portfolio: { confidence: 101 } },
      'portfolio.confidence: Portfolio confidence must be between 0 and 100.',
    ],
    [
      'negative confidence',
      { portfolio: { confidence: -5 } },
      'portfolio.confidence: Portfolio confidence must be between 0 and 100.',
    ],
    [
      'confidence as text',
      { portfolio: { confidence: '80%' } },
      'portfolio.confidence: Portfolio confidence must be a number.',
    ],
    [
      'months to first benefit over 120',
      { portfolio: { monthsToFirstBenefit: 121 } },
      'portfolio.monthsToFirstBenefit: Portfolio months to first benefit must be between 0 and 120.',
    ],
    [
      'negative months to first benefit',
      { portfolio: { monthsToFirstBenefit: -1 } },
      'portfolio.monthsToFirstBenefit: Portfolio months to first benefit must be between 0 and 120.',
    ],
    [
      'a strategic fit of 0',
      { portfolio: { strategicFit: 0 } },
      'portfolio.strategicFit: Portfolio strategic fit must be a whole number from 1 to 5.',
    ],
    [
      'a strategic fit of 6',
      { portfolio: { strategicFit: 6 } },
      'portfolio.strategicFit: Portfolio strategic fit must be a whole number from 1 to 5.',
    ],
    [
      'a strategic fit of 3.5',
      { portfolio: { strategicFit: 3.5 } },
      'portfolio.strategicFit: Portfolio strategic fit must be a whole number from 1 to 5.',
    ],
  ])('refuses %s with a message naming the field', (_, change, message) => {
    const { error, messages } = refusal({ ...base(), ...change });
    expect(error).toBe('The pitch file has problems that must be fixed first.');
    expect(messages).toBe(message);
  });
});

describe('import', () => {
  test.each([
    ['not JSON', '{"format": "one-slide-pitch",', /not valid JSON/],
    ['JSON but a list', '[1,2,3]', /not a pitch file or a library backup/],
    ['another format', '{"format":"keynote"}', /"format" must be "one-slide-pitch".*not "keynote"/],
    [
      'a newer pitch',
      JSON.stringify({ ...base(), version: 3 }),
      /^This file is format version 3, made by a newer version/,
    ],
    [
      'a newer backup',
      JSON.stringify({ format: 'one-slide-pitch-library', version: 3, pitches: [] }),
      /^This backup is format version 3, made by a newer version/,
    ],
    [
      'a backup with one bad pitch',
      JSON.stringify({
        format: 'one-slide-pitch-library',
        version: 2,
        pitches: [base(), { ...base(), situation: 'x' }],
      }),
      /nothing was imported/,
    ],
    [
      'a v1 backup with one bad pitch',
      JSON.stringify({
        format: 'one-slide-pitch-library',
        version: 1,
        pitches: [baseV1(), { ...baseV1(), situation: 'x' }],
      }),
      /nothing was imported/,
    ],
  ])('refuses %s with a message saying what is wrong', (_, text, message) => {
    const result = parseImportText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test('reads a backup with a byte-order mark', () => {
    const result = parseImportText(`\uFEFF${serializeLibrary([base()])}`);
    expect(result.ok && result.kind).toBe('library');
  });
});

describe('library backups, version 1 and 2', () => {
  const backup = (version: unknown, pitches: unknown[], extra: object = {}) =>
    JSON.stringify({ format: 'one-slide-pitch-library', version, pitches, ...extra });
  const progress = { version: 1, cards: {}, sessions: [] };

  test.each<[string, string, PitchFile[]]>([
    [
      'a version 1 backup of version 1 pitches',
      backup(1, [baseV1(), { ...baseV1(), title: 'Second' }]),
      [base(), { ...base(), title: 'Second' }],
    ],
    ['an empty version 1 backup', backup(1, []), []],
    [
      'a version 2 backup of version 2 pitches',
      backup(2, [fullV2Pitch(), base()]),
      [fullV2Pitch(), base()],
    ],
    [
      'a version 2 backup that still holds a version 1 pitch',
      backup(2, [baseV1(), fullV2Pitch()]),
      [base(), fullV2Pitch()],
    ],
  ])('imports %s, every pitch upgraded to version 2', (_, text, pitches) => {
    const result = parseImportText(text);
    if (!result.ok || result.kind !== 'library')
      throw new Error(result.ok ? 'not a backup' : result.error);
    expect(result.backup.version).toBe(2);
    expect(result.backup.pitches).toEqual(pitches);
  });

  test.each([1, 2])('a version %i backup keeps its rehearsal progress', (version) => {
    const pitch = version === 1 ? baseV1() : base();
    const result = parseImportText(
      backup(version, [pitch], { rehearsal: [{ pitchIndex: 0, progress }] }),
    );
    expect(result.ok && result.kind === 'library' && result.backup.rehearsal).toEqual([
      { pitchIndex: 0, progress },
    ]);
  });

  test.each<[string, string, string]>([
    [
      'a version 1 backup holding a version 2 pitch',
      backup(1, [baseV1(), base()]),
      'pitches[1].version: This pitch is format version 2, but the backup holding it is version 1: set the backup\'s "version" to 2.',
    ],
    [
      'a version 1 backup whose pitch has a v2 key',
      backup(1, [{ ...baseV1(), lens: 'cfo' }]),
      'pitches[0]: Unknown field "lens" in pitches[0]: the pitch file format does not have it.',
    ],
    [
      'a version 2 backup holding a version 3 pitch',
      backup(2, [{ ...base(), version: 3 }]),
      'pitches[0].version: This file is format version 3, made by a newer version of One-Slide Pitch. This app reads format versions up to 2; update the app to open it.',
    ],
    [
      'a version 1 backup holding a version 3 pitch',
      backup(1, [{ ...baseV1(), version: 3 }]),
      'pitches[0].version: This file is format version 3, made by a newer version of One-Slide Pitch. This app reads format versions up to 2; update the app to open it.',
    ],
    ['a backup without a version', backup(undefined, []), 'version: version is missing.'],
    ['a backup of version 0', backup(0, []), 'version: version must be 1 or 2.'],
  ])('refuses %s, saying where', (_, text, message) => {
    const result = parseImportText(text);
    if (result.ok) throw new Error('expected the backup to be refused');
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([message]);
  });

  test('a backup is written as version 2, its pitches as they are', () => {
    const written = JSON.parse(serializeLibrary([fullV2Pitch(), base()])) as {
      version: number;
      pitches: PitchFile[];
    };
    expect(written.version).toBe(2);
    expect(written.pitches).toEqual([fullV2Pitch(), base()]);
  });
});

const text = (max: number) =>
  fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => s.length <= max);
const isoMeeting = fc
  .record({
    at: fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    offset: fc.constantFrom('Z', '+01:00', '-05:30', '+14:00', '+00:00'),
  })
  .map(({ at, offset }) => at.toISOString().replace(/\.\d{3}Z$/, offset));
const pitchArbitrary: fc.Arbitrary<PitchFile> = fc.record(
  {
    format: fc.constant('one-slide-pitch' as const),
    version: fc.constant(2 as const),
    title: text(80),
    audience: text(80),
    headline: text(200),
    situation: fc.array(text(120), { maxLength: 8 }),
    action: fc.array(text(120), { maxLength: 8 }),
    outcome: fc.array(text(120), { maxLength: 8 }),
    ask: text(200),
    valueProposition: text(200),
    trace: fc.record(
      { objective: text(60), if: text(60), then: text(60), else: text(60) },
      { requiredKeys: [] },
    ),
    pitch: fc.record(
      { text: text(3000), targetSeconds: fc.constantFrom(...TARGET_SECONDS) },
      { requiredKeys: [] },
    ),
    theme: fc.constantFrom(...THEME_IDS),
    lens: fc.constantFrom(...LENS_IDS),
    meeting: isoMeeting,
    answerNotes: fc.uniqueArray(
      fc.record({ question: fc.string({ minLength: 1, maxLength: 80 }), note: text(600) }),
      {
        maxLength: 40,
        selector: (entry) => entry.question,
      },
    ),
    knownAcronyms: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9&-]{1,12}$/), {
      maxLength: 40,
      selector: (a) => a.toUpperCase(),
    }),
    keyNumber: text(600),
    portfolio: fc.record(
      {
        annualBenefit: fc.double({ min: 0, max: 1e12, noNaN: true }),
        oneOffCost: fc.double({ min: 0, max: 1e12, noNaN: true }),
        currency: fc.stringMatching(/^[A-Z]{3}$/),
        confidence: fc.double({ min: 0, max: 100, noNaN: true }),
        monthsToFirstBenefit: fc.double({ min: 0, max: 120, noNaN: true }),
        strategicFit: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['format', 'version', 'headline', 'situation', 'action', 'outcome'] },
);

describe('export → import is the identity', () => {
  test('for a pitch with every version 2 key', () => {
    const pitch = fullV2Pitch();
    const json = serializePitch(pitch);
    expect((JSON.parse(json) as { version: number }).version).toBe(2);
    const result = parseImportText(json);
    expect(result.ok && result.kind === 'pitch' && result.pitch).toEqual(pitch);
    // What was read is written back in schema order; from then on, byte for byte.
    if (!result.ok || result.kind !== 'pitch') throw new Error('expected a pitch');
    const written = serializePitch(result.pitch);
    const again = parsePitchValue(JSON.parse(written));
    expect(again.ok && serializePitch(again.pitch)).toBe(written);
  });

  test('for single pitch files', () => {
    fc.assert(
      fc.property(pitchArbitrary, (pitch) => {
        const result = parseImportText(serializePitch(pitch));
        expect(result.ok && result.kind === 'pitch' && result.pitch).toEqual(pitch);
      }),
      { numRuns: 300 },
    );
  });

  test('for library backups', () => {
    fc.assert(
      fc.property(fc.array(pitchArbitrary, { maxLength: 5 }), (pitches) => {
        const result = parseImportText(serializeLibrary(pitches));
        expect(result.ok && result.kind === 'library' && result.backup.pitches).toEqual(pitches);
      }),
      { numRuns: 100 },
    );
  });
});

test.each([
  ['Claims triage automation', 'claims-triage-automation'],
  ['  Ünïcödé — Pitch!  ', 'unicode-pitch'],
  ['日本語', 'pitch'],
  [undefined, 'pitch'],
])('slugify(%j) = %s', (title, slug) => {
  expect(slugify(title)).toBe(slug);
});
