/**
 * The ranking formulas, named and written out as the page and the slide show them. Each pitch's
 * figures come from its effective inputs (inputs.ts); amounts are in one currency per ranking.
 */

export const FORMULA_IDS = ['risk-adjusted-value', 'wsjf'] as const;
export type FormulaId = (typeof FORMULA_IDS)[number];

/** Months of benefit the risk-adjusted value counts: the first three years after approval. */
export const VALUE_HORIZON_MONTHS = 36;

/** Months at which WSJF's time criticality reaches its floor (1). */
const TIME_CRITICALITY_MONTHS = 24;

export interface FormulaDescription {
  id: FormulaId;
  name: string;
  /** The formula in words, as shown beside the ranking. */
  formula: string;
  /** What the score means, in one sentence. */
  reading: string;
}

export const FORMULAS: Record<FormulaId, FormulaDescription> = {
  'risk-adjusted-value': {
    id: 'risk-adjusted-value',
    name: 'Risk-adjusted value per cost',
    formula: `annual benefit × confidence × (${VALUE_HORIZON_MONTHS} − months to first benefit) ÷ 12 ÷ one-off cost`,
    reading: `What each unit of cost returns over the first ${VALUE_HORIZON_MONTHS / 12} years, weighted by how sure we are: 2.0 means twice its cost back.`,
  },
  wsjf: {
    id: 'wsjf',
    name: 'WSJF (weighted shortest job first)',
    formula:
      'cost of delay ÷ job size, where cost of delay = value (1–10) + time criticality (1–10) + strategic fit × 2, and job size = 1–10 by one-off cost',
    reading:
      'Value and job size are scaled 1–10 against the largest in this ranking; time criticality is 10 for benefit now, 1 at 24 months or later. Higher goes first.',
  },
};

export function isFormulaId(value: string): value is FormulaId {
  return (FORMULA_IDS as readonly string[]).includes(value);
}

/** Risk-adjusted annual benefit: the value axis of the value-vs-effort chart. */
export function riskAdjustedAnnualBenefit(annualBenefit: number, confidence: number): number {
  return (annualBenefit * confidence) / 100;
}

/** Risk-adjusted value over the horizon per unit of one-off cost; Infinity when the cost is 0 and there is value. */
export function riskAdjustedValuePerCost(inputs: {
  annualBenefit: number;
  oneOffCost: number;
  confidence: number;
  monthsToFirstBenefit: number;
}): number {
  const months = Math.max(0, VALUE_HORIZON_MONTHS - inputs.monthsToFirstBenefit);
  const value = (riskAdjustedAnnualBenefit(inputs.annualBenefit, inputs.confidence) * months) / 12;
  if (inputs.oneOffCost === 0) return value > 0 ? Infinity : 0;
  return value / inputs.oneOffCost;
}

/** 1 to 10 in proportion to `amount` against the largest of the ranking (1 when every amount is 0). */
export function scaleOneToTen(amount: number, largest: number): number {
  return largest > 0 ? 1 + (9 * amount) / largest : 1;
}

/** WSJF's time criticality: 10 for benefit at once, falling to 1 at 24 months or later. */
export function timeCriticality(monthsToFirstBenefit: number): number {
  return (
    10 - (9 * Math.min(monthsToFirstBenefit, TIME_CRITICALITY_MONTHS)) / TIME_CRITICALITY_MONTHS
  );
}

/** WSJF's parts and score for one pitch, against the largest benefit and cost of its ranking. */
export function wsjf(
  inputs: {
    annualBenefit: number;
    oneOffCost: number;
    monthsToFirstBenefit: number;
    strategicFit: number;
  },
  largest: { annualBenefit: number; oneOffCost: number },
): { value: number; timeCriticality: number; fit: number; jobSize: number; score: number } {
  const value = scaleOneToTen(inputs.annualBenefit, largest.annualBenefit);
  const time = timeCriticality(inputs.monthsToFirstBenefit);
  const fit = inputs.strategicFit * 2;
  const jobSize = scaleOneToTen(inputs.oneOffCost, largest.oneOffCost);
  return { value, timeCriticality: time, fit, jobSize, score: (value + time + fit) / jobSize };
}
