import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseImportText, parsePitchValue } from './parse-pitch-file';
import { PITCH_LIMITS, TARGET_SECONDS, THEME_IDS } from './limits';
import { serializeLibrary, serializePitch, slugify } from './serialize';
import { pitchFileSchema, type PitchFile } from './schema';
import { EXAMPLE_PITCHES } from './examples';
import { createBlankPitch } from './blank-pitch';
import { loadFixtureTexts } from './test-fixtures';

const fixtures = loadFixtureTexts();
const base = (): PitchFile => JSON.parse(fixtures.find((f) => f.name === 'good-claims-triage')!.text) as PitchFile;

function refusal(value: unknown): { error: string; messages: string } {
  const result = parsePitchValue(value);
  if (result.ok) throw new Error('expected the pitch to be refused');
  return { error: result.error, messages: result.issues.map((i) => `${i.path}: ${i.message}`).join('\n') };
}

describe('pitch file format v1', () => {
  test.each(fixtures.map((f) => [f.name, f.text]))('fixture %s parses', (_, text) => {
    const result = parseImportText(text);
    expect(result.ok && result.kind).toBe('pitch');
  });

  test.each(EXAMPLE_PITCHES.map((e) => [e.id, e.pitch]))('example %s is a valid pitch', (_, pitch) => {
    expect(pitchFileSchema.safeParse(pitch).success).toBe(true);
  });

  test('a blank draft is a valid file (emptiness is advice, not a schema error)', () => {
    expect(pitchFileSchema.safeParse(createBlankPitch()).success).toBe(true);
    expect(pitchFileSchema.safeParse({ format: 'one-slide-pitch', version: 1, headline: '', situation: [], action: [], outcome: [] }).success).toBe(true);
  });

  test.each([
    ['headline', (p: PitchFile) => ({ ...p, headline: 'x'.repeat(601) }), 'headline', 'at most 600 characters'],
    ['a bullet', (p: PitchFile) => ({ ...p, situation: ['x'.repeat(601)] }), 'situation[0]', 'at most 600 characters'],
    ['the ask', (p: PitchFile) => ({ ...p, ask: 'x'.repeat(601) }), 'ask', 'at most 600'],
    ['a trace part', (p: PitchFile) => ({ ...p, trace: { if: 'x'.repeat(601) } }), 'trace.if', 'at most 600'],
    ['the pitch text', (p: PitchFile) => ({ ...p, pitch: { text: 'x'.repeat(3001) } }), 'pitch.text', 'at most 3000 characters'],
    ['bullets per section', (p: PitchFile) => ({ ...p, action: Array(9).fill('Ship it') }), 'action', 'at most 8'],
    ['target seconds', (p: PitchFile) => ({ ...p, pitch: { targetSeconds: 50 } }), 'pitch.targetSeconds', '30, 45, 60, 90'],
    ['theme', (p: PitchFile) => ({ ...p, theme: 'neon' }), 'theme', 'boardroom'],
  ])('rejects %s above its limit with a clear message', (_, mutate, path, text) => {
    const { messages } = refusal(mutate(base()));
    expect(messages).toContain(`${path}: `);
    expect(messages).toContain(text);
  });

  test('accepts every value exactly at the limits', () => {
    const max = 'x'.repeat(PITCH_LIMITS.stringChars);
    const bullets = Array(PITCH_LIMITS.bulletsPerSection).fill(max);
    const pitch = { ...base(), headline: max, situation: bullets, action: bullets, outcome: bullets, pitch: { text: 'y'.repeat(3000), targetSeconds: 90 } };
    expect(parsePitchValue(pitch).ok).toBe(true);
  });

  test('rejects unknown keys, naming them', () => {
    expect(refusal({ ...base(), colour: 'red' }).messages).toMatch(/Unknown field "colour"/);
    expect(refusal({ ...base(), trace: { goal: 'x' } }).messages).toMatch(/Unknown field "goal" in trace/);
    expect(refusal({ ...base(), pitch: { text: '', speed: 2 } }).messages).toMatch(/"speed" in pitch/);
  });

  test('refuses a newer version, saying so', () => {
    const { error } = refusal({ ...base(), version: 2 });
    expect(error).toMatch(/version 2.*newer version of One-Slide Pitch/);
    expect(error).toMatch(/reads version 1/);
  });

  test('names missing required fields', () => {
    const withoutHeadline: Partial<PitchFile> = base();
    delete withoutHeadline.headline;
    expect(refusal(withoutHeadline).messages).toContain('headline is missing');
  });

  test.each([
    ['a number for the headline', { headline: 42 }, 'headline: Headline must be text.'],
    ['text for the Situation list', { situation: 'Claims are slow' }, 'situation: Situation must be a list of bullets.'],
    ['null for the ask', { ask: null }, 'ask: Ask must be text.'],
  ])('a field of the wrong kind is named as such, not as missing (%s)', (_, change, message) => {
    const { messages } = refusal({ ...base(), ...change });
    expect(messages.split('\n')[0]).toBe(message);
    expect(messages).not.toMatch(/missing/);
  });
});

describe('import', () => {
  test.each([
    ['not JSON', '{"format": "one-slide-pitch",', /not valid JSON/],
    ['JSON but a list', '[1,2,3]', /not a pitch file or a library backup/],
    ['another format', '{"format":"keynote"}', /"format" must be "one-slide-pitch".*not "keynote"/],
    ['a newer pitch', JSON.stringify({ ...base(), version: 3 }), /version 3/],
    ['a newer backup', JSON.stringify({ format: 'one-slide-pitch-library', version: 2, pitches: [] }), /This backup is format version 2/],
    ['a backup with one bad pitch', JSON.stringify({ format: 'one-slide-pitch-library', version: 1, pitches: [base(), { ...base(), situation: 'x' }] }), /nothing was imported/],
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

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => s.length <= max);
const pitchArbitrary: fc.Arbitrary<PitchFile> = fc.record(
  {
    format: fc.constant('one-slide-pitch' as const),
    version: fc.constant(1 as const),
    title: text(80),
    audience: text(80),
    headline: text(200),
    situation: fc.array(text(120), { maxLength: 8 }),
    action: fc.array(text(120), { maxLength: 8 }),
    outcome: fc.array(text(120), { maxLength: 8 }),
    ask: text(200),
    valueProposition: text(200),
    trace: fc.record({ objective: text(60), if: text(60), then: text(60), else: text(60) }, { requiredKeys: [] }),
    pitch: fc.record({ text: text(3000), targetSeconds: fc.constantFrom(...TARGET_SECONDS) }, { requiredKeys: [] }),
    theme: fc.constantFrom(...THEME_IDS),
  },
  { requiredKeys: ['format', 'version', 'headline', 'situation', 'action', 'outcome'] },
);

describe('export → import is the identity', () => {
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
