import type { PitchFile } from '../pitch/schema';
import { findQuantities, type Quantity } from './quantities';

/** A quantity of one outcome bullet, with how strongly it reads as the outcome's change. */
export interface OutcomeQuantity extends Quantity {
  /** Index of the outcome bullet it is in. */
  bullet: number;
  /** Higher is more telling: a before → after change or an amount saved beats an incidental count. */
  score: number;
}

const MONEY = /[$€£¥₹]|\b(?:usd|eur|gbp|dollars?|pounds?|euros?)\b/iu;
const RATE = /%|\bper\s?cent\b|\bpercent\b|\bpoints?\b|\bbps\b|\bpp\b|[x×]$|\btimes\b|fold\b/iu;
const PROPORTION =
  /^(?:half|halv|doubl|tripl|quadrupl|twice|(?:a|an|one|two|three|four|five|\d+)[\s-]+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$|\S+\s+(?:in|out\s+of)\s)/iu;
const DURATION =
  /\b(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|ms)$/iu;
/** Words that make a number the result of the work: what falls, rises, is saved or earned. */
const CHANGE =
  /\b(?:from|to|falls?|fell|drops?|dropped|cuts?|saves?|saved|saving|savings|reduc\w*|lower\w*|ris(?:e|es|ing)|rose|grows?|grew|growth|increas\w*|improv\w*|gains?|gained|earns?|earned|revenue|profit|return|worth|halv\w*|doubl\w*|shorten\w*|speeds?|faster|fewer|less|more|up|down|avoid\w*|recover\w*|frees?|freed|uplift|boost\w*|shrinks?|shrank|climbs?|jumps?|reach\w*|hits?)\b/iu;
/** A duration after these is a deadline ("within 6 weeks"), not a result. */
const DEADLINE_BEFORE =
  /\b(?:within|in|inside|over|after|for|every|each|per|by)\s+(?:the\s+)?(?:next\s+|first\s+)?$/iu;

function scoreOf(q: Quantity, bullet: string): number {
  const text = q.text;
  const before = bullet.slice(Math.max(0, q.start - 30), q.start);
  const after = bullet.slice(q.end, q.end + 30);
  let score: number;
  if (/\s(?:to|–|—|→)\s|\d\s?[-–]\s?\d/u.test(text))
    score = 90; // "21 to 14 days": the change itself
  else if (MONEY.test(text)) score = 70;
  else if (RATE.test(text) || PROPORTION.test(text)) score = 65;
  else if (DURATION.test(text)) score = DEADLINE_BEFORE.test(before) ? 5 : 40;
  else score = 15; // a bare count: "4 teams", "12 adjusters"
  const near = `${before.split(/[,;.]/u).pop() ?? ''} ${after.split(/[,;.]/u)[0] ?? ''}`;
  if (CHANGE.test(near)) score += 20;
  if (/\bfrom\s+$/iu.test(before) || /^\s+(?:to|down to|up to)\s/iu.test(after)) score += 10;
  return score;
}

/** Every quantity of the outcome bullets, scored (see `OutcomeQuantity`), in slide order. */
export function outcomeQuantities(outcome: readonly string[]): OutcomeQuantity[] {
  return outcome.flatMap((bullet, i) =>
    findQuantities(bullet).map((q) => ({ ...q, bullet: i, score: scoreOf(q, bullet) })),
  );
}

/**
 * The outcome's numbers, the key one first, without repeats (case-insensitive): the number the
 * slide emphasises, the card lists first, rehearsal drills and the advice asks the pitch to say.
 * The key number is the one the user chose (`keyNumber`, when it is still on the slide), else the
 * outcome's change: a before → after, an amount saved or earned, a rate; never an incidental count
 * ("4 teams") while a change is there. Ties go to the earlier bullet.
 */
export function rankedOutcomeNumbers(
  pitch: Pick<PitchFile, 'outcome'> & { keyNumber?: string },
): OutcomeQuantity[] {
  const all = outcomeQuantities(pitch.outcome);
  const chosen = pitch.keyNumber?.trim().toLowerCase();
  const ranked = [...all].sort((a, b) => {
    const pick = Number(b.text.toLowerCase() === chosen) - Number(a.text.toLowerCase() === chosen);
    return pick || b.score - a.score || a.bullet - b.bullet || a.start - b.start;
  });
  const seen = new Set<string>();
  return ranked.filter((q) => {
    const key = q.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The outcome's numbers as written, key number first (see `rankedOutcomeNumbers`). */
export function keyNumbers(pitch: Pick<PitchFile, 'outcome'> & { keyNumber?: string }): string[] {
  return rankedOutcomeNumbers(pitch).map((q) => q.text);
}

/** The key number with where it sits on the slide, or undefined when the outcome has no number. */
export function keyNumber(
  pitch: Pick<PitchFile, 'outcome'> & { keyNumber?: string },
): OutcomeQuantity | undefined {
  return rankedOutcomeNumbers(pitch)[0];
}
