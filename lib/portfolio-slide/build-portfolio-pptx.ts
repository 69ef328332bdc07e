import type { FormulaId } from '../portfolio/formulas';
import { rankPortfolio, type ConversionRates } from '../portfolio/ranking';
import type { PortfolioPitch } from '../portfolio/trace-tree';
import {
  buildPortfolioPresentation,
  repairPortfolioPackage,
  type PortfolioTemplate,
} from './render-portfolio-pptx';
import { portfolioSlideContent } from './slide-content';
import { layoutPortfolioSlide } from './slide-layout';

export interface PortfolioExportOptions {
  formula: FormulaId;
  conversion?: ConversionRates;
  /** The company template, when one is set (its theme and its re-basing step). */
  template?: PortfolioTemplate;
}

/** The speaker notes: every ranked pitch with its workings, then those not ranked. */
function speakerNotes(pitches: readonly PortfolioPitch[], options: PortfolioExportOptions): string {
  const ranking = rankPortfolio(pitches, options.formula, options.conversion);
  const title = new Map(
    pitches.map((p) => [
      p.id,
      p.pitch.title?.trim() || p.pitch.headline.trim() || 'Untitled pitch',
    ]),
  );
  const lines = ranking.groups.flatMap((group) =>
    group.pitches.map(
      (p) =>
        `${ranking.perCurrency ? `${group.currency ?? 'No currency'} ` : ''}${p.rank}. ${title.get(p.id)}: ${p.workings}`,
    ),
  );
  const unranked = ranking.unranked.map(
    (u) =>
      `Not ranked: ${title.get(u.id)} (needs ${u.missing.map((k) => (k === 'annualBenefit' ? 'an annual benefit' : 'a one-off cost')).join(' and ')})`,
  );
  return [ranking.currencyNote ?? '', ...lines, ...unranked].filter(Boolean).join('\n');
}

/**
 * The portfolio as one 16:9 PowerPoint slide for a PMO director: the top eight pitches by the
 * formula, "+N more", and a native scatter chart of value against effort; every text fitted
 * with the pitch slide's fit model and sanitised like every export. Reads no file, opens no
 * connection.
 */
export async function buildPortfolioPptx(
  pitches: readonly PortfolioPitch[],
  options: PortfolioExportOptions,
  modified = new Date(),
): Promise<Uint8Array> {
  const content = portfolioSlideContent(pitches, options.formula, options.conversion);
  const layout = layoutPortfolioSlide(content);
  const deck = buildPortfolioPresentation(
    content,
    layout,
    speakerNotes(pitches, options),
    options.template?.theme,
  );
  const stored = (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
  const bytes = repairPortfolioPackage(stored, modified);
  return options.template?.restyle ? options.template.restyle(bytes) : bytes;
}
