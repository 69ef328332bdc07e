import { formatAmount } from './currency';
import {
  riskAdjustedAnnualBenefit,
  riskAdjustedValuePerCost,
  wsjf,
  type FormulaId,
} from './formulas';
import { effectiveInputs, type EffectiveInputs, type PortfolioInput } from './inputs';
import type { PortfolioPitch } from './trace-tree';

/**
 * Conversion rates the user gave: `rates[code]` is what one unit of `code` is worth in `base`
 * ("1 EUR = 1.08 USD" is `{ base: 'USD', rates: { EUR: 1.08 } }`).
 */
export interface ConversionRates {
  base: string;
  rates: Readonly<Record<string, number>>;
}

export interface RankedPitch {
  id: string;
  /** 1 for the first of its ranking. */
  rank: number;
  score: number;
  /** The score as shown: "6.9", "no cost". */
  scoreText: string;
  inputs: EffectiveInputs;
  /** Annual benefit, one-off cost and risk-adjusted annual benefit, in the ranking's currency. */
  benefit: number;
  cost: number;
  value: number;
  /** The rate applied to this pitch's own amounts, when it was converted. */
  convertedAt?: { from: string; rate: number };
  /** The formula with this pitch's figures: "$1.2M × 80% × (36 − 6) ÷ 12 ÷ $350K = 6.86". */
  workings: string;
}

/** One ranking: every pitch in it shares one currency (`null`: amounts with no currency given). */
export interface RankingGroup {
  currency: string | null;
  pitches: RankedPitch[];
}

export interface UnrankedPitch {
  id: string;
  missing: PortfolioInput[];
  inputs: EffectiveInputs;
}

export interface PortfolioRanking {
  formula: FormulaId;
  /** One group when every ranked pitch shares a currency (or was converted), else one per currency. */
  groups: RankingGroup[];
  /** Pitches without an annual benefit or a one-off cost: not ranked, each saying what it needs. */
  unranked: UnrankedPitch[];
  /** True when amounts in different currencies are ranked separately (no rate given for some). */
  perCurrency: boolean;
  /** The sentence that says how currencies were handled, when more than one is in play. */
  currencyNote?: string;
}

interface Candidate {
  id: string;
  inputs: EffectiveInputs;
  currency: string | null;
  benefit: number;
  cost: number;
  rate?: { from: string; rate: number };
}

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : n);
const show = (n: number) => (Number.isFinite(n) ? round(n).toFixed(2) : 'no cost');

function rankGroup(
  formula: FormulaId,
  currency: string | null,
  members: Candidate[],
): RankingGroup {
  const money = (n: number) => formatAmount(n, currency ?? undefined);
  const largest = {
    annualBenefit: Math.max(0, ...members.map((m) => m.benefit)),
    oneOffCost: Math.max(0, ...members.map((m) => m.cost)),
  };
  const scored = members.map((m, order) => {
    const confidence = m.inputs.confidence.value!;
    const months = m.inputs.monthsToFirstBenefit.value!;
    const fit = m.inputs.strategicFit.value!;
    const value = riskAdjustedAnnualBenefit(m.benefit, confidence);
    let score: number;
    let workings: string;
    if (formula === 'risk-adjusted-value') {
      score = riskAdjustedValuePerCost({
        annualBenefit: m.benefit,
        oneOffCost: m.cost,
        confidence,
        monthsToFirstBenefit: months,
      });
      workings = `${money(m.benefit)} × ${confidence}% × (36 − ${months}) ÷ 12 ÷ ${money(m.cost)} = ${show(score)}`;
    } else {
      const parts = wsjf(
        {
          annualBenefit: m.benefit,
          oneOffCost: m.cost,
          monthsToFirstBenefit: months,
          strategicFit: fit,
        },
        largest,
      );
      score = parts.score;
      workings = `(${round(parts.value)} + ${round(parts.timeCriticality)} + ${parts.fit}) ÷ ${round(parts.jobSize)} = ${show(score)}`;
    }
    return { m, order, value, score, workings };
  });
  scored.sort((a, b) => b.score - a.score || b.value - a.value || a.order - b.order);
  return {
    currency,
    pitches: scored.map(({ m, value, score, workings }, i) => ({
      id: m.id,
      rank: i + 1,
      score,
      scoreText: show(score),
      inputs: m.inputs,
      benefit: m.benefit,
      cost: m.cost,
      value,
      ...(m.rate ? { convertedAt: m.rate } : {}),
      workings,
    })),
  };
}

const currencyName = (code: string | null) => code ?? 'no currency';

/**
 * Ranks the pitches by a named formula (formulas.ts), with each pitch's inputs and workings.
 * Amounts in different currencies are never ranked together silently: a pitch in a currency the
 * user gave a rate for is converted into `rates.base`; the others are ranked in a ranking of
 * their own currency, and `currencyNote` says so. A pitch needs an annual benefit and a one-off
 * cost to be ranked; the other inputs fall back to stated assumptions.
 */
export function rankPortfolio(
  pitches: readonly PortfolioPitch[],
  formula: FormulaId,
  conversion?: ConversionRates,
): PortfolioRanking {
  const unranked: UnrankedPitch[] = [];
  const candidates: Candidate[] = [];
  for (const { id, pitch } of pitches) {
    const inputs = effectiveInputs(pitch);
    const missing = (['annualBenefit', 'oneOffCost'] as const).filter(
      (k) => inputs[k].value === undefined,
    );
    if (missing.length > 0) {
      unranked.push({ id, missing, inputs });
      continue;
    }
    const own = inputs.currency.value ?? null;
    const rate = own && conversion && own !== conversion.base ? conversion.rates[own] : undefined;
    const convert = rate !== undefined && Number.isFinite(rate) && rate > 0;
    candidates.push({
      id,
      inputs,
      currency: convert ? conversion!.base : own,
      benefit: inputs.annualBenefit.value! * (convert ? rate : 1),
      cost: inputs.oneOffCost.value! * (convert ? rate : 1),
      ...(convert ? { rate: { from: own!, rate } } : {}),
    });
  }
  const byCurrency = new Map<string | null, Candidate[]>();
  for (const c of candidates)
    byCurrency.set(c.currency, [...(byCurrency.get(c.currency) ?? []), c]);
  // The largest ranking first; ties in the order the currencies first appear.
  const groups = [...byCurrency.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([currency, members]) => rankGroup(formula, currency, members));
  const converted = [
    ...new Set(
      candidates.flatMap((c) =>
        c.rate ? [`1 ${c.rate.from} = ${c.rate.rate} ${conversion!.base}`] : [],
      ),
    ),
  ];
  let currencyNote: string | undefined;
  if (groups.length > 1) {
    currencyNote = `Ranked per currency (${groups.map((g) => currencyName(g.currency)).join(', ')}): amounts in different currencies are not compared without a conversion rate. Give a rate to rank them together.`;
  } else if (converted.length > 0) {
    currencyNote = `Ranked together in ${conversion!.base}, converted at ${converted.join(', ')}.`;
  }
  return {
    formula,
    groups,
    unranked,
    perCurrency: groups.length > 1,
    ...(currencyNote ? { currencyNote } : {}),
  };
}

/** The ranked pitches of every group, in group order: the order the slide lists them. */
export function rankedInOrder(ranking: PortfolioRanking): RankedPitch[] {
  return ranking.groups.flatMap((g) => g.pitches);
}
