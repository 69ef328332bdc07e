import { keyNumber } from '../language/key-number';
import { PITCH_LIMITS, withinCharacters } from '../pitch/limits';
import type { PitchFile } from '../pitch/schema';
import { countWords, DEFAULT_WORDS_PER_MINUTE, estimateSpokenSeconds } from '../pitch/spoken-time';
import { composeDraft, optionalKeys } from './compose-styles';
import { countMentions } from './count-mentions';
import { lensLead } from './lens-lead';
import { DEFAULT_LENS, type LensId } from './lenses';
import { fillAdvice } from './fill-advice';
import { slideParts } from './slide-parts';
import type { DraftStyleId } from './styles';

export interface DraftOptions {
  style: DraftStyleId;
  /** Target spoken length in seconds (30, 45, 60 or 90). */
  targetSeconds: number;
  /** Speaking pace in words per minute; 140 until the user has measured their own. */
  wordsPerMinute?: number;
  /** Who the pitch is for; `general` when not given. */
  lens?: LensId;
}

/** A draft with its measures, as the UI shows it and `POST /api/draft` answers it. */
export interface DraftResult {
  text: string;
  /** Spoken seconds at the pace, to one decimal. */
  seconds: number;
  words: number;
  style: DraftStyleId;
  lens: LensId;
  /** When the slide is too thin for the target: what to add ("Add an outcome to fill 90 s."). */
  fill?: string;
}

/** Share of the target a draft may fill at most: under the 110% where `pitch-too-long` fires, with room for rounding. */
const MOST = 1.08;
/** Share of the target a draft aims to reach: the low end of ±10%. */
export const LEAST = 0.9;
/** The key number is said at most this many times. */
const KEY_NUMBER_MENTIONS = 2;

function pace(wordsPerMinute: number | undefined): number {
  return wordsPerMinute && wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
}

/** Words that fit in the target at the pace (100% of it). */
export function wordBudget(targetSeconds: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  return Math.floor((targetSeconds * pace(wordsPerMinute)) / 60);
}

/**
 * Writes a spoken elevator pitch from the slide, deterministically (same pitch and options, same
 * draft). The claim, the key outcome, the ask and what the lens leads with always go in; the other
 * pieces follow in the style's order of value (the lens moves what it stresses forward), each in
 * full, else as its main clause, else left out, so the draft lands within ±10% of the target
 * whenever the slide has enough to say. A thin slide gives a short draft: nothing is invented.
 * The key number is said at most twice. Returns '' when the slide has nothing to say.
 */
export function draftPitch(pitch: PitchFile, options: DraftOptions): string {
  const { style } = options;
  const lens = options.lens ?? DEFAULT_LENS;
  const parts = slideParts(pitch);
  if (!parts.claim && !parts.ask && parts.situation.length === 0 && parts.action.length === 0) return '';
  const budget = wordBudget(options.targetSeconds, options.wordsPerMinute);
  const most = Math.floor(budget * MOST);
  const key = keyNumber(pitch)?.text;
  const selection = new Map<string, 'full' | 'short'>();
  const render = () => composeDraft(parts, selection, style, lens);
  const fits = (text = render()) =>
    countWords(text) <= most &&
    withinCharacters(text, PITCH_LIMITS.pitchTextChars) &&
    (!key || countMentions(text, key) <= KEY_NUMBER_MENTIONS);

  const lead = lensLead(parts, lens)?.key;
  const essentials = ['claim', 'keyOutcome', 'ask', ...(lead ? [lead] : [])];
  for (const k of essentials) selection.set(k, 'full');
  // The essentials stay even when tight: shorten them first, and only then drop the second number.
  for (const k of ['keyOutcome', 'claim', lead]) {
    if (k && !fits()) selection.set(k, 'short');
  }
  if (!fits() && parts.claim && parts.keyOutcome && lead !== 'keyOutcome') selection.delete('keyOutcome');

  const optional = optionalKeys(parts, style, lens).filter((k) => !essentials.includes(k));
  for (const k of optional) {
    selection.set(k, 'full');
    if (fits()) continue;
    selection.set(k, 'short');
    if (!fits()) selection.delete(k);
  }
  // Short of the target: say in full what was shortened, while it still fits.
  for (const k of [...essentials, ...optional]) {
    if (countWords(render()) >= budget * LEAST) break;
    if (selection.get(k) !== 'short') continue;
    selection.set(k, 'full');
    if (!fits()) selection.set(k, 'short');
  }
  return render();
}

/** `draftPitch` with its words, spoken seconds at the pace, and what to add when the slide is too thin. */
export function draftPitchResult(pitch: PitchFile, options: DraftOptions): DraftResult {
  const text = draftPitch(pitch, options);
  const words = countWords(text);
  const seconds = Math.round(estimateSpokenSeconds(text, pace(options.wordsPerMinute)) * 10) / 10;
  const result: DraftResult = { text, seconds, words, style: options.style, lens: options.lens ?? DEFAULT_LENS };
  const fill = text && seconds < options.targetSeconds * LEAST ? fillAdvice(pitch, options.targetSeconds) : undefined;
  return fill ? { ...result, fill } : result;
}
