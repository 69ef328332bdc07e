/**
 * Test-only fast-check arbitraries: pitches made of anything a user can type or paste, weighted
 * towards what breaks files (control characters, lone surrogates, U+FFFE/U+FFFF, XML
 * metacharacters) and towards scripts a slide must carry (emoji, right-to-left, CJK).
 */
import fc from 'fast-check';
import { PITCH_LIMITS, TARGET_SECONDS, THEME_IDS } from '../pitch/limits';
import type { PitchFile } from '../pitch/schema';

const fromCode = (min: number, max: number) =>
  fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/** One UTF-16 unit or surrogate pair from a mix of risky and international characters. */
export const anyTypedCharacter: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(' ', ' ', '<', '>', '&', '"', "'", ']]>', '\t', '\n', '\r', '\r\n'),
  },
  { weight: 2, arbitrary: fromCode(0x00, 0x1f) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\u2029',
      '\ufeff',
      '\ufffe',
      '\uffff',
    ),
  },
  { weight: 1, arbitrary: fromCode(0xd800, 0xdfff) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('🚀', '👍🏽', '👩‍👩‍👧', '🇬🇧', '1️⃣', '€', '£', '¥', '—', '…', '“', '”'),
  },
  { weight: 2, arbitrary: fromCode(0x0600, 0x06ff) },
  { weight: 1, arbitrary: fromCode(0x05d0, 0x05ea) },
  { weight: 2, arbitrary: fromCode(0x4e00, 0x9fff) },
  { weight: 1, arbitrary: fromCode(0x3040, 0x30ff) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Text up to `maxLength` UTF-16 units, sometimes exactly at the limit. */
export function typedText(maxLength: number): fc.Arbitrary<string> {
  const text = fc.string({ unit: anyTypedCharacter, maxLength });
  const atLimit = fc
    .string({ unit: anyTypedCharacter, minLength: maxLength, maxLength })
    .map((s) => s.slice(0, maxLength));
  return fc.oneof(
    { weight: 9, arbitrary: text.map((s) => s.slice(0, maxLength)) },
    { weight: 1, arbitrary: atLimit },
  );
}

const field = () => typedText(PITCH_LIMITS.stringChars);
const shortField = () => fc.oneof(typedText(80), field());
const bullets = () => fc.array(shortField(), { maxLength: PITCH_LIMITS.bulletsPerSection });

/** A schema-valid pitch file of arbitrary text. */
export const arbitraryPitch: fc.Arbitrary<PitchFile> = fc.record(
  {
    format: fc.constant('one-slide-pitch' as const),
    version: fc.constant(2 as const),
    title: shortField(),
    audience: shortField(),
    headline: shortField(),
    situation: bullets(),
    action: bullets(),
    outcome: bullets(),
    ask: shortField(),
    valueProposition: shortField(),
    trace: fc.record(
      {
        objective: shortField(),
        initiative: shortField(),
        program: shortField(),
        project: shortField(),
        if: shortField(),
        then: shortField(),
        else: shortField(),
      },
      { requiredKeys: [] },
    ),
    pitch: fc.record(
      {
        text: typedText(PITCH_LIMITS.pitchTextChars),
        targetSeconds: fc.constantFrom(...TARGET_SECONDS),
      },
      { requiredKeys: [] },
    ),
    theme: fc.constantFrom(...THEME_IDS),
  },
  { requiredKeys: ['format', 'version', 'headline', 'situation', 'action', 'outcome'] },
);
