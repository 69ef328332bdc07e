/** The portfolio: pitches traced to the strategy, ranked by benefit (pure; no I/O). */
export {
  buildTraceTree,
  flattenTree,
  tracePath,
  TRACE_LEVELS,
  TRACE_LEVEL_LABELS,
} from './trace-tree';
export type { PortfolioPitch, PortfolioTree, TraceLevel, TraceNode } from './trace-tree';
export {
  findNearDuplicates,
  mergeSpellings,
  type NearDuplicate,
  type NameSpelling,
} from './near-duplicates';
export { areNearDuplicates, nameKey } from './trace-names';
export { prefillFromSlide, type SlidePrefill } from './prefill';
export {
  ASSUMED_INPUTS,
  effectiveInputs,
  PORTFOLIO_INPUTS,
  PORTFOLIO_INPUT_LABELS,
  withPortfolioInput,
  type EffectiveInputs,
  type InputOrigin,
  type InputValue,
  type PortfolioInput,
} from './inputs';
export { FORMULAS, FORMULA_IDS, isFormulaId, type FormulaId } from './formulas';
export {
  rankedInOrder,
  rankPortfolio,
  type ConversionRates,
  type PortfolioRanking,
  type RankedPitch,
  type RankingGroup,
  type UnrankedPitch,
} from './ranking';
export { currencyOf, formatAmount, isCurrencyCode } from './currency';
