import type { LibraryBackup, PitchFile, Trace } from '@/lib/pitch/schema';

/**
 * A library of 12 pitches across 4 objectives for the portfolio's tests, written for them in
 * several industries' words: insurance, manufacturing, logistics, retail, hospitals, a council
 * and a data-centre exit. Two currencies (USD, EUR); two pitches name no objective (one names
 * no trace at all, one only lower levels); near-duplicate names ("Retain top 20 brokers" /
 * "Retain top-20 brokers", "Lean operations" / "Lean operation", "Digital storefront" /
 * "Digital store-front"); case and spacing variants ("Claims Excellence "); gaps (an empty
 * initiative, an empty program). The hospital barcode pitch has no money on its slide.
 */
function pitch(
  title: string,
  headline: string,
  outcome: string[],
  ask: string,
  trace: Trace | undefined,
  extra: Partial<PitchFile> = {},
): PitchFile {
  return {
    format: 'one-slide-pitch',
    version: 2,
    title,
    audience: 'Portfolio board',
    headline,
    situation: [`${title} is behind plan and the gap grows each quarter`],
    action: ['Run a twelve-week pilot with one team, then roll out in two waves'],
    outcome,
    ask,
    ...(trace ? { trace } : {}),
    ...extra,
  };
}

export const PORTFOLIO_PITCHES: PitchFile[] = [
  pitch(
    'Claims triage automation',
    'Automating claims triage cuts settlement from 21 to 14 days before renewals',
    ['Saves $1.2M a year in adjuster time', 'Settlement falls from 21 to 14 days by September'],
    'Approve $350K and two integration engineers from March',
    {
      objective: 'Retain top 20 brokers',
      initiative: 'Claims excellence',
      program: 'Claims modernisation',
      project: 'Triage automation',
      if: 'triage is automated by May',
      then: 'settlement time falls to 14 days',
      else: 'broker churn risk stays at 12%',
    },
  ),
  pitch(
    'Broker portal',
    'A self-service portal lets brokers track every claim without calling us',
    ['Brings in $600K a year of retained premium', 'Broker calls drop by a third within a year'],
    'Approve $420K for the portal team from April',
    {
      objective: 'Retain top-20 brokers',
      initiative: 'Claims  Excellence ',
      program: 'Broker self-service',
      project: 'Portal v2',
      if: 'brokers can see claim status online',
      then: 'calls to the claims desk fall by a third',
      else: 'two top brokers move business to rivals',
    },
  ),
  pitch(
    'Renewal pricing analytics',
    'Pricing renewals on claims history keeps our best brokers' + "'" + ' books profitable',
    ['Adds $900,000 a year in margin on renewed books'],
    'Fund $250K for a pricing analyst and data work this quarter',
    {
      objective: 'retain top 20 brokers',
      program: 'Pricing analytics',
      if: 'renewals are priced on claims history',
      then: 'loss ratios fall two points',
    },
  ),
  pitch(
    'Predictive maintenance, Line 4',
    'Vibration sensors on Line 4 stop unplanned stoppages before they start',
    ['Saves €80,000 a month in lost output', 'Unplanned downtime falls from 9% to 3% by Q4'],
    'Approve €500K for sensors and an integrator in June',
    {
      objective: 'Cut operating cost by 10%',
      initiative: 'Lean operations',
      program: 'Plant reliability',
      project: 'Vibration sensors',
      if: 'sensors flag bearing wear early',
      then: 'stoppages are planned, not suffered',
      else: 'we keep losing a shift a week',
    },
  ),
  pitch(
    'Warehouse pick-path routing',
    'Smarter pick paths let the Lyon warehouse ship the same orders with fewer miles walked',
    ['Saves €400K a year in overtime', 'Orders picked per hour rise from 60 to 85'],
    'Approve €150K for the routing software licence by May 1',
    {
      objective: 'Cut operating cost by 10 %',
      initiative: 'Lean operation',
      program: 'Warehouse efficiency',
      project: 'Pick-path routing',
      if: 'pickers follow optimised routes',
      then: 'overtime falls by half',
      else: 'peak season needs 30 temporary staff again',
    },
  ),
  pitch(
    'LED retrofit, three plants',
    'Retrofitting LED lighting in three plants pays for itself in under two years',
    ['Cuts the energy bill by €210,000 a year', 'Lighting energy use halves by December'],
    'Approve €300,000 for the retrofit contractor in July',
    {
      objective: 'cut operating cost by 10%',
      initiative: 'Lean operations',
      project: 'LED retrofit',
      if: 'lighting is LED',
      then: 'energy use halves',
      else: 'tariffs rise 8% next year',
    },
  ),
  pitch(
    'One-page checkout',
    'A one-page checkout turns more baskets into orders before the holiday peak',
    ['Adds $2.4M a year in online revenue', 'Checkout conversion rises from 2.1% to 2.9%'],
    'Approve $800K and a squad of six from February',
    {
      objective: 'Grow digital revenue 25%',
      initiative: 'Digital storefront',
      program: 'Conversion',
      project: 'One-page checkout',
      if: 'checkout takes one page',
      then: 'abandoned baskets fall by a quarter',
      else: 'we miss the peak season target',
    },
  ),
  pitch(
    'Loyalty app relaunch',
    'Relaunching the loyalty app brings lapsed members back every month',
    ['Brings back $1.5M a year from lapsed members', 'Monthly active members rise 40%'],
    'Approve $1.1M for the app relaunch by March 15',
    {
      objective: 'Grow digital revenue 25%',
      initiative: 'Digital store-front',
      program: 'Loyalty',
      project: 'App relaunch',
      if: 'the app rewards repeat visits',
      then: 'lapsed members return',
      else: 'members drift to marketplace rivals',
    },
  ),
  pitch(
    'Ward barcode scanning',
    'Scanning every dose at the bedside halves medication errors on our wards',
    ['Dosing errors fall by 40% within six months'],
    'Approve scanners for 14 wards and two trainers from May',
    {
      objective: 'Improve patient safety',
      initiative: 'Safer wards',
      program: 'Medication safety',
      project: 'Barcode scanning',
      if: 'every dose is scanned',
      then: 'wrong-patient doses stop',
      else: 'the regulator flags us again',
    },
  ),
  pitch(
    'Theatre scheduling',
    'Scheduling theatres by case length adds two operations a day across the hospital',
    ['Frees $700K a year of theatre time', 'Cancelled operations fall from 11% to 4%'],
    'Approve $200K for the scheduling tool and a lead nurse from April',
    {
      objective: 'Improve Patient Safety',
      initiative: 'Safer wards',
      program: 'Theatre productivity',
      project: 'Case-length scheduling',
      if: 'lists are planned by case length',
      then: 'overruns stop cancelling operations',
      else: 'waiting lists grow by 300 patients',
    },
  ),
  pitch(
    'Permit applications online',
    'Moving permit applications online clears the backlog in four months',
    ['Saves $300K a year in processing', 'Decisions arrive in 10 days instead of 35'],
    'Approve $90K for the online form and a case officer from June',
    undefined,
  ),
  pitch(
    'Data centre exit',
    'Leaving our leased data centre before renewal avoids a five-year lock-in',
    ['Saves €1.3M a year in lease and power', 'All 240 servers move by March 2028'],
    'Approve €2M for the migration partner by October 1',
    {
      initiative: 'Cloud first',
      program: 'DC exit',
      if: 'we leave before renewal',
      then: 'the lease ends',
      else: 'we are locked in for five more years',
    },
  ),
];

/** The fixture as a library backup, as "Export JSON" of the whole library writes one. */
export function portfolioBackup(): LibraryBackup {
  return { format: 'one-slide-pitch-library', version: 2, pitches: PORTFOLIO_PITCHES };
}
