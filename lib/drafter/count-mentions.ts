import { mentionsQuantity } from '../language/mentions-quantity';
import { findQuantities } from '../language/quantities';

/** How many times `text` says `quantity`, in any written or spoken form ("£6.5M" = "£6.5 million"). */
export function countMentions(text: string, quantity: string): number {
  return findQuantities(text).filter((q) => mentionsQuantity(q.text, quantity)).length;
}
