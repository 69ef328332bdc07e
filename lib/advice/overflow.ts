import type { PitchFile } from '../pitch/schema';
import { fitSlide } from '../slide/fit';
import type { SlideFit } from '../slide/fit-types';
import { finding, type Finding } from './types';

const WHAT: Record<string, string> = {
  headline: 'The headline does not fit its box even at the smallest title size (20 pt). Shorten it.',
  situation: 'Situation does not fit its column even at the smallest body size (12 pt). Cut or shorten bullets.',
  action: 'Action does not fit its column even at the smallest body size (12 pt). Cut or shorten bullets.',
  outcome: 'Outcome does not fit its column even at the smallest body size (12 pt). Cut or shorten bullets.',
  ask: 'The ask does not fit the decision band even at 12 pt. Shorten it to the decision, amount and date.',
  trace: 'The trace line does not fit the footer even at 12 pt. Shorten the objective-to-project chain or the If / Then / Else.',
};

/**
 * `overflow`: text that cannot fit its box at the minimum font size (title 20 pt, body 12 pt),
 * as the slide layout model (lib/slide) decides; `fit` is reused when the caller has it.
 */
export function overflowRule(pitch: PitchFile, fit?: Pick<SlideFit, 'overflows'>): Finding[] {
  return (fit ?? fitSlide(pitch)).overflows.map(({ field }) =>
    finding('overflow', field, WHAT[field] ?? `The ${field} text does not fit on the slide even at the minimum size. Shorten it.`),
  );
}
