import { quantityValues, sameValue } from './quantity-values';
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
