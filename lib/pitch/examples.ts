import type { PitchFile } from './schema';

export interface ExamplePitch {
  id: string;
  label: string;
  pitch: PitchFile;
}

/** Finished example pitches a user can start from; each should be clean under every advice rule. */
export const EXAMPLE_PITCHES: ExamplePitch[] = [
  {
    id: 'claims-triage',
    label: 'Insurance: claims triage automation',
    pitch: {
      format: 'one-slide-pitch',
      version: 2,
      title: 'Claims triage automation',
      audience: 'Claims steering committee',
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
      trace: {
        objective: 'Retain our top 20 brokers',
        initiative: 'Claims excellence',
        program: 'Claims modernisation',
        project: 'Triage automation',
        if: 'triage is automated by May',
        then: 'settlement time falls to 14 days',
        else: 'broker churn risk stays at 12%',
      },
      pitch: {
        targetSeconds: 60,
        text: 'Our motor claims take 21 days to settle, six days slower than the market, and brokers have noticed: complaints are up 18% this year. Most of the delay is manual sorting. Adjusters spend 40% of their week triaging simple claims by hand. We will deploy rules-based triage for low-complexity claims in April and retrain 12 adjusters to own the complex ones. By September, settlement time falls from 21 to 14 days, adjusters gain a quarter of their week back, and we save $1.2 million a year from year two. To start in March, I need your approval for $350K and two integration engineers. Can we put it on the agenda for the next steering committee?',
      },
      theme: 'boardroom',
    },
  },
  {
    id: 'clinic-scheduling',
    label: 'Healthcare: outpatient scheduling',
    pitch: {
      format: 'one-slide-pitch',
      version: 2,
      title: 'Outpatient self-scheduling',
      audience: 'Hospital operations board',
      headline: 'Online self-scheduling will halve missed outpatient appointments by December',
      situation: [
        'One in eight outpatient appointments is missed without notice',
        'Each empty slot costs the hospital about $180 in idle clinic time',
        'Call-centre wait times reach 14 minutes on Monday mornings',
      ],
      action: [
        'Launch text-message reminders with a one-tap reschedule link in June',
        'Open online booking for the five busiest clinics by August',
        'Offer freed slots to the waiting list within one hour',
      ],
      outcome: [
        'Missed appointments drop from 12% to 6% by December',
        'Clinics recover $2.1M of idle time each year',
        'Call-centre waits fall below four minutes',
      ],
      ask: 'Fund $480K for the booking platform and name a clinical sponsor by May',
      valueProposition:
        'Patients book the slot that suits them, and clinics stop paying for empty rooms.',
      trace: {
        objective: 'Shorter waits for patients',
        initiative: 'Digital front door',
        program: 'Outpatient transformation',
        project: 'Self-scheduling',
        if: 'patients can reschedule in one tap',
        then: 'missed appointments fall by half',
        else: 'we keep losing $2M of clinic time a year',
      },
      pitch: {
        targetSeconds: 45,
        text: 'One in eight outpatient appointments is missed without notice, and every empty slot costs us about $180. We will send text reminders with a one-tap reschedule link in June and open online booking for our five busiest clinics by August. By December, missed appointments drop from 12% to 6%, and we recover $2.1 million of clinic time a year. I need $480K for the platform and a clinical sponsor named by May. Can you approve it at the next board?',
      },
      theme: 'horizon',
    },
  },
  {
    id: 'warehouse-picking',
    label: 'Retail: warehouse picking',
    pitch: {
      format: 'one-slide-pitch',
      version: 2,
      title: 'Zone picking at the Leeds warehouse',
      audience: 'Supply chain director',
      headline: 'Zone picking will ship 30% more orders per shift before the holiday peak',
      situation: [
        'Pickers walk 11 kilometres a shift across the Leeds warehouse',
        'Late orders doubled during last year’s holiday peak',
        'Overtime cost $640K in the fourth quarter alone',
      ],
      action: [
        'Split the floor into six picking zones in September',
        'Move the 400 fastest-selling items next to the packing stations',
        'Train all shift leads on the new routes by October',
      ],
      outcome: [
        'Orders per shift rise from 9,000 to 11,700 by November',
        'Peak overtime falls by half',
        'Late orders stay under 2% through the holidays',
      ],
      ask: 'Approve $220K for racking changes and two weeks of floor downtime in September',
      valueProposition:
        'Shorter walks mean more parcels out of the door with the team we already have.',
      trace: {
        objective: 'Reliable delivery at peak',
        initiative: 'Fulfilment efficiency',
        program: 'Warehouse modernisation',
        project: 'Zone picking',
        if: 'zones are live before November',
        then: 'we ship 30% more orders per shift',
        else: 'we pay another $640K in overtime',
      },
      pitch: {
        targetSeconds: 30,
        text: 'Our pickers walk 11 kilometres a shift, and late orders doubled last peak. In September we split the floor into six zones and move our fastest sellers next to packing. By November we ship 30% more orders per shift. I need $220K and two weeks of downtime in September. Can I count on your approval?',
      },
      theme: 'ember',
    },
  },
];
