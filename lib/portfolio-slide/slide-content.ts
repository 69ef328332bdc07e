import { cleanSlideText } from '../slide/clean-text';
import { formatAmount } from '../portfolio/currency';
import { FORMULAS, type FormulaId } from '../portfolio/formulas';
import {
  rankedInOrder,
  rankPortfolio,
  type ConversionRates,
  type PortfolioRanking,
} from '../portfolio/ranking';
import { buildTraceTree, type PortfolioPitch } from '../portfolio/trace-tree';
import { isNamed, nameKey } from '../portfolio/trace-names';

/** How many pitches the portfolio slide lists; the rest are counted in "+N more". */
export const SLIDE_ROWS = 8;

/** One listed pitch: every text as the slide writes it. */
export interface PortfolioSlideRow {
  /** "1", or "USD 1" when currencies are ranked separately. */
  rank: string;
  headline: string;
  objective: string;
  benefit: string;
  cost: string;
  ask: string;
}

/** One point of the value-vs-effort chart: one-off cost against risk-adjusted annual benefit, labelled by rank. */
export interface ChartPoint {
  label: string;
  effort: number;
  value: number;
}

export interface PortfolioSlideContent {
  title: string;
  /** The formula and how currencies were handled. */
  subtitle: string;
  rows: PortfolioSlideRow[];
  /** "+4 more: 2 ranked lower, 2 not ranked (no annual benefit or one-off cost)", or empty. */
  more: string;
  chart: { title: string; currency: string | null; points: ChartPoint[] };
}

const oneLine = (text: string | undefined) =>
  cleanSlideText(text ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the portfolio slide says for a library (docs: issue 17): the top eight pitches of the
 * ranking with headline, objective, benefit, cost and ask, "+N more" for the rest (ranked lower
 * or not ranked), and the value-vs-effort chart of every pitch ranked in the first ranking's
 * currency (the others cannot share its axes).
 * The text is cleaned as the pitch slide cleans it (no control characters, one line each).
 */
export function portfolioSlideContent(
  pitches: readonly PortfolioPitch[],
  formula: FormulaId,
  conversion?: ConversionRates,
  ranking: PortfolioRanking = rankPortfolio(pitches, formula, conversion),
): PortfolioSlideContent {
  const byId = new Map(pitches.map((p) => [p.id, p.pitch]));
  const ordered = rankedInOrder(ranking);
  const groupOf = new Map(
    ranking.groups.flatMap((g) => g.pitches.map((p) => [p.id, g.currency] as const)),
  );
  // Each objective as the tree names it (the spelling most pitches use), whatever this pitch wrote.
  const objectiveNames = new Map(
    buildTraceTree(pitches).objectives.map((node) => [node.id, node.name ?? ''] as const),
  );
  const rows = ordered.slice(0, SLIDE_ROWS).map((ranked): PortfolioSlideRow => {
    const pitch = byId.get(ranked.id)!;
    const currency = groupOf.get(ranked.id) ?? null;
    // The pitch's own amounts, as its slide says them; a converted pitch is ranked at the rate the subtitle gives.
    const own = ranked.inputs.currency.value ?? currency ?? undefined;
    const money = (n: number) => formatAmount(n, own);
    const objective = pitch.trace?.objective;
    return {
      rank: ranking.perCurrency ? `${currency ?? '—'} ${ranked.rank}` : String(ranked.rank),
      headline: oneLine(pitch.headline) || oneLine(pitch.title) || 'Untitled pitch',
      objective: isNamed(objective)
        ? oneLine(objectiveNames.get(nameKey(objective)) ?? objective)
        : 'Not traced to an objective',
      benefit: `${money(ranked.inputs.annualBenefit.value!)} a year`,
      cost: money(ranked.inputs.oneOffCost.value!),
      ask: oneLine(pitch.ask) || 'No ask yet',
    };
  });
  const lower = ordered.length - rows.length;
  const notRanked = ranking.unranked.length;
  const moreParts = [
    ...(lower > 0 ? [`${lower} ranked lower`] : []),
    ...(notRanked > 0 ? [`${notRanked} not ranked (no annual benefit or one-off cost given)`] : []),
  ];
  const more = lower + notRanked > 0 ? `+${lower + notRanked} more: ${moreParts.join(', ')}` : '';

  const first = ranking.groups[0];
  const plotted = first?.pitches ?? [];
  const chartCurrency = first?.currency ?? null;
  const others = ranking.groups.slice(1).map((g) => g.currency ?? 'no currency');
  const formulaName = FORMULAS[formula].name;
  return {
    title: `Portfolio: ${plural(pitches.length, 'pitch', 'pitches')}, top ${rows.length} by ${formulaName.toLowerCase().replace(/^wsjf/u, 'WSJF')}`,
    subtitle: [`${formulaName} = ${FORMULAS[formula].formula}.`, ranking.currencyNote]
      .filter(Boolean)
      .join(' '),
    rows,
    more,
    chart: {
      title: `Value vs effort${chartCurrency ? ` (${chartCurrency})` : ''}${others.length ? `; ${others.join(', ')} ranked separately` : ''}`,
      currency: chartCurrency,
      points: plotted.map((p) => ({
        label: ranking.perCurrency ? `${chartCurrency ?? '—'} ${p.rank}` : String(p.rank),
        effort: p.cost,
        value: p.value,
      })),
    },
  };
}
