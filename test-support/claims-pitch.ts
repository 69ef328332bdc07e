import type { PitchFile } from '@/lib/pitch/schema';

/** The clean claims-triage fixture pitch, shared by the rehearsal tests. */
export const CLAIMS_PITCH: PitchFile = {
  format: 'one-slide-pitch',
  version: 2,
  headline: 'Automating claims triage will cut settlement time by a third before Q3 renewals',
  situation: [
    'Motor claims take 21 days to settle, six days slower than the market median',
    'Adjusters spend 40% of their week sorting simple claims by hand',
    'Broker complaints about claim delays rose 18% this year',
  ],
  action: [
    'Deploy rules-based triage for low-complexity motor claims in April',
    'Retrain 12 adjusters to own complex and disputed claims',
    'Feed triage scores into the broker portal by May',
  ],
  outcome: [
    'Settlement time falls from 21 to 14 days by September',
    'Adjusters gain 25% capacity without new hires',
    'Annual saving of $1.2M from year two',
  ],
  ask: 'Approve $350K and two integration engineers from March',
  valueProposition:
    'Faster claims keep our top brokers loyal and free adjusters for the hard cases.',
  pitch: {
    targetSeconds: 60,
    text:
      'Our motor claims take 21 days to settle, six days slower than the market. ' +
      'Adjusters spend 40% of their week triaging simple claims by hand. ' +
      'We will deploy rules-based triage in April, e.g. for low-complexity claims. ' +
      'We save $1.2M a year from year two. ' +
      'I need your approval for $350K.',
  },
};
