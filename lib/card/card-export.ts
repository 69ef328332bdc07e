import { analyzePitch } from '@/lib/advice';
import type { PitchIssue } from '@/lib/pitch/issues';
import type { PitchFile } from '@/lib/pitch/schema';
import { slugify } from '@/lib/pitch/serialize';

/** Media type of the card. */
export const CARD_CONTENT_TYPE = 'application/pdf';

/** File name of a pitch's card: `<slug of the title>-card.pdf`. */
export function cardFileName(pitch: Pick<PitchFile, 'title'>): string {
  return `${slugify(pitch.title)}-card.pdf`;
}

/**
 * What must be filled in before the card can be exported: the advice engine's `required` errors
 * (headline, situation, action, outcome, ask). Overflow is the slide's concern, not the card's:
 * the card shrinks or shortens text itself.
 */
export function findCardBlockers(pitch: PitchFile): PitchIssue[] {
  return analyzePitch(pitch)
    .findings.filter((f) => f.rule === 'required' && f.severity === 'error')
    .map((f) => ({ path: f.field, message: f.message }));
}
