const FNV_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const PART_SEPARATOR = '\u001f';

/**
 * A stable 64-bit FNV-1a hash (16 lowercase hex digits) of the parts' UTF-8 bytes. Rehearsal
 * progress is keyed by card content, so the same text always gets the same key on every device,
 * and editing one sentence changes only the keys of the cards that carry it.
 */
export function contentKey(...parts: string[]): string {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(parts.join(PART_SEPARATOR))) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Shape of a key made by `contentKey`, for validating stored progress. */
export const CONTENT_KEY_PATTERN = /^[0-9a-f]{16}$/;
