import { figureAt, figuresAgree, quantityValues, sameValue, type Figure } from './quantity-values';
import { findQuantities } from './quantities';

function spokenValues(text: string): number[] {
  return findQuantities(text).flatMap((q) => quantityValues(q.text));
}

/**
 * Whether `text` says `quantity` in any written or spoken form ("$1.2M" = "$1.2 million",
 * "6 days" = "six days"): every value the quantity names, so a range needs both its ends.
 */
export function mentionsQuantity(text: string, quantity: string): boolean {
  const wanted = quantityValues(quantity);
  if (wanted.length === 0) return text.toLowerCase().includes(quantity.toLowerCase());
  const said = spokenValues(text);
  return wanted.every((w) => said.some((s) => sameValue(s, w)));
}

/** Whether `text` says any value of any of `quantities`: the test `pitch-missing-metric` applies. */
export function mentionsAnyValue(text: string, quantities: readonly string[]): boolean {
  const said = spokenValues(text);
  return quantities.flatMap(quantityValues).some((w) => said.some((s) => sameValue(s, w)));
}

/** Every figure of a text, read in context (see `figureAt`). */
export function figuresOf(text: string): Figure[] {
  return findQuantities(text).map((q) => figureAt(text, q));
}

/**
 * Whether a spoken text says any of the outcome's figures, in any form: "$1.2M" = "1.2 million
 * dollars", "25%" = "a quarter", "three weeks" = "21 days", "£75,000 a month" = "£900K a year",
 * "nearly nine million" ≈ "$8.8M". `pitch-missing-metric` and the drafter's "Number" tick both ask this.
 */
export function mentionsOutcomeFigure(text: string, outcome: readonly string[]): boolean {
  const written = outcome.flatMap(figuresOf);
  const said = [...figuresOf(text), ...impliedChanges(text)];
  return written.some((w) => said.some((s) => figuresAgree(s, w)));
}

const TO_BEFORE =
  /\b(?:drops?|falls?|fell|cuts?|comes?|goes|gets?|rises?|climbs?|grows?|down|up)\s+(?:\S+\s+){0,2}?to\s+$/iu;

/**
 * Changes a pitch says in two steps, "cars queue 48 minutes … queues drop to 24 minutes", as the
 * share they make (50%), so "halve" on the slide is carried.
 */
function impliedChanges(text: string): Figure[] {
  const figures = figuresOf(text);
  const changes: Figure[] = [];
  figures.forEach((after, i) => {
    if (
      !TO_BEFORE.test(text.slice(Math.max(0, after.start - 30), after.start)) ||
      after.unit === 'share'
    )
      return;
    const before = figures
      .slice(0, i)
      .reverse()
      .find((f) => f.unit === after.unit && f.values[0]);
    const [from, to] = [before?.values[0], after.values[0]];
    if (from === undefined || to === undefined || from === 0) return;
    const share = Math.abs(to - from) / from;
    changes.push({
      text: `${before!.text} → ${after.text}`,
      start: after.start,
      end: after.end,
      values: [share, share * 100],
      approximate: false,
      unit: 'share',
    });
  });
  return changes;
}

/** Whether the outcome has any figure a pitch could say. */
export function outcomeHasFigure(outcome: readonly string[]): boolean {
  return outcome.some((bullet) => figuresOf(bullet).some((f) => f.values.length > 0));
}
