import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import type { PitchFile } from '@/lib/pitch/schema';
import { loadFixtureTexts } from './pitch-fixtures';

type Fields = Partial<Omit<PitchFile, 'format' | 'version'>>;

function slide(fields: Fields): PitchFile {
  return { format: 'one-slide-pitch', version: 2, headline: '', situation: [], action: [], outcome: [], ...fields };
}

/**
 * Slides a project manager might really bring to the drafter, the weak ones on purpose: vague
 * asks, passive bullets, noun-phrase bullets, instructions in the outcome, topic headlines,
 * missing sections, a single bullet each. With the shared fixtures and the examples: the drafter
 * corpus the unit test and `npm run bench -- drafter` read.
 */
const WRITTEN: Array<[string, Fields]> = [
  ['water leaks', {
    headline: 'Acoustic leak detection will avoid a £6.5M Ofwat penalty this year',
    situation: ['We lose 180 megalitres a day to leaks', 'Leakage is 14% above our regulatory target'],
    action: ['Fit 4,000 acoustic sensors across the worst 40 districts', 'Train 30 field crews to fix leaks within 48 hours', 'Publish leak maps to customers each week'],
    outcome: ['Avoid the £6.5M penalty by March', 'Cut leakage by 20% within a year'],
    ask: 'Approve £2.4M capital at the 14 May board',
    trace: { objective: 'Meet our leakage commitment to Ofwat', else: 'we pay the £6.5M penalty and lose customer trust' },
  }],
  ['vague support ask', {
    headline: 'Our new onboarding flow is cutting support tickets',
    situation: ['New customers open three tickets in their first week'],
    action: ['Rebuild the onboarding checklist inside the app'],
    outcome: ['Tickets per new customer fell 35% in the pilot'],
    ask: 'Your continued support going forward would be appreciated',
  }],
  ['noun-phrase bullets', {
    headline: 'Shared service desk will save $800K a year',
    situation: ['Three separate help desks', 'Duplicate tooling and contracts'],
    action: ['One service desk for all three regions', 'A single ticketing contract'],
    outcome: ['Annual saving of $800K', 'Shorter queues and happier staff'],
    ask: 'Approve the merger of the desks by 30 June',
  }],
  ['passive bullets', {
    headline: 'Fraud losses will be halved by the new scoring model',
    situation: ['Fraud losses were reported at $4.2M last year', 'Cases are reviewed by hand by 9 analysts'],
    action: ['The scoring model will be deployed by IT in Q2', 'Analysts will be retrained by the fraud team in July'],
    outcome: ['Losses fall from $4.2M to $2.1M by next year'],
    ask: 'Fund $600K for the model and its first year of tuning',
  }],
  ['missing situation', {
    headline: 'Moving payroll to the cloud will save 400 hours a month',
    situation: [],
    action: ['Migrate payroll to the cloud platform in September'],
    outcome: ['Payroll staff save 400 hours a month'],
    ask: 'Approve the $120K licence from September',
  }],
  ['no ask', {
    headline: 'Self-checkout lanes will cut queue times in half',
    situation: ['Shoppers wait 9 minutes at peak'],
    action: ['Install 6 self-checkout lanes in each of our 12 busiest stores'],
    outcome: ['Peak waits fall from 9 to 4 minutes by December'],
  }],
  ['topic headline', {
    headline: 'Warehouse Robotics Update',
    situation: ['Pickers walk 12 km per shift', 'Order errors run at 3%'],
    action: ['Pilot 20 picking robots in the Leeds depot', 'Redesign the pick paths around the robots'],
    outcome: ['Picks per hour rise from 90 to 140', 'Errors drop to under 1% by Q4'],
    ask: 'Approve £1.1M for the pilot and two robotics engineers from April',
  }],
  ['imperative outcomes', {
    headline: 'A new scheduling tool will fill 95% of clinic slots',
    situation: ['A fifth of clinic slots go unused each week'],
    action: ['Roll out online booking to all 8 clinics', 'Send text reminders two days before each visit'],
    outcome: ['Fill 95% of slots by the end of Q3', 'Recover £900K a year in lost activity'],
    ask: 'Sign off £250K and one project manager for six months',
  }],
  ['decide ask', {
    headline: 'Closing the Dublin office will save €1.8M a year',
    situation: ['The Dublin office is 30% occupied', 'The lease renews in January'],
    action: ['Move the 40 Dublin staff to hybrid contracts', 'Sublet the space until the lease ends'],
    outcome: ['Save €1.8M a year from 2027'],
    ask: 'Decide on the lease before 1 December',
    valueProposition: 'Staff keep a better office in Cork and we stop paying for empty desks.',
  }],
  ['people ask', {
    headline: 'Two more data engineers will clear the reporting backlog by June',
    situation: ['The reporting backlog has 140 open requests', 'Requests wait 11 weeks on average'],
    action: ['Hire two data engineers on 12-month contracts', 'Automate the 20 most requested reports'],
    outcome: ['Backlog falls from 140 to 30 requests by June', 'Waits fall to 2 weeks'],
    ask: 'Assign two data engineers from the platform team for 12 months',
  }],
  ['hedged', {
    headline: 'We think that the new CRM might improve renewals by about 10%',
    situation: ['Renewal rates have maybe slipped to 78%'],
    action: ['We will try to migrate the account data by August, hopefully'],
    outcome: ['Renewals could possibly rise from 78% to 86%'],
    ask: 'Perhaps approve £300K for the migration',
  }],
  ['single bullets', {
    headline: 'Paperless invoicing will pay suppliers in 10 days',
    situation: ['Suppliers wait 45 days for payment'],
    action: ['Switch all invoices to e-invoicing by May'],
    outcome: ['Payment time falls from 45 to 10 days'],
    ask: 'Approve $90K for the e-invoicing service',
  }],
  ['long bullets', {
    headline: 'Consolidating our three CRM systems into one will cut licence costs by $1.4M and give sales a single customer view',
    situation: [
      'Sales, service and marketing each run their own CRM, so customer records are duplicated in three places and nobody trusts the numbers in the weekly pipeline review',
      'We pay $2.1M a year in licences for three systems that overlap by more than 70% in what they do',
      'Each system needs its own integration team, which ties up 14 engineers on maintenance instead of new work',
    ],
    action: [
      'Choose one CRM platform by March after a four-week bake-off with the sales and service leads',
      'Migrate the customer records in three waves, starting with the smallest region to learn before the big ones',
      'Retire the other two systems and their integrations once each wave has run cleanly for a month',
    ],
    outcome: [
      'Licence costs fall from $2.1M to $700K a year once the last system is retired',
      'Seven of the 14 integration engineers move to product work by the end of next year',
      'Sales see one customer record and one pipeline number in every review',
    ],
    ask: 'Approve $1.9M for the migration and name a single business owner for the CRM by February',
    valueProposition: 'One trusted customer view lets sales spend its time selling instead of reconciling spreadsheets.',
    trace: { objective: 'Grow revenue per customer', else: 'licence costs rise again at the 2026 renewal' },
  }],
  ['proper nouns', {
    headline: 'Moving to Azure will cut hosting costs by 30%',
    situation: ['Azure credits from Microsoft expire in June', 'Our Frankfurt data centre lease ends next year'],
    action: ['Migrate the 60 Frankfurt workloads to Azure', 'Decommission the Frankfurt racks by October'],
    outcome: ['Hosting costs fall from €3M to €2.1M a year'],
    ask: 'Approve €450K for the migration partner',
    trace: { objective: 'Cloud first by 2027', initiative: 'Infrastructure renewal' },
  }],
  ['noun-phrase ask', {
    headline: 'A second shift will clear the parts backlog in eight weeks',
    situation: ['Backlog of 2,300 spare-parts orders'],
    action: ['Run a second shift at the Derby plant for eight weeks'],
    outcome: ['Backlog cleared by 31 March', 'Late-delivery penalties of £400K avoided'],
    ask: 'Overtime budget of £180K and two supervisors',
  }],
  ['outcome without number', {
    headline: 'Plain-language letters will reduce complaints',
    situation: ['Customers do not understand our billing letters'],
    action: ['Rewrite the 12 most common letters with a customer panel'],
    outcome: ['Fewer complaints and fewer calls about bills'],
    ask: 'Endorse the rewrite and lend us two people from legal for a month',
  }],
  ['stakes and value', {
    headline: 'Upgrading the payment gateway will keep us PCI compliant',
    situation: ['Our gateway software goes out of support in September', 'Card schemes fine non-compliant merchants up to $100K a month'],
    action: ['Upgrade the gateway to version 5 in July', 'Run a PCI audit in August'],
    outcome: ['Stay compliant with no downtime at checkout', 'Avoid fines of up to $1.2M a year'],
    ask: 'Approve $350K and a change freeze in the first week of July',
    valueProposition: 'Customers keep paying by card without a hitch, and we keep our licence to take cards.',
    trace: { objective: 'Protect online revenue', else: 'we face fines of up to $100K a month from October' },
  }],
  ['gerund situation', {
    headline: 'A graduate scheme will fill 40 engineering roles by next autumn',
    situation: ['Rising agency costs for contract engineers', 'Losing 1 in 5 new hires in their first year'],
    action: ['Launch a two-year graduate scheme with three universities', 'Pair each graduate with a senior mentor'],
    outcome: ['40 graduates in post by September', 'Agency spend falls by £1.5M a year'],
    ask: 'Approve £900K for the first intake and a scheme lead',
  }],
  ['all caps acronyms', {
    headline: 'The new ERP will close the books in 5 days',
    situation: ['Month-end close takes 12 days', 'The CFO team rekeys data from 4 systems'],
    action: ['Implement the ERP finance module by Q1', 'Automate the 30 largest journal entries'],
    outcome: ['Close time falls from 12 to 5 days', 'Save 2,000 hours of rekeying a year'],
    ask: 'Approve $1.3M and release two finance analysts for six months',
  }],
  ['story material', {
    headline: 'Our chatbot now answers 60% of customer questions',
    situation: ['Call volumes doubled after the price change', 'Customers waited 25 minutes on hold in March'],
    action: ['Extend the chatbot to billing questions', 'Hand hard cases to agents with the chat history'],
    outcome: ['Hold times fall from 25 to 6 minutes', 'Save $2.2M in call-centre costs a year'],
    ask: 'Fund $400K to extend the chatbot to billing by June',
    valueProposition: 'Customers get answers at any hour and agents keep the conversations that need a person.',
    trace: { objective: 'Best-rated service in our sector', if: 'billing questions go to the chatbot', then: 'hold times fall to 6 minutes', else: 'we need 40 more agents by winter' },
  }],
  ['no headline', {
    headline: '',
    situation: ['Bids take 6 weeks to prepare'],
    action: ['Build a library of approved bid sections'],
    outcome: ['Bid time falls from 6 to 3 weeks'],
    ask: 'Approve two bid writers for a year',
  }],
  ['minimal', {
    headline: 'Switching couriers will save £200K a year',
    situation: [],
    action: [],
    outcome: ['Save £200K a year'],
    ask: 'Approve the new courier contract',
  }],
];

/** Every corpus slide by name: the written ones, the shared fixtures and the examples. */
export function drafterCorpus(): Array<[string, PitchFile]> {
  return [
    ...WRITTEN.map(([name, fields]): [string, PitchFile] => [name, slide(fields)]),
    ...loadFixtureTexts().map((f): [string, PitchFile] => [`fixture ${f.name}`, JSON.parse(f.text) as PitchFile]),
    ...EXAMPLE_PITCHES.map((e): [string, PitchFile] => [`example ${e.id}`, e.pitch]),
  ];
}
