import { PITCH_LIMITS, withinCharacters } from '../pitch/limits';
import type { PitchFile } from '../pitch/schema';
import { countWords, DEFAULT_WORDS_PER_MINUTE } from '../pitch/spoken-time';
import { composeDraft, optionalKeys } from './compose-styles';
import { slideParts } from './slide-parts';
import type { DraftStyleId } from './styles';

export interface DraftOptions {
  style: DraftStyleId;
  /** Target spoken length in seconds (30, 45, 60 or 90). */
  targetSeconds: number;
  /** Speaking pace in words per minute; 140 until the user has measured their own. */
  wordsPerMinute?: number;
}

/** Words that fit in the target at the pace: the draft aims at 100% so it stays well under 110%. */
export function wordBudget(targetSeconds: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  const pace = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  return Math.floor((targetSeconds * pace) / 60);
}

/**
 * Writes a spoken elevator pitch from the slide, deterministically (same pitch and options, same
 * draft). The claim, the key outcome and the ask always go in; situation, action and further
 * outcomes are added in the style's order of value while the draft fits `targetSeconds` at
 * `wordsPerMinute`, first in full, else as their main clause. A thin slide gives a short draft:
 * nothing is invented to fill the time. Returns '' when the slide has nothing to say.
 */
export function draftPitch(pitch: PitchFile, options: DraftOptions): string {
  const { style } = options;
  const parts = slideParts(pitch);
  if (!parts.claim && !parts.ask && parts.situation.length === 0 && parts.action.length === 0) return '';
  const budget = wordBudget(options.targetSeconds, options.wordsPerMinute);
  const selection = new Map<string, 'full' | 'short'>();
  const render = () => composeDraft(parts, selection, style);
  const fits = () => {
    const text = render();
    return countWords(text) <= budget && withinCharacters(text, PITCH_LIMITS.pitchTextChars);
  };

  if (parts.claim) selection.set('claim', 'full');
  if (parts.keyOutcome) selection.set('keyOutcome', 'full');
  if (parts.ask) selection.set('ask', 'full');
  // The essentials stay even when tight: shorten them first, and only then drop the second number.
  for (const key of ['keyOutcome', 'claim'] as const) {
    if (!fits() && parts[key]?.short) selection.set(key, 'short');
  }
  if (!fits() && parts.claim && parts.keyOutcome) selection.delete('keyOutcome');

  for (const key of optionalKeys(parts, style)) {
    selection.set(key, 'full');
    if (fits()) continue;
    selection.set(key, 'short');
    if (!fits()) selection.delete(key);
  }
  return render();
}
