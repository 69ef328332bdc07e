import { quantityValues } from '@/lib/language/quantity-values';
import { portfolioSchema, type Portfolio } from '@/lib/pitch/schema';
import type { PortfolioInput } from '@/lib/portfolio';

export type ParsedInput<K extends PortfolioInput> =
  { ok: true; value: Portfolio[K] | undefined } | { ok: false; message: string };

/**
 * What the user typed in one portfolio input, checked by the pitch schema: empty clears it
 * (the slide's value or the assumption comes back); amounts may be written as on a slide
 * ("1.2M", "$350K", "1,200,000"), read by the language layer.
 */
export function parseInput<K extends PortfolioInput>(key: K, typed: string): ParsedInput<K> {
  const text = typed.trim();
  if (text === '') return { ok: true, value: undefined };
  let value: unknown;
  if (key === 'currency') value = text.toUpperCase();
  else {
    const plain = text.replace(/[,\s%]/gu, '');
    value = /^[-−]?\d+(?:\.\d+)?$/u.test(plain) ? Number(plain.replace('−', '-')) : quantityValues(text)[0];
    if (value === undefined) return { ok: false, message: `“${text}” is not a number.` };
  }
  const result = portfolioSchema.safeParse({ [key]: value });
  if (!result.success)
    return { ok: false, message: result.error.issues[0]?.message ?? 'This value is not allowed.' };
  return { ok: true, value: result.data[key] };
}

/** A stored or prefilled value as the input shows it: "1,200,000", "72.5", "USD". */
export function showInput(value: number | string | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'number'
    ? value.toLocaleString('en-US', { maximumFractionDigits: 2 })
    : value;
}
