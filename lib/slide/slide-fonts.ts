import { CALADEA_METRICS } from './caladea-metrics';
import { LIBERATION_SANS_METRICS } from './liberation-sans-metrics';
import { CARLITO, slideFontMetrics, type SlideFontMetrics } from './measure-text';

/** A template font and the metrics its text is fitted with. */
export interface FontChoice {
  /** The family named in the template (what the file says and PowerPoint draws). */
  family: string;
  metrics: SlideFontMetrics;
  /** False when the app has no metrics for the family: fitted with Carlito's, approximately. */
  known: boolean;
}

let liberation: SlideFontMetrics | undefined;
let caladea: SlideFontMetrics | undefined;

/** Families the app measures exactly, by the lower-case names a template may use for them. */
const KNOWN: Record<string, () => SlideFontMetrics> = {
  calibri: () => CARLITO,
  carlito: () => CARLITO,
  arial: () => (liberation ??= slideFontMetrics('Liberation Sans', LIBERATION_SANS_METRICS)),
  'liberation sans': () =>
    (liberation ??= slideFontMetrics('Liberation Sans', LIBERATION_SANS_METRICS)),
  arimo: () => (liberation ??= slideFontMetrics('Liberation Sans', LIBERATION_SANS_METRICS)),
  helvetica: () => (liberation ??= slideFontMetrics('Liberation Sans', LIBERATION_SANS_METRICS)),
  cambria: () => (caladea ??= slideFontMetrics('Caladea', CALADEA_METRICS)),
  caladea: () => (caladea ??= slideFontMetrics('Caladea', CALADEA_METRICS)),
};

/**
 * The metrics to fit a template font with: Carlito for Calibri, Liberation Sans for Arial (and
 * Helvetica), Caladea for Cambria (metric-compatible free fonts); any other family is fitted with
 * Carlito's and marked `known: false`, so the app can say the fit is approximate.
 */
export function fontChoice(family: string | undefined): FontChoice {
  const name = family?.trim() || 'Calibri';
  const known = KNOWN[name.toLowerCase()];
  return { family: name, metrics: known ? known() : CARLITO, known: known !== undefined };
}
