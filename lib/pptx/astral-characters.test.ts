import { expect, test } from 'vitest';
import { restoreAstralCharacters, shieldAstralCharacters } from './astral-characters';

test.each(['plain text', 'emoji 🚀 and 👩‍👩‍👧', 'CJK extension B 𠀋 and math 𝔸', 'BMP only: é 你好 ‮'])(
  '"%s" comes back unchanged after shielding and contains no surrogate while shielded',
  (text) => {
    const shielded = shieldAstralCharacters(text);
    expect(shielded).not.toMatch(/[\uD800-\uDFFF]/);
    expect(restoreAstralCharacters(shielded)).toBe(text);
  },
);
