/**
 * The part of "Download card" that is loaded on click: validates the live form values with the
 * pitch schema, refuses an incomplete pitch like the API does, then builds the PDF. Kept in its
 * own module so pdf-lib and the embedded fonts stay out of the page's first-load JavaScript.
 */
import {
  CARD_CONTENT_TYPE,
  cardFileName,
  findCardBlockers,
  renderCard,
  type CardCueLevel,
  type CardPaper,
} from '@/lib/card';
import type { PitchIssue } from '@/lib/pitch/issues';
import { parsePitchValue } from '@/lib/pitch/parse-pitch-file';

export type CardFileResult =
  | {
      ok: true;
      bytes: Uint8Array<ArrayBuffer>;
      fileName: string;
      contentType: string;
      replacedCharacters: number;
      truncatedFields: string[];
    }
  | { ok: false; error: string; issues: PitchIssue[] };

export async function exportCardFile(
  values: unknown,
  options: { cueLevel: CardCueLevel; paper: CardPaper },
): Promise<CardFileResult> {
  const parsed = parsePitchValue(values);
  if (!parsed.ok) return { ok: false, error: parsed.error, issues: parsed.issues };
  const blockers = findCardBlockers(parsed.pitch);
  if (blockers.length > 0)
    return {
      ok: false,
      error: 'The card cannot be made yet. Fill in these first:',
      issues: blockers,
    };
  const card = await renderCard(parsed.pitch, options);
  return {
    ok: true,
    bytes: card.bytes as Uint8Array<ArrayBuffer>,
    fileName: cardFileName(parsed.pitch).unicode,
    contentType: CARD_CONTENT_TYPE,
    replacedCharacters: card.replacedCharacters,
    truncatedFields: card.truncatedFields,
  };
}
