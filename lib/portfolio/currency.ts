/**
 * Currencies of amounts written on a slide, as ISO 4217 codes, and amounts said the way a
 * portfolio slide says them ("$1.2M", "€850K").
 */

const SYMBOL_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^US\$/u, 'USD'],
  [/^A\$/u, 'AUD'],
  [/^C\$/u, 'CAD'],
  [/^NZ\$/u, 'NZD'],
  [/^HK\$/u, 'HKD'],
  [/^S\$/u, 'SGD'],
  [/\$/u, 'USD'],
  [/€/u, 'EUR'],
  [/£/u, 'GBP'],
  [/¥/u, 'JPY'],
  [/₹/u, 'INR'],
  [/\b(?:USD|EUR|GBP|CHF|JPY|AUD|CAD|INR)\b/u, ''],
  [/\bdollars?\b/iu, 'USD'],
  [/\beuros?\b/iu, 'EUR'],
  [/\bpounds?\b/iu, 'GBP'],
];

/**
 * The ISO 4217 code of a money quantity as the language layer finds it ("$350K" → USD, "€1.2M"
 * → EUR, "CHF 400,000" → CHF, "two million pounds" → GBP); undefined when it names no currency.
 * A bare "$" is read as US dollars, as an American or international reader would.
 */
export function currencyOf(quantity: string): string | undefined {
  for (const [pattern, code] of SYMBOL_CODES) {
    const match = pattern.exec(quantity);
    if (match) return code || match[0];
  }
  return undefined;
}

/** True for a three-letter ISO 4217 code in capitals, as the pitch file stores it. */
export function isCurrencyCode(text: string): boolean {
  return /^[A-Z]{3}$/u.test(text);
}

/**
 * An amount in a few characters: "$1.2M", "€850K", "CHF 400K"; without a currency, "1.2M".
 * Uses the en-US compact notation, so every export and the page say it the same way.
 */
export function formatAmount(amount: number, currency: string | undefined): string {
  const compact = {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: amount >= 1e9 ? 2 : 1,
  } as const;
  if (!currency) return new Intl.NumberFormat('en-US', compact).format(amount);
  try {
    return new Intl.NumberFormat('en-US', { ...compact, style: 'currency', currency }).format(
      amount,
    );
  } catch {
    return `${currency} ${new Intl.NumberFormat('en-US', compact).format(amount)}`;
  }
}
