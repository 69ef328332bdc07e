import type { PitchFile, Portfolio } from '../pitch/schema';
import { prefillFromSlide } from './prefill';

export const PORTFOLIO_INPUTS = [
  'annualBenefit',
  'oneOffCost',
  'currency',
  'confidence',
  'monthsToFirstBenefit',
  'strategicFit',
] as const;
export type PortfolioInput = (typeof PORTFOLIO_INPUTS)[number];

export const PORTFOLIO_INPUT_LABELS: Record<PortfolioInput, string> = {
  annualBenefit: 'Annual benefit',
  oneOffCost: 'One-off cost',
  currency: 'Currency',
  confidence: 'Confidence (%)',
  monthsToFirstBenefit: 'Months to first benefit',
  strategicFit: 'Strategic fit (1–5)',
};

/**
 * Where an input's value comes from: typed by the user (stored in the pitch's `portfolio`), read
 * from the slide's numbers, assumed by the ranking because nobody gave it, or missing.
 */
export type InputOrigin = 'entered' | 'slide' | 'assumed' | 'missing';

export interface InputValue<T> {
  value: T | undefined;
  origin: InputOrigin;
  /** For `slide`: the figure and where it is (“$1.2M a year” (Outcome 2)). */
  source?: string;
}

export type EffectiveInputs = {
  [K in PortfolioInput]: InputValue<NonNullable<Portfolio[K]>>;
};

/**
 * What the ranking assumes for an input nobody gave: an even chance, first benefit in six months,
 * a middling fit. Shown as "assumed" beside the rank, so the user sees and can replace them.
 */
export const ASSUMED_INPUTS = { confidence: 50, monthsToFirstBenefit: 6, strategicFit: 3 } as const;

/**
 * A pitch's portfolio inputs as the ranking uses them: what the user entered wins; else what the
 * slide's numbers say (annual benefit, one-off cost, currency); else the ranking's assumption
 * (confidence, months, fit); else missing. Pure: the prefill is recomputed from the slide.
 */
export function effectiveInputs(pitch: PitchFile): EffectiveInputs {
  const entered = pitch.portfolio ?? {};
  const prefill = prefillFromSlide(pitch);
  const pick = <K extends PortfolioInput>(key: K): InputValue<NonNullable<Portfolio[K]>> => {
    const own = entered[key];
    if (own !== undefined) return { value: own as NonNullable<Portfolio[K]>, origin: 'entered' };
    const fromSlide = (prefill.values as Portfolio)[key];
    if (fromSlide !== undefined) {
      return {
        value: fromSlide as NonNullable<Portfolio[K]>,
        origin: 'slide',
        source: prefill.sources[key as keyof typeof prefill.sources],
      };
    }
    if (key in ASSUMED_INPUTS) {
      return {
        value: ASSUMED_INPUTS[key as keyof typeof ASSUMED_INPUTS] as NonNullable<Portfolio[K]>,
        origin: 'assumed',
      };
    }
    return { value: undefined, origin: 'missing' };
  };
  return {
    annualBenefit: pick('annualBenefit'),
    oneOffCost: pick('oneOffCost'),
    currency: pick('currency'),
    confidence: pick('confidence'),
    monthsToFirstBenefit: pick('monthsToFirstBenefit'),
    strategicFit: pick('strategicFit'),
  };
}

/**
 * The pitch with one portfolio input set (or cleared with `undefined`, which brings back the
 * slide's value or the assumption). Other inputs stay as stored: a prefilled value is never
 * written into the file unless the user typed it.
 */
export function withPortfolioInput<K extends PortfolioInput>(
  pitch: PitchFile,
  key: K,
  value: Portfolio[K] | undefined,
): PitchFile {
  const portfolio: Portfolio = { ...pitch.portfolio };
  if (value === undefined) delete portfolio[key];
  else portfolio[key] = value;
  const next: PitchFile = { ...pitch, portfolio };
  if (Object.keys(portfolio).length === 0) delete next.portfolio;
  return next;
}
