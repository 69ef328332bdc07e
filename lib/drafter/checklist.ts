import { findQuantities } from '../language/quantities';
import type { PitchFile } from '../pitch/schema';
import {
  mentionsOutcomeFigure,
  mentionsQuantity,
  outcomeHasFigure,
} from '../language/mentions-quantity';
import { makesRequest } from '../language/requests';
import { isTopicLabel } from './slide-parts';
import { contentStems, wordCoverage } from '../language/word-overlap';

export type ChecklistId = 'claim' | 'situation' | 'action' | 'number' | 'ask';

export interface ChecklistItem {
  id: ChecklistId;
  label: string;
  done: boolean;
}

/** Share of a bullet's content words a pitch must use to count as covering it. */
const COVERS = 0.5;

function coversAny(bullets: readonly string[], stems: ReadonlySet<string>): boolean {
  return bullets.some((b) => b.trim() !== '' && wordCoverage(b, stems) >= COVERS);
}

/** The first half of the text by words: where a claim "up front" has to be. */
function firstHalf(text: string): string {
  const words = text.trim().split(/\s+/u);
  return words.slice(0, Math.max(12, Math.ceil(words.length / 2))).join(' ');
}

/**
 * What the pitch text covers of the slide, for the ticks beside the editor: the claim in the
 * first half, a situation point, an action, one of the outcome's numbers, and a direct request
 * echoing the ask. Coverage is word overlap with the slide (at least half a bullet's content
 * words); numbers match by value ("$1.2M" = "$1.2 million") exactly as `pitch-missing-metric` does.
 */
export function pitchChecklist(text: string, pitch: PitchFile): ChecklistItem[] {
  const stems = contentStems(text);
  const opening = firstHalf(text);
  const openingStems = contentStems(opening);
  const claimSource = isTopicLabel(pitch.headline)
    ? pitch.outcome.filter((o) => findQuantities(o).length)
    : [pitch.headline];
  const headlineNumber = findQuantities(pitch.headline)[0]?.text;
  const claim =
    coversAny(claimSource, openingStems) ||
    (headlineNumber !== undefined &&
      mentionsQuantity(opening, headlineNumber) &&
      wordCoverage(pitch.headline, openingStems) >= 0.3);
  const number = outcomeHasFigure(pitch.outcome)
    ? mentionsOutcomeFigure(text, pitch.outcome)
    : findQuantities(text).length > 0;
  const ask = pitch.ask?.trim() ?? '';
  const askNumbers = findQuantities(ask).map((q) => q.text);
  const asks =
    makesRequest(text) &&
    (ask === '' ||
      wordCoverage(ask, stems) >= 0.34 ||
      askNumbers.some((n) => mentionsQuantity(text, n)));
  return [
    { id: 'claim', label: 'Claim up front', done: text.trim() !== '' && claim },
    { id: 'situation', label: 'Situation', done: coversAny(pitch.situation, stems) },
    { id: 'action', label: 'Action', done: coversAny(pitch.action, stems) },
    { id: 'number', label: 'Number', done: text.trim() !== '' && number },
    { id: 'ask', label: 'Ask', done: asks },
  ];
}
