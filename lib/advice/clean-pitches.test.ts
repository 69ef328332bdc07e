import { expect, test } from 'vitest';
import type { PitchFile } from '../pitch/schema';
import { analyzePitch } from './index';

const base = { format: 'one-slide-pitch', version: 2 } as const;

/** Finished pitches from other industries, in British and American spelling: none should draw a warning. */
const CLEAN: Array<[string, PitchFile]> = [
  [
    'banking (American spelling)',
    {
      ...base,
      headline: 'Real-time fraud scoring will cut card losses by $3M before the holiday season',
      situation: [
        'Card fraud losses reached $8.4M last year, up 22%',
        'Analysts review alerts a day after the payment clears',
        'Customers wait 45 minutes on hold to report stolen cards',
      ],
      action: [
        'Score every card payment in real time from July',
        'Text customers to confirm unusual payments within a minute',
        'Retrain 20 analysts to investigate the riskiest cases',
      ],
      outcome: [
        'Card losses fall by $3M by December',
        'Hold times drop below 10 minutes',
        'Analysts close cases twice as fast',
      ],
      ask: 'Approve $1.1M for the scoring platform and a product owner from June',
      valueProposition: 'Customers keep their money, and analysts spend their time on real fraud.',
      trace: {
        objective: 'Trusted everyday banking',
        program: 'Fraud prevention',
        if: 'payments are scored in real time',
        then: 'losses fall by $3M',
        else: 'losses keep rising 20% a year',
      },
      pitch: {
        targetSeconds: 45,
        text: 'Card fraud cost us $8.4 million last year, up 22%, and our analysts only see alerts a day after the money has gone. From July we score every card payment in real time and text customers to confirm anything unusual. By December, card losses fall by $3 million and hold times drop below ten minutes. I need $1.1 million for the platform and a product owner from June. Can you approve it this month?',
      },
    },
  ],
  [
    'construction (British spelling)',
    {
      ...base,
      headline: 'Off-site timber frames will finish the Riverside school a full term early',
      situation: [
        'The Riverside school is six weeks behind programme',
        'Wet weather stopped brickwork on 31 days last winter',
        'Each week of delay costs the council £85K in temporary classrooms',
      ],
      action: [
        'Order factory-built timber frames in October',
        'Crane the frames into place over the February half-term',
        'Move the brickwork crew to the sports hall',
      ],
      outcome: [
        'Pupils move into the new building in April, not September',
        'The council saves £1.4m in temporary classrooms',
        'Site deliveries fall by a third',
      ],
      ask: 'Approve a £260K variation and sign the frame order by 15 October',
      valueProposition:
        'Children get their new school a term sooner, and the council stops paying for cabins.',
      trace: {
        objective: 'Good school places for every child',
        initiative: 'School estate renewal',
        project: 'Riverside primary',
        if: 'frames arrive before February',
        then: 'pupils move in by April',
        else: 'we pay for cabins until September',
      },
      pitch: {
        targetSeconds: 30,
        text: 'Riverside school is six weeks behind, and every week costs us £85K in cabins. Factory-built frames, craned in over half-term, finish it a term early and save £1.4 million. I need a £260K variation signed by 15 October.',
      },
    },
  ],
];

test.each(CLEAN)('a clean %s pitch draws no warning or error', (_name, pitch) => {
  const { findings, readiness } = analyzePitch(pitch);
  expect(findings.filter((f) => f.severity !== 'tip')).toEqual([]);
  expect(readiness).toBeGreaterThanOrEqual(98);
});
