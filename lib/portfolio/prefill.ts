import { figureAt, type Figure } from '../language/quantity-values';
import { findQuantities } from '../language/quantities';
import type { PitchFile, Portfolio } from '../pitch/schema';
import { currencyOf } from './currency';

/** The inputs the slide's own numbers give, each with the words it was read from. */
export interface SlidePrefill {
  values: Pick<Portfolio, 'annualBenefit' | 'oneOffCost' | 'currency'>;
  /** For each prefilled input, the figure as the slide writes it and where: `“$1.2M a year” (Outcome 2)`. */
  sources: Partial<Record<'annualBenefit' | 'oneOffCost' | 'currency', string>>;
}

interface Found {
  figure: Figure;
  where: string;
  text: string;
}

/** The money figures of one text, read by the language layer with the words around them. */
function moneyFigures(text: string | undefined, where: string): Found[] {
  if (!text) return [];
  return findQuantities(text)
    .map((q) => ({ figure: figureAt(text, q), where, text }))
    .filter(({ figure }) => figure.unit === 'money' || currencyOf(figure.text) !== undefined);
}

function describe({ figure, text, where }: Found): string {
  // The figure with the words that make it a rate ("a year", "a month"), as the reader sees it.
  const tail =
    /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:(?:a|per|each|every)\s+(?:day|week|month|quarter|year)|daily|weekly|monthly|quarterly|annually|yearly)\b/iu.exec(
      text.slice(figure.end),
    );
  return `“${text.slice(figure.start, figure.end)}${tail?.[0] ?? ''}” (${where})`;
}

/**
 * What the slide's numbers say about the portfolio inputs, through the language layer: the
 * annual benefit is the first amount of money per period in the outcome (then the value
 * proposition and headline), "£75,000 a month" counting as £900K a year; the one-off cost is the
 * first amount of money in the ask that is not per period ("Approve $350K"); the currency is
 * theirs. A cost in another currency than the benefit is not prefilled (the user says which).
 * Nothing is guessed where the slide says nothing.
 */
export function prefillFromSlide(pitch: PitchFile): SlidePrefill {
  const benefitTexts = [
    ...pitch.outcome.map((bullet, i) => [bullet, `Outcome ${i + 1}`] as const),
    [pitch.valueProposition, 'Value proposition'] as const,
    [pitch.headline, 'Headline'] as const,
  ];
  const benefit = benefitTexts
    .flatMap(([text, where]) => moneyFigures(text, where))
    .find(({ figure }) => figure.annual?.[0] !== undefined);
  const cost = moneyFigures(pitch.ask, 'Ask').find(({ figure }) => figure.annual === undefined);

  const result: SlidePrefill = { values: {}, sources: {} };
  const benefitCurrency = benefit && currencyOf(benefit.figure.text);
  if (benefit) {
    result.values.annualBenefit = benefit.figure.annual![0]!;
    result.sources.annualBenefit = describe(benefit);
  }
  const costCurrency = cost && currencyOf(cost.figure.text);
  const costAgrees =
    !benefit || !benefitCurrency || !costCurrency || benefitCurrency === costCurrency;
  if (cost && cost.figure.values[0] !== undefined && costAgrees) {
    result.values.oneOffCost = cost.figure.values[0];
    result.sources.oneOffCost = describe(cost);
  }
  const currency =
    benefitCurrency ?? (result.values.oneOffCost === undefined ? undefined : costCurrency);
  if (currency) {
    result.values.currency = currency;
    result.sources.currency = describe(benefitCurrency ? benefit! : cost!);
  }
  return result;
}
