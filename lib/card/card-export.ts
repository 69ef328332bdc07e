import { requiredRule } from '@/lib/advice/structure-rules';
import type { PitchIssue } from '@/lib/pitch/issues';
import type { PitchFile } from '@/lib/pitch/schema';
import { exportFileName, type ExportFileName } from '@/lib/pitch/file-name';

/** Media type of the card. */
export const CARD_CONTENT_TYPE = 'application/pdf';

/** File name of a pitch's card: `<slug of the title>-card.pdf`, and the title as typed. */
export function cardFileName(pitch: Pick<PitchFile, 'title'>): ExportFileName {
  return exportFileName(pitch.title, '-card.pdf');
}

/**
 * What must be filled in before the card can be exported: the advice engine's `required` errors
 * (headline, situation, action, outcome, ask), from the very rule `analyzePitch` runs, without
 * the language rules (microseconds instead of milliseconds). Overflow is the slide's concern, not
 * the card's: the card shrinks or shortens text itself.
 */
export function findCardBlockers(pitch: PitchFile): PitchIssue[] {
  return requiredRule(pitch).map((f) => ({ path: f.field, message: f.message }));
}
