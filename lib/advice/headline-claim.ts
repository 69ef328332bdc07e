import { headlineMakesClaim } from '../language/claims';
import { finding, type Finding } from './types';

export { headlineMakesClaim };

/** `headline-not-claim`: the headline should state a result with a verb, not label a topic. */
export function headlineClaimRule(headline: string): Finding[] {
  if (!headline.trim() || headlineMakesClaim(headline)) return [];
  return [
    finding(
      'headline-not-claim',
      'headline',
      'The headline names a topic but makes no claim. Write it as a sentence with a verb that says what happens and why it matters ("Automating triage will cut settlement time by a third").',
    ),
  ];
}
