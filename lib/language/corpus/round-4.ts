/**
 * Held-out set 3. Written from LABELLING.md and types.ts only, without reading or running the
 * engine. Do not tune on it: it measures how the engine does on text nobody tuned to.
 */
import type { CorpusPitch, PitchCase, SentenceCase } from './types';

// ---------------------------------------------------------------------------------------------
// Helpers: variants are built from the clean pitches below.
// ---------------------------------------------------------------------------------------------

/** Replace the spoken pitch text (and optionally its target) of a pitch. */
function say(base: CorpusPitch, text: string, targetSeconds?: 30 | 45 | 60 | 90): CorpusPitch {
  const pitch = { ...(base.pitch ?? {}), text };
  if (targetSeconds !== undefined) pitch.targetSeconds = targetSeconds;
  return { ...base, pitch };
}

/** Set only the target of the spoken pitch. */
function target(base: CorpusPitch, targetSeconds: 30 | 45 | 60 | 90): CorpusPitch {
  return { ...base, pitch: { ...(base.pitch ?? {}), targetSeconds } };
}

/** Edit phrases of the spoken pitch text; every phrase must exist in the base text. */
function swap(base: CorpusPitch, pairs: Array<[string, string]>): CorpusPitch {
  let text = base.pitch?.text ?? '';
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`held-out-3: phrase not found: ${from}`);
    text = text.replace(from, to);
  }
  return { ...base, pitch: { ...(base.pitch ?? {}), text } };
}

/** Drop the spoken pitch entirely. */
function noPitch(base: CorpusPitch): CorpusPitch {
  const copy: CorpusPitch = { ...base };
  delete copy.pitch;
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Clean pitches
// ---------------------------------------------------------------------------------------------

/** Airport baggage team (en-GB). */
const baggage: CorpusPitch = {
  title: 'Terminal 2 transfer baggage',
  audience: 'Airport capital committee',
  headline: 'Rebuilding the transfer belt will cut missed bags by 40% this winter',
  situation: [
    'One in 60 transfer bags misses its connection at Terminal 2, against a target of one in 150.',
    'Belt 4 jams about nine times a week and each jam costs 25 minutes.',
  ],
  action: [
    'Replace the Belt 4 merge unit during the quiet weeks in early November.',
    'Add a second scanner so staff catch mis-sorted bags before the carousel.',
  ],
  outcome: [
    'Missed transfer bags fall 40%, from one in 60 to one in 100, by February 2026.',
    'Compensation payouts drop by roughly £180,000 a year.',
  ],
  ask: 'Approve £620,000 from the capital budget by 30 September so works start in November.',
  valueProposition:
    'Passengers get their bags on the same flight, and we stop paying for taxis and hotels.',
  pitch: {
    text: "Today one transfer bag in every 60 misses its connection at Terminal 2. Belt 4 is the main culprit: it jams about nine times a week, and every jam holds bags for 25 minutes. We want to replace the Belt 4 merge unit in the quiet weeks of early November and add a second scanner before the carousel, so the team catches mis-sorted bags while there is still time to fix them. That takes missed transfer bags down 40 percent by February, to one in 100, and saves us roughly 180,000 pounds a year in compensation. I'm asking you to approve 620,000 pounds from the capital budget by 30 September so the contractor can start in November.",
    targetSeconds: 60,
  },
};

/** Fire and rescue service (en-GB). */
const fire: CorpusPitch = {
  headline: 'Crewing Station 9 by day cuts rural response times to nine minutes',
  situation: [
    'Rural callouts around Station 9 take 14 minutes on average, against our 10-minute standard.',
    'Daytime calls there rose by a third since 2022, mostly road crashes and farm fires.',
  ],
  action: [
    'Move one on-call crew at Station 9 to a staffed day shift, 8am to 6pm.',
    'Fund the shift from the overtime we now spend covering gaps.',
  ],
  outcome: [
    'Average rural response falls from 14 to nine minutes by April 2026.',
    'Overtime spend drops £95,000 a year, paying for most of the change.',
  ],
  ask: 'Agree the Station 9 day-shift trial at the 12 March fire authority meeting.',
  trace: {
    objective: 'Meet the 10-minute rural response standard',
    initiative: 'Daytime crewing review',
    project: 'Station 9 day-shift trial',
  },
  pitch: {
    text: 'Our crews around Station 9 take 14 minutes on average to reach a rural call, and our own standard is 10. Daytime calls there have gone up by a third since 2022, mostly road crashes and farm fires. We want to move one on-call crew at Station 9 onto a staffed day shift, eight till six, and pay for it from the overtime we already spend covering gaps. By April 2026 that brings the average rural response down from 14 minutes to nine, and overtime drops by 95,000 pounds a year. I need the fire authority to agree the Station 9 trial at its meeting on 12 March.',
    targetSeconds: 60,
  },
};

/** Dairy cooperative (en-US). */
const dairy: CorpusPitch = {
  headline: 'A shared cooling tank at Millbrook will save members $310K a year',
  situation: [
    'Our 48 member farms around Millbrook each run their own bulk tank, most over 20 years old.',
    'Tank failures spoiled 190,000 gallons of milk last year.',
  ],
  action: [
    'Install one 60,000-gallon chilled tank at the Millbrook collection yard.',
    'Switch the 48 farms to twice-daily pickups straight from the parlor.',
  ],
  outcome: [
    'Spoiled milk drops by three quarters, from 190,000 to under 50,000 gallons a year.',
    'Members save $310K a year on repairs, power and lost milk from June 2026.',
  ],
  ask: 'Approve $1.4M from the member reserve fund at the May 14 board meeting.',
  pitch: {
    text: "Every one of our 48 member farms around Millbrook runs its own bulk tank, and most of those tanks are over 20 years old. Last year tank failures spoiled 190,000 gallons of milk. We propose one 60,000-gallon chilled tank at the Millbrook collection yard, with trucks picking up from each parlor twice a day. Spoiled milk drops by three quarters, to under 50,000 gallons a year, and members save 310,000 dollars a year on repairs, power and lost milk from June 2026. I'm asking the board to approve 1.4 million dollars from the member reserve fund at the May 14 meeting.",
    targetSeconds: 60,
  },
};

/** Theatre (en-GB). */
const theatre: CorpusPitch = {
  title: 'Matinee pricing',
  headline: 'Dynamic pricing on weekday matinees will sell 6,000 more seats a season',
  situation: [
    'Weekday matinees play to 41% capacity, against 88% for evening shows.',
    'We sold 9,200 matinee tickets last season at a flat £32.',
  ],
  action: [
    'Let the box office set matinee prices each morning, from £15 to £38.',
    'Offer schools and care homes a block rate of £12 a seat.',
  ],
  outcome: [
    'Matinee sales rise from 9,200 to 15,200 tickets in the spring 2026 season.',
    'Matinee income grows by about £110,000 over that season.',
  ],
  ask: 'Sign off the new matinee pricing by 20 January so it goes on sale with the spring brochure.',
  pitch: {
    text: 'Our weekday matinees play to 41 percent capacity, while evenings run at 88. Last season we sold 9,200 matinee tickets, all at a flat 32 pounds. We want the box office to set matinee prices each morning, anywhere from 15 to 38 pounds depending on demand, and to offer schools and care homes a block rate of 12 pounds a seat. Matinee sales climb from 9,200 to 15,200 tickets in the spring 2026 season, bringing in about 110,000 pounds more. Please sign off the new matinee pricing by 20 January so it can go on sale with the spring brochure.',
    targetSeconds: 60,
  },
};

/** Offshore wind maintenance contractor (en-GB). */
const wind: CorpusPitch = {
  headline: 'A second crew transfer vessel will lift turbine availability to 97%',
  situation: [
    'Our one crew transfer vessel at Dogger East loses 11 days a month to waves over 1.5 metres.',
    'Turbine availability averaged 93.4% last winter, below the 96% in our contract.',
  ],
  action: [
    'Charter a second, larger vessel that can work in 2-metre waves, from October to March.',
    'Base it at Grimsby so technicians reach the far string in under three hours.',
  ],
  outcome: [
    'Winter availability rises from 93.4% to 97% for the 2025–26 season.',
    'We avoid £1.1M of contract penalties over that winter.',
  ],
  ask: 'Approve a six-month charter at £85,000 a month by 1 August.',
  pitch: {
    text: "Our single crew transfer vessel at Dogger East can't sail when waves top 1.5 metres, and that costs us 11 days a month in winter. Last winter turbine availability averaged 93.4 percent, and our contract asks for 96. We want to charter a second, larger vessel that works in 2-metre waves, from October to March, and base it at Grimsby so technicians reach the far string in under three hours. That lifts winter availability to 97 percent for the 2025–26 season and keeps us clear of 1.1 million pounds in contract penalties. I need you to approve a six-month charter at 85,000 pounds a month by 1 August.",
    targetSeconds: 60,
  },
};

/** Credit union (en-US). */
const creditUnion: CorpusPitch = {
  headline: 'Same-day small loans will win 1,200 members back from payday lenders',
  situation: [
    'About 1,900 of our members took a payday loan last year, at annual rates near 390%.',
    'Our small loans take five working days to approve, so members go elsewhere.',
  ],
  action: [
    'Offer loans of $300 to $1,500 with a same-day decision through the app.',
    'Let two loan officers approve these on a simple checklist instead of full underwriting.',
  ],
  outcome: [
    '1,200 members switch to our small loans by December 2025.',
    'Small-loan income reaches $140,000 a year, and losses stay under 4%.',
  ],
  ask: 'Approve the same-day loan product and a $250,000 lending limit at the June 9 board.',
  valueProposition: 'Members get a small loan the same day, at a fair rate, from people they know.',
  pitch: {
    text: "Last year about 1,900 of our own members took out a payday loan at annual rates near 390 percent. They go there because our small loans take five working days. We want to offer loans from 300 to 1,500 dollars with a same-day decision in the app, and let two loan officers approve them on a simple checklist. By December we win 1,200 of those members back, small-loan income reaches 140,000 dollars a year, and losses stay under 4 percent. I'm asking the board to approve the product and a 250,000 dollar lending limit on June 9.",
    targetSeconds: 45,
  },
};

/** Veterinary group (en-GB). */
const vets: CorpusPitch = {
  headline: 'Nurse-led vaccine clinics will free 1,400 vet hours a year',
  situation: [
    'Across our 14 practices, vets spend about 27 hours a week on routine vaccinations.',
    'Clients wait 9 days on average for a non-urgent vet appointment.',
  ],
  action: [
    'Train 20 registered veterinary nurses to run vaccine clinics on Tuesday and Thursday evenings.',
    'Keep a vet on call in each practice for anything the nurse flags.',
  ],
  outcome: [
    'Vets get back 1,400 hours a year for consults and surgery from March 2026.',
    'Average wait for a vet appointment falls from 9 days to 5.',
  ],
  ask: 'Fund £48,000 for nurse training and assign the clinical director to lead the rollout.',
  pitch: {
    text: "Across our 14 practices, vets spend about 27 hours every week giving routine vaccinations, and clients wait nine days on average to see a vet for anything non-urgent. We plan to train 20 registered nurses to run vaccine clinics on Tuesday and Thursday evenings, with a vet on call in each practice. From March 2026 that hands our vets back 1,400 hours a year for consults and surgery, and the average wait falls from nine days to five. I'm asking you to fund 48,000 pounds for the nurse training and to put the clinical director in charge of the rollout.",
    targetSeconds: 60,
  },
};

/** Housing association (en-GB). */
const housing: CorpusPitch = {
  headline: 'Fixing damp in 600 homes by March will halve our disrepair claims',
  situation: [
    '612 of our 4,300 homes have open damp and mould reports, some over a year old.',
    'Disrepair claims cost us £740,000 in legal fees and settlements last year.',
  ],
  action: [
    'Bring in two extra surveyor teams to inspect every open case within six weeks.',
    'Fit extractor fans and treat walls in the worst 600 homes first.',
  ],
  outcome: [
    'Open damp cases drop from 612 to under 50 by 31 March 2026.',
    'Disrepair claims fall by half, saving about £370,000 a year.',
  ],
  ask: 'Release £2.1M from the major repairs reserve by 15 October.',
  pitch: {
    text: '612 of our 4,300 homes have an open damp or mould report, and some of those reports are over a year old. Disrepair claims cost us 740,000 pounds last year in legal fees and settlements. We want two extra surveyor teams to inspect every open case within six weeks, then fit extractor fans and treat walls in the worst 600 homes first. By 31 March 2026 open cases drop from 612 to under 50, and disrepair claims halve, saving about 370,000 pounds a year. I need you to release 2.1 million pounds from the major repairs reserve by 15 October.',
    targetSeconds: 60,
  },
};

/** Courier start-up (en-US). */
const courier: CorpusPitch = {
  headline: 'Cargo bikes downtown will cut our cost per parcel to $2.10',
  situation: [
    'Downtown deliveries cost us $3.40 per parcel, mostly van parking tickets and idle time.',
    'Vans spend 35% of each downtown shift parked or stuck in traffic.',
  ],
  action: [
    'Lease 18 electric cargo bikes and run them from a small hub on 4th Street.',
    'Keep vans for the suburbs and for parcels heavier than 50 lb.',
  ],
  outcome: [
    'Downtown cost per parcel falls from $3.40 to $2.10 by the end of Q1 2026.',
    'Parking tickets drop from about $9,000 a month to near zero.',
  ],
  ask: 'Approve a $96,000 bike lease and hire six riders before October 1.',
  pitch: {
    text: 'Downtown is where we lose money. Each parcel there costs us 3 dollars 40, mostly in parking tickets and time sitting in traffic, and our vans spend 35 percent of every downtown shift not moving. We want to lease 18 electric cargo bikes, run them from a small hub on 4th Street, and keep the vans for the suburbs and the heavy stuff. By the end of Q1 2026 cost per parcel downtown drops to 2 dollars 10, and the 9,000 dollars a month we pay in parking tickets goes away. I need your approval for a 96,000 dollar bike lease and six new riders before October 1.',
    targetSeconds: 60,
  },
};

/** Steel recycler (en-US). Pitch uses the default target (no targetSeconds). */
const steel: CorpusPitch = {
  headline: 'A second shredder line will add 80,000 tons of throughput a year',
  situation: [
    'Our one shredder runs at 96% of capacity and turns away about 300 tons of scrap a week.',
    'Unplanned downtime hit 410 hours last year, each hour costing $6,500 in lost output.',
  ],
  action: [
    'Install a 4,000-horsepower shredder line beside the existing one at the Gary yard.',
    'Run both lines on alternate maintenance days so one always keeps running.',
  ],
  outcome: [
    'Annual throughput grows from 260,000 to 340,000 tons by the third quarter of 2026.',
    'Lost output from downtime falls below $1M a year, down from $2.7M.',
  ],
  ask: 'Approve $14.5M in capital at the September 18 board meeting.',
  pitch: {
    text: "Our one shredder at the Gary yard runs at 96 percent of capacity, and we turn away about 300 tons of scrap every week. Last year it sat idle for 410 hours we didn't plan for, at 6,500 dollars an hour in lost output. We want a second 4,000-horsepower line beside it, with the two lines taking turns on maintenance days so one is always running. By the third quarter of 2026 our throughput goes from 260,000 to 340,000 tons a year, and downtime losses drop from 2.7 million to under a million. I'm asking the board to approve 14.5 million dollars in capital on September 18.",
  },
};

/** Language school (en-GB). */
const language: CorpusPitch = {
  headline: 'Evening online classes will bring in 350 new adult students by autumn',
  situation: [
    'Adult enrolments fell from 1,150 to 820 over the last two years.',
    'Exit surveys show 3 in 5 leavers quit because of the trip into the city centre.',
  ],
  action: [
    'Run live online evening classes in English, Spanish and Mandarin from April.',
    'Staff them with our own teachers on the standard hourly rate plus £4.',
  ],
  outcome: [
    '350 new adult students enrol by October 2026.',
    'Adult course income rises by £260,000 a year.',
  ],
  ask: 'Approve £38,000 for the video platform and assign Priya Shah as programme lead.',
  pitch: {
    text: 'Adult enrolments have dropped from 1,150 to 820 in two years, and three in five of the students who leave tell us the trip into the city centre is the reason. We want to run live online evening classes in English, Spanish and Mandarin from April, with our own teachers on their standard hourly rate plus four pounds. That brings in 350 new adult students by October 2026 and adds 260,000 pounds a year in course income. Please approve 38,000 pounds for the video platform and assign Priya Shah as programme lead.',
    targetSeconds: 45,
  },
};

/** Clinical trials unit (en-US). */
const trials: CorpusPitch = {
  headline: 'Remote consent will cut trial enrollment time from 14 weeks to 8',
  situation: [
    "Our oncology trials take 14 weeks on average to enroll each site's first 20 patients.",
    'Two in five eligible patients drop out before their in-person consent visit.',
  ],
  action: [
    'Offer video consent with an electronic signature to patients who live over 30 miles away.',
    'Have two research nurses run consent calls five evenings a week.',
  ],
  outcome: [
    'Time to enroll the first 20 patients falls from 14 weeks to 8 by mid-2026.',
    'Pre-consent dropout falls from two in five patients to one in five.',
  ],
  ask: 'Approve $210,000 for the consent platform and two research nurse posts by March 31.',
  pitch: {
    text: 'At our unit it takes 14 weeks, on average, for an oncology trial to enroll its first 20 patients at a site, and two in five eligible patients drop out before they ever reach the consent visit. Most of them live far away. We want to offer video consent with an electronic signature to anyone who lives more than 30 miles out, and have two research nurses run consent calls five evenings a week. By mid-2026 enrollment time drops from 14 weeks to 8, and dropout before consent halves to one in five. I need you to approve 210,000 dollars for the platform and the two nurse posts by March 31.',
    targetSeconds: 60,
  },
};

/** Municipal IT department (en-US). */
const permits: CorpusPitch = {
  headline: 'Retiring the 1998 permit system will save the city $400K a year',
  situation: [
    'Building permits take 23 days on average, and most of that is paper moving between desks.',
    'We pay $520,000 a year to keep the 1998 permit system running.',
  ],
  action: [
    "Move permits onto the state's shared licensing platform in two phases.",
    'Train 45 front-desk and inspection staff before each phase goes live.',
  ],
  outcome: [
    'Permit turnaround drops from 23 days to 9 by July 2026.',
    'Running costs fall from $520,000 to $120,000 a year.',
  ],
  ask: "Approve $1.3M from the technology fund at the council's February 24 session.",
  pitch: {
    text: "A building permit in our city takes 23 days on average, and most of that is paper moving from desk to desk. We also pay 520,000 dollars a year to keep the 1998 permit system alive. We plan to move permits onto the state's shared licensing platform in two phases, and train 45 front-desk and inspection staff before each phase goes live. By July 2026 turnaround drops to 9 days, and running costs fall to 120,000 dollars a year, a saving of 400,000. I'm asking the council to approve 1.3 million dollars from the technology fund at its February 24 session.",
    targetSeconds: 60,
  },
};

/** Ferry operator (en-GB). */
const ferry: CorpusPitch = {
  headline: 'Online check-in for cars will cut Holyhead boarding queues by half',
  situation: [
    'Cars queue 48 minutes on average at Holyhead on summer Saturdays.',
    'Eight in ten of those drivers booked online but still stop at a check-in booth.',
  ],
  action: [
    'Let drivers check in on the app, with a number-plate camera at the gate.',
    'Turn three of the six booths into a fast lane for checked-in cars.',
  ],
  outcome: [
    'Summer Saturday queues fall from 48 to 24 minutes by July 2026.',
    'Sailings that leave late because of boarding drop from one in seven to one in 20.',
  ],
  ask: 'Approve £275,000 for cameras and app changes by 28 November.',
  pitch: {
    text: "On a summer Saturday at Holyhead, cars queue 48 minutes on average to board, and eight in ten of those drivers booked online but still stop at a booth. We want drivers to check in on the app, with a number-plate camera at the gate, and we'll turn three of the six booths into a fast lane. By July 2026 Saturday queues drop to 24 minutes, and late sailings from slow boarding fall from one in seven to one in 20. I'm asking you to approve 275,000 pounds for the cameras and app changes by 28 November.",
    targetSeconds: 45,
  },
};

/** Cinema chain (en-US). */
const cinema: CorpusPitch = {
  headline: 'Reserved seating at 22 sites will raise weekday attendance by 15%',
  situation: [
    'Weekday attendance at our 22 suburban sites fell 18% since 2023.',
    "Half the lapsed customers we surveyed say they stay away because they can't choose seats.",
  ],
  action: [
    'Install reserved seating and online seat maps at all 22 suburban sites.',
    'Start with four pilot sites in January, then roll out the rest by April.',
  ],
  outcome: [
    'Weekday attendance rises 15% by the end of summer 2026.',
    'Concession sales grow by about $1.8M a year with the extra visits.',
  ],
  ask: 'Approve $640,000 for the seating software and refits by December 5.',
  pitch: {
    text: "Since 2023 weekday attendance at our 22 suburban sites has fallen 18 percent. When we asked lapsed customers why, half of them said it's because they can't choose their seats. We want reserved seating and online seat maps at all 22 sites, starting with four pilots in January and finishing the rest by April. By the end of summer 2026 weekday attendance is up 15 percent, and the extra visits bring in about 1.8 million dollars a year at the concession stand. I need you to approve 640,000 dollars for the software and refits by December 5.",
    targetSeconds: 60,
  },
};

/** Water utility leak team (en-GB), 30-second pitch, one outcome bullet. */
const water: CorpusPitch = {
  headline: 'Acoustic loggers on 40 km of mains will cut leakage by 12%',
  situation: [
    'The Ashby zone loses 9.6 million litres a day through leaks, a quarter of its supply.',
    'Crews find most leaks only after customers report them.',
  ],
  action: [
    'Fit 800 acoustic loggers on the oldest 40 km of cast-iron mains.',
    "Send the two leak crews out each morning to the night's alerts.",
  ],
  outcome: ['Leakage in Ashby falls 12%, about 1.2 million litres a day, by March 2026.'],
  ask: 'Approve £290,000 for loggers and software by 31 October.',
  pitch: {
    text: 'The Ashby zone leaks 9.6 million litres a day, a quarter of its supply, and we mostly find leaks when customers tell us. Fitting 800 acoustic loggers on the oldest 40 kilometres of mains lets our two crews go straight to new leaks each morning. That cuts leakage 12 percent by March. Please approve 290,000 pounds by 31 October.',
    targetSeconds: 30,
  },
};

/** Rural mobile network towers (en-US), 90-second pitch. */
const towers: CorpusPitch = {
  headline: 'Battery backup at 140 rural towers will end most storm outages',
  situation: [
    'Storms knocked 140 of our rural towers offline for over four hours each last year.',
    'Each outage hour costs about $2,300 in customer credits and truck rolls.',
  ],
  action: [
    'Fit eight-hour lithium battery packs at the 140 towers with the most outages.',
    'Give field techs a remote alert when a pack drops below 30%.',
  ],
  outcome: [
    'Storm outages over one hour fall by 80% from the 2026 hurricane season.',
    'Customer credits and truck rolls drop by $1.6M a year.',
  ],
  ask: 'Approve $3.2M from the network resilience budget by August 15.',
  pitch: {
    text: "Last year storms took 140 of our rural towers offline for more than four hours each. When a tower goes dark out there, it isn't just lost calls. Farms lose card payments, people can't reach 911, and every hour of outage costs us about 2,300 dollars in customer credits and truck rolls. The cause is simple: those towers have batteries that last about 40 minutes, and the grid out there can stay down for half a day. We want to fit eight-hour lithium packs at the 140 towers with the worst record, and give our field techs a remote alert whenever a pack drops below 30 percent, so they can bring a generator before it runs flat. From the 2026 hurricane season, storm outages longer than an hour fall by 80 percent, and we save 1.6 million dollars a year in credits and truck rolls. The packs carry a ten-year warranty. I'm asking you to approve 3.2 million dollars from the network resilience budget by August 15, so we can install before the season starts.",
    targetSeconds: 90,
  },
};

// ---------------------------------------------------------------------------------------------
// Pitch cases
// ---------------------------------------------------------------------------------------------

const CLEAN: PitchCase[] = [
  {
    id: 'h3-p-clean-baggage',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: baggage,
    expect: [],
  },
  { id: 'h3-p-clean-fire', industry: 'public-sector', spelling: 'en-GB', pitch: fire, expect: [] },
  {
    id: 'h3-p-clean-dairy',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: dairy,
    expect: [],
    note: '"most over 20 years old" and "are over 20 years old" are be + adjective, not passive.',
  },
  {
    id: 'h3-p-clean-theatre',
    industry: 'hospitality',
    spelling: 'en-GB',
    pitch: theatre,
    expect: [],
  },
  { id: 'h3-p-clean-wind', industry: 'energy', spelling: 'en-GB', pitch: wind, expect: [] },
  {
    id: 'h3-p-clean-credit-union',
    industry: 'finance',
    spelling: 'en-US',
    pitch: creditUnion,
    expect: [],
  },
  { id: 'h3-p-clean-vets', industry: 'healthcare', spelling: 'en-GB', pitch: vets, expect: [] },
  {
    id: 'h3-p-clean-housing',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: housing,
    expect: [],
  },
  {
    id: 'h3-p-clean-courier',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: courier,
    expect: [],
  },
  {
    id: 'h3-p-clean-steel',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: steel,
    expect: [],
    note: 'No targetSeconds: default 60 s; the text is well inside 70-154 words.',
  },
  {
    id: 'h3-p-clean-language',
    industry: 'education',
    spelling: 'en-GB',
    pitch: language,
    expect: [],
  },
  { id: 'h3-p-clean-trials', industry: 'pharma', spelling: 'en-US', pitch: trials, expect: [] },
  {
    id: 'h3-p-clean-permits',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: permits,
    expect: [],
  },
  { id: 'h3-p-clean-ferry', industry: 'logistics', spelling: 'en-GB', pitch: ferry, expect: [] },
  {
    id: 'h3-p-clean-cinema',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: cinema,
    expect: [],
  },
  {
    id: 'h3-p-clean-water',
    industry: 'utilities',
    spelling: 'en-GB',
    pitch: water,
    expect: [],
    note: '30 s target, 59 words (35-77 allowed). One outcome bullet is enough.',
  },
  {
    id: 'h3-p-clean-towers',
    industry: 'telecom',
    spelling: 'en-US',
    pitch: towers,
    expect: [],
    note: '90 s target, 175 words (105-231 allowed). "911" is the phone number, not an acronym.',
  },
];

// --- required ---------------------------------------------------------------------------------
const REQUIRED: PitchCase[] = [
  {
    id: 'h3-p-required-no-ask',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: { ...baggage, ask: '' },
    expect: ['required'],
    note: 'Empty ask: required only. No ask on the slide, so pitch-missing-ask cannot apply; vague-ask does not judge an empty ask.',
  },
  {
    id: 'h3-p-required-no-situation',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: { ...fire, situation: [] },
    expect: ['required'],
    note: 'Empty section raises required only, not no-situation-number.',
  },
  {
    id: 'h3-p-required-no-outcome',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: { ...dairy, outcome: [] },
    expect: ['required'],
    note: 'Empty outcome: required only (no no-metric, no no-timeframe, no pitch-missing-metric). Pitch numbers the slide no longer gives are not contradictions.',
  },
  {
    id: 'h3-p-required-blank-headline',
    industry: 'hospitality',
    spelling: 'en-GB',
    pitch: { ...theatre, headline: '   ' },
    expect: ['required'],
    note: 'Whitespace-only headline counts as empty: required only, not headline-length or headline-not-claim.',
  },
  {
    id: 'h3-p-required-whitespace-action',
    industry: 'energy',
    spelling: 'en-GB',
    pitch: { ...wind, action: ['  ', ''] },
    expect: ['required'],
    note: 'Action bullets are whitespace only, so the section is empty.',
  },
  {
    id: 'h3-p-required-blank-draft',
    industry: 'education',
    spelling: 'en-GB',
    pitch: { headline: '', situation: [], action: [], outcome: [], ask: '' },
    expect: ['required'],
    note: 'A blank draft raises required and nothing else.',
  },
  {
    id: 'h3-p-required-no-action-no-ask',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: { ...trials, action: [], ask: '   ' },
    expect: ['required'],
  },
];

const REQUIRED_NEAR: PitchCase[] = [
  {
    id: 'h3-p-required-near-one-bullet-each',
    industry: 'finance',
    spelling: 'en-US',
    pitch: {
      ...creditUnion,
      situation: [
        'About 1,900 of our members took a payday loan last year, at annual rates near 390%.',
      ],
      action: ['Offer loans of $300 to $1,500 with a same-day decision through the app.'],
      outcome: ['1,200 members switch to our small loans by December 2025.'],
    },
    expect: [],
    nearMiss: ['required'],
    note: 'Sparse but every section has a bullet. Pitch figures the slide no longer shows (two officers, $140,000, 4%) are not contradictions.',
  },
  {
    id: 'h3-p-required-near-terse-ask',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: { ...vets, ask: 'Fund £48,000 by 1 March.' },
    expect: [],
    nearMiss: ['required', 'vague-ask'],
    note: 'Short ask, but it has a verb, an amount and a date. The pitch adds the clinical director as lead: extra, not contradictory.',
  },
  {
    id: 'h3-p-required-near-single-action',
    industry: 'energy',
    spelling: 'en-GB',
    pitch: { ...wind, action: ['Charter a second vessel for Dogger East from October to March.'] },
    expect: [],
    nearMiss: ['required'],
  },
  {
    id: 'h3-p-required-near-trailing-empty',
    industry: 'education',
    spelling: 'en-GB',
    pitch: { ...language, outcome: ['350 new adult students enrol by October 2026.', ''] },
    expect: [],
    nearMiss: ['required'],
    note: "One real outcome bullet and an empty one: not empty. The pitch's £260,000 is a figure the slide no longer gives.",
  },
  {
    id: 'h3-p-required-near-blank-first-bullet',
    industry: 'utilities',
    spelling: 'en-GB',
    pitch: {
      ...water,
      situation: [
        '   ',
        'The Ashby zone loses 9.6 million litres a day through leaks, a quarter of its supply.',
      ],
    },
    expect: [],
    nearMiss: ['required', 'no-situation-number'],
  },
  {
    id: 'h3-p-required-near-no-spoken-pitch',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: noPitch(courier),
    expect: [],
    nearMiss: ['required', 'pitch-too-short', 'pitch-missing-ask'],
    note: 'No elevator-pitch text at all: not a required section, and no pitch-* rule applies.',
  },
  {
    id: 'h3-p-required-near-short-headline',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: { ...cinema, headline: 'Reserved seats lift attendance 15%' },
    expect: [],
    nearMiss: ['required', 'headline-length'],
    note: '5 words.',
  },
];

// --- overflow ---------------------------------------------------------------------------------
const OVERFLOW: PitchCase[] = [
  {
    id: 'h3-p-overflow-housing-action',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: {
      ...housing,
      action: [
        'Bring in two extra surveyor teams from our framework contractor so that every one of the 612 open damp and mould cases gets a visit within six weeks.',
        'Ask each surveyor to photograph every room, measure the moisture in the walls, and note whether the home has working extractor fans in the kitchen and bathroom.',
        'Sort the homes into three groups by how bad the damp is, and start the repair work with the worst 600 homes before the weather turns cold in November.',
        'Fit new extractor fans, treat the affected walls with mould wash and stain block, and replace any window seals that let rain in around the frames.',
        'Phone every tenant two days before the visit, and again the day after the work, so they know what we did and what to do if it comes back.',
        'Report progress to the board each month with the number of homes we visited, the number we fixed, and the number of new cases tenants raised that month.',
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Six action bullets of 26-29 words each.',
  },
  {
    id: 'h3-p-overflow-steel-situation',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...steel,
      situation: [
        'Our one shredder at the Gary yard runs at 96% of its rated capacity on most days, which leaves no room at all for a busy week or a breakdown.',
        'We turn away about 300 tons of scrap a week, and most of those loads go straight to our competitor across the river in East Chicago instead.',
        'Unplanned downtime hit 410 hours last year, mostly from hammer wear and from jams in the feed conveyor that the crew has to clear by hand.',
        'Each hour the shredder stands still costs us about $6,500 in lost output, and that is before we count the overtime for the crew who wait for the repair.',
        'Two of our largest auto salvage suppliers have told us they will move their contracts if we keep sending their trucks away on Friday afternoons.',
        'The existing line is 22 years old, and the maker stopped supplying new rotor parts in 2023, so we now buy them second hand from other yards.',
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Six situation bullets of 25-30 words. "rated capacity" and "second hand" are adjectives, not passives.',
  },
  {
    id: 'h3-p-overflow-fire-headline',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: {
      ...fire,
      headline:
        'Moving one on-call crew at Station 9 onto a staffed day shift from eight in the morning until six at night, and paying for it out of the overtime we already spend covering gaps in the rota, will bring our average rural response time down from fourteen minutes to nine by April 2026',
    },
    expect: ['overflow', 'headline-length'],
    note: 'A 53-word headline: still a claim, but far past any title box.',
  },
  {
    id: 'h3-p-overflow-permits-outcome',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: {
      ...permits,
      outcome: [
        'Permit turnaround drops from 23 days to 9 by July 2026, because applications move between teams on screen instead of in paper folders on a trolley.',
        'Running costs fall from $520,000 to $120,000 a year once we switch off the 1998 system and stop paying for its old support contract.',
        'Applicants can see where their permit is at any hour of the day, so the front desk takes far fewer calls that only ask about progress.',
        'Inspectors get their daily route on a tablet each morning and file their results from the site, which saves each of them about an hour of driving.',
        'The city stops printing around 40,000 pages of permit paperwork a year, and the old basement archive room becomes office space for the planning team.',
        'We share one platform with the state and four neighboring towns, so builders who work across the county fill in the same forms everywhere they go.',
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Six outcome bullets of 24-27 words.',
  },
  {
    id: 'h3-p-overflow-ferry-headline',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...ferry,
      headline:
        'Letting drivers check in on the app before they reach Holyhead, reading their number plates with a camera at the gate and turning three of our six booths into a fast lane will cut summer Saturday boarding queues from forty-eight minutes to twenty-four and stop most of the late sailings we see today',
    },
    expect: ['overflow', 'headline-length'],
    note: '53-word headline.',
  },
  {
    id: 'h3-p-overflow-dairy-action',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...dairy,
      action: [
        'Install one 60,000-gallon chilled tank at the Millbrook collection yard, on the concrete pad beside the old weighbridge that we stopped using back in 2021.',
        'Run a new power line from the county road to the yard, with a backup generator big enough to keep the whole tank cold for three days.',
        'Switch all 48 member farms to twice-daily pickups straight from the parlor, using our three existing trucks on two new loops of about 90 miles each.',
        'Buy back the old bulk tanks from any member who wants to sell, at a fair price that our farm committee and the member agree on together.',
        'Test every load for temperature and bacteria at the yard before it goes into the big tank, and send each farm its results by text the same day.',
        'Train two of our drivers as yard operators, so someone who knows the tank and the trucks is on site from five in the morning to nine at night.',
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Six action bullets of 25-29 words.',
  },
];

const OVERFLOW_NEAR: PitchCase[] = [
  {
    id: 'h3-p-overflow-near-six-short-bullets',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...baggage,
      action: [
        'Replace the Belt 4 merge unit in November.',
        'Add a second scanner before the carousel.',
        'Move two handlers to the night shift.',
        'Paint lane markings in the sorting hall.',
        'Fit a jam alarm on Belt 4.',
        'Brief every shift on the new layout.',
      ],
    },
    expect: ['too-many-bullets'],
    nearMiss: ['overflow'],
    note: 'Six bullets but only 6-8 words each: they fit the box.',
  },
  {
    id: 'h3-p-overflow-near-18-word-headline',
    industry: 'hospitality',
    spelling: 'en-GB',
    pitch: {
      ...theatre,
      headline:
        'Letting the box office price weekday matinees each morning will sell 6,000 more seats across the spring season',
    },
    expect: ['headline-length'],
    nearMiss: ['overflow'],
    note: '18 words: too long for a headline, far short of overflowing a title box.',
  },
  {
    id: 'h3-p-overflow-near-three-long-bullets',
    industry: 'finance',
    spelling: 'en-US',
    pitch: {
      ...creditUnion,
      situation: [
        'About 1,900 of our members took a payday loan last year, at annual rates near 390%, and many took more than one.',
        'Our small loans take five working days to approve, so members who need cash for a car repair by Friday go elsewhere.',
        'Members who take one payday loan usually take another within three months, and then start missing payments on their loans with us.',
      ],
    },
    expect: ['bullet-too-long'],
    nearMiss: ['overflow', 'too-many-bullets'],
    note: 'Three bullets of 22 words: each too long, but three bullets fit.',
  },
  {
    id: 'h3-p-overflow-near-four-medium-bullets',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: {
      ...courier,
      outcome: [
        'Downtown cost per parcel falls from $3.40 to $2.10 by the end of Q1 2026.',
        'Parking tickets drop from about $9,000 a month to near zero once the vans leave downtown.',
        'Riders make 14 drops an hour downtown, against nine for a van stuck in traffic.',
        'We can take on the two law firms on Main Street that we turned down last spring.',
      ],
    },
    expect: ['too-many-bullets'],
    nearMiss: ['overflow', 'bullet-too-long'],
    note: 'Four bullets of 15-17 words.',
  },
  {
    id: 'h3-p-overflow-near-27-word-headline',
    industry: 'education',
    spelling: 'en-GB',
    pitch: {
      ...language,
      headline:
        'Live evening classes online in English, Spanish and Mandarin will bring 350 new adult students to the school by October and add £260,000 a year in fees',
    },
    expect: ['headline-length'],
    nearMiss: ['overflow'],
    note: '27 words: far too long for a headline but fits the title box at 20 pt.',
  },
  {
    id: 'h3-p-overflow-near-five-short-actions',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: {
      ...cinema,
      action: [
        'Install reserved seating and online seat maps at all 22 suburban sites.',
        'Start with four pilot sites in January.',
        'Roll out the other 18 sites by April.',
        'Hold back the front two rows at every screen for walk-up customers.',
        'Charge no booking fee for the first six months.',
      ],
    },
    expect: ['too-many-bullets'],
    nearMiss: ['overflow'],
  },
];

// --- too-many-bullets --------------------------------------------------------------------------
const TOO_MANY: PitchCase[] = [
  {
    id: 'h3-p-bullets-fire-situation',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: {
      ...fire,
      situation: [
        'Rural callouts around Station 9 take 14 minutes on average, against our 10-minute standard.',
        'Daytime calls there rose by a third since 2022, mostly road crashes and farm fires.',
        "Half of Station 9's on-call firefighters now work more than 20 minutes from the station.",
        'We spent £180,000 on overtime last year covering daytime gaps.',
      ],
    },
    expect: ['too-many-bullets'],
    note: 'The £180,000 total overtime is a different figure from the £95,000 saving.',
  },
  {
    id: 'h3-p-bullets-wind-action',
    industry: 'energy',
    spelling: 'en-GB',
    pitch: {
      ...wind,
      action: [
        'Charter a second, larger vessel that can work in 2-metre waves, from October to March.',
        'Base it at Grimsby so technicians reach the far string in under three hours.',
        'Share the new vessel between the two Dogger East crews on alternate days.',
        'Keep the current vessel on the near string, where waves stay lower.',
        'Review the charter with the client at the end of January.',
      ],
    },
    expect: ['too-many-bullets'],
  },
  {
    id: 'h3-p-bullets-vets-outcome',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: {
      ...vets,
      outcome: [
        'Vets get back 1,400 hours a year for consults and surgery from March 2026.',
        'Average wait for a vet appointment falls from 9 days to 5.',
        'Nurses run about 160 vaccine appointments a week across the 14 practices.',
        'Vaccine prices stay the same, so clients pay nothing extra.',
      ],
    },
    expect: ['too-many-bullets'],
  },
  {
    id: 'h3-p-bullets-trials-situation',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: {
      ...trials,
      situation: [
        "Our oncology trials take 14 weeks on average to enroll each site's first 20 patients.",
        'Two in five eligible patients drop out before their in-person consent visit.',
        'Most of those patients live more than 30 miles from the nearest site.',
        'Sponsors moved three trials to other units last year over slow enrollment.',
      ],
    },
    expect: ['too-many-bullets'],
  },
  {
    id: 'h3-p-bullets-cinema-action',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: {
      ...cinema,
      action: [
        'Install reserved seating and online seat maps at all 22 suburban sites.',
        'Start with four pilot sites in January, then roll out the rest by April.',
        'Hold back the front two rows at every screen for walk-up customers.',
        'Charge no booking fee for the first six months.',
      ],
    },
    expect: ['too-many-bullets'],
  },
  {
    id: 'h3-p-bullets-dairy-outcome',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...dairy,
      outcome: [
        'Spoiled milk drops by three quarters, from 190,000 to under 50,000 gallons a year.',
        'Members save $310K a year on repairs, power and lost milk from June 2026.',
        'Trucks drive 30% fewer miles on the new twice-daily loops.',
        'Every member gets lab results for each pickup by text the same day.',
      ],
    },
    expect: ['too-many-bullets'],
  },
];

const TOO_MANY_NEAR: PitchCase[] = [
  {
    id: 'h3-p-bullets-near-empties',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...baggage,
      action: [
        'Replace the Belt 4 merge unit during the quiet weeks in early November.',
        'Add a second scanner so staff catch mis-sorted bags before the carousel.',
        'Move two handlers from the day shift to nights while the work runs.',
        '',
        '  ',
      ],
    },
    expect: [],
    nearMiss: ['too-many-bullets'],
    note: 'Five entries, but only three are non-empty.',
  },
  {
    id: 'h3-p-bullets-near-three-situation',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: {
      ...housing,
      situation: [
        '612 of our 4,300 homes have open damp and mould reports, some over a year old.',
        'Disrepair claims cost us £740,000 in legal fees and settlements last year.',
        'Tenants raised 1,040 new damp reports in the last 12 months.',
      ],
    },
    expect: [],
    nearMiss: ['too-many-bullets'],
  },
  {
    id: 'h3-p-bullets-near-list-inside-bullet',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...steel,
      action: [
        'Install a 4,000-horsepower shredder line beside the existing one at the Gary yard.',
        'Build it in four steps: foundations, feed conveyor, shredder, then magnets and picking line.',
        'Run both lines on alternate maintenance days so one always keeps running.',
      ],
    },
    expect: [],
    nearMiss: ['too-many-bullets'],
    note: 'Three bullets; one lists four steps inside it.',
  },
  {
    id: 'h3-p-bullets-near-three-outcome',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: {
      ...permits,
      outcome: [
        'Permit turnaround drops from 23 days to 9 by July 2026.',
        'Running costs fall from $520,000 to $120,000 a year.',
        'The front desk takes half as many progress calls from applicants.',
      ],
    },
    expect: [],
    nearMiss: ['too-many-bullets'],
  },
  {
    id: 'h3-p-bullets-near-three-plus-blank',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...ferry,
      action: [
        'Let drivers check in on the app, with a number-plate camera at the gate.',
        'Turn three of the six booths into a fast lane for checked-in cars.',
        'Put two staff at the gate on Saturdays to help drivers without the app.',
        ' ',
      ],
    },
    expect: [],
    nearMiss: ['too-many-bullets'],
  },
  {
    id: 'h3-p-bullets-near-numbered-parts',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: {
      ...courier,
      situation: [
        'Downtown deliveries cost us $3.40 per parcel, mostly van parking tickets and idle time.',
        'Vans spend 35% of each downtown shift parked or stuck in traffic.',
        'Van costs split three ways: (1) tickets, (2) idle drivers, (3) fuel.',
      ],
    },
    expect: [],
    nearMiss: ['too-many-bullets'],
    note: 'Three bullets; the numbered parts sit inside one bullet.',
  },
];

// --- no-metric ----------------------------------------------------------------------------------
const NO_METRIC: PitchCase[] = [
  {
    id: 'h3-p-nometric-baggage',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...baggage,
      outcome: [
        'Far fewer transfer bags miss their connections by next February.',
        'Compensation payouts come down sharply from next spring.',
      ],
    },
    expect: ['no-metric'],
    note: "Outcome has no quantity, so pitch-missing-metric does not apply; the pitch's 40% matches the headline.",
  },
  {
    id: 'h3-p-nometric-theatre',
    industry: 'hospitality',
    spelling: 'en-GB',
    pitch: {
      ...theatre,
      outcome: [
        'Weekday matinees play to fuller houses from the spring season.',
        'Schools and care homes become regular matinee customers by summer.',
      ],
    },
    expect: ['no-metric'],
  },
  {
    id: 'h3-p-nometric-courier',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: {
      ...courier,
      outcome: [
        'Downtown deliveries turn a profit by the end of the first quarter.',
        'Parking tickets disappear from our monthly costs by winter.',
      ],
    },
    expect: ['no-metric'],
    note: '"first quarter" is a time, not a quantity.',
  },
  {
    id: 'h3-p-nometric-language',
    industry: 'education',
    spelling: 'en-GB',
    pitch: {
      ...language,
      outcome: [
        'Adult enrolments start growing again by next autumn.',
        'Learners outside the city join evening classes from April without the commute.',
      ],
    },
    expect: ['no-metric'],
  },
  {
    id: 'h3-p-nometric-permits',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: {
      ...permits,
      outcome: [
        'Permit applicants get decisions much faster by July 2026.',
        'The city stops paying to run the old permit system that same month.',
      ],
    },
    expect: ['no-metric'],
    note: 'The only digits are a date; a date gives when, not how much.',
  },
  {
    id: 'h3-p-nometric-credit-union',
    industry: 'finance',
    spelling: 'en-US',
    pitch: {
      ...creditUnion,
      outcome: [
        'Members who went to payday lenders come back to us by December.',
        'Small loans become a steady source of income with low losses.',
      ],
    },
    expect: ['no-metric'],
  },
];

const NO_METRIC_NEAR: PitchCase[] = [
  {
    id: 'h3-p-nometric-near-number-words',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: {
      ...fire,
      outcome: [
        'Average rural response falls from fourteen minutes to nine by April 2026.',
        'Overtime spend drops sharply, paying for most of the change.',
      ],
    },
    expect: [],
    nearMiss: ['no-metric'],
    note: 'Quantities in words only.',
  },
  {
    id: 'h3-p-nometric-near-halve',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: {
      ...housing,
      outcome: [
        'Disrepair claims halve by 31 March 2026.',
        'Open damp cases become rare instead of routine.',
      ],
    },
    expect: [],
    nearMiss: ['no-metric'],
    note: '"halve" is the quantity; the pitch also says claims halve.',
  },
  {
    id: 'h3-p-nometric-near-ratio',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: {
      ...trials,
      outcome: [
        'Pre-consent dropout falls from two in five patients to one in five by mid-2026.',
        'Sites reach their first patients much sooner.',
      ],
    },
    expect: [],
    nearMiss: ['no-metric'],
  },
  {
    id: 'h3-p-nometric-near-three-quarters',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...dairy,
      outcome: [
        'Spoiled milk falls by three quarters from June 2026.',
        'Members pay less for repairs and power.',
      ],
    },
    expect: [],
    nearMiss: ['no-metric'],
  },
  {
    id: 'h3-p-nometric-near-more-than-a-third',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: {
      ...courier,
      outcome: [
        'Downtown cost per parcel falls by more than a third by the end of Q1 2026.',
        'Parking tickets all but vanish.',
      ],
    },
    expect: [],
    nearMiss: ['no-metric', 'pitch-contradicts-slide'],
    note: '$3.40 to $2.10 (pitch) is a 38% cut, so "more than a third" agrees with it.',
  },
  {
    id: 'h3-p-nometric-near-halve-queues',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...ferry,
      outcome: [
        'Summer Saturday queues halve by July 2026.',
        'Late sailings from slow boarding become rare.',
      ],
    },
    expect: [],
    nearMiss: ['no-metric', 'pitch-contradicts-slide'],
    note: 'Pitch says 48 down to 24 minutes: the same halving.',
  },
];

// --- no-timeframe ----------------------------------------------------------------------------------
const NO_TIMEFRAME: PitchCase[] = [
  {
    id: 'h3-p-notime-baggage',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...baggage,
      outcome: [
        'Missed transfer bags fall 40%, from one in 60 to one in 100.',
        'Compensation payouts drop by roughly £180,000 a year.',
      ],
    },
    expect: ['no-timeframe'],
    note: '"a year" is a rate, not a when. The headline\'s "this winter" is not in the outcome.',
  },
  {
    id: 'h3-p-notime-dairy',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...dairy,
      outcome: [
        'Spoiled milk drops by three quarters, to under 50,000 gallons.',
        'Members save $310K on repairs, power and lost milk.',
      ],
    },
    expect: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-vets',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: {
      ...vets,
      outcome: [
        'Vets get back 1,400 hours for consults and surgery.',
        'Average wait for a vet appointment falls from 9 days to 5.',
      ],
    },
    expect: ['no-timeframe'],
    note: '"9 days to 5" is the size of the wait, not when the result lands.',
  },
  {
    id: 'h3-p-notime-steel',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...steel,
      outcome: [
        'Throughput grows from 260,000 to 340,000 tons.',
        'Lost output from downtime falls below $1M, down from $2.7M.',
      ],
    },
    expect: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-cinema',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: {
      ...cinema,
      outcome: [
        'Weekday attendance rises 15% at the 22 suburban sites.',
        'Concession sales grow by about $1.8M with the extra visits.',
      ],
    },
    expect: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-ferry',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...ferry,
      outcome: [
        'Boarding queues at Holyhead fall from 48 to 24 minutes.',
        'Late sailings from slow boarding drop from one in seven to one in 20.',
      ],
    },
    expect: ['no-timeframe'],
  },
];

const NO_TIMEFRAME_NEAR: PitchCase[] = [
  {
    id: 'h3-p-notime-near-within-months',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: swap(
      {
        ...fire,
        outcome: [
          'Average rural response falls from 14 to nine minutes within six months of the trial starting.',
          'Overtime spend drops £95,000 a year, paying for most of the change.',
        ],
      },
      [['By April 2026 that brings', 'Within six months of the trial starting, that brings']],
    ),
    expect: [],
    nearMiss: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-near-next-spring',
    industry: 'hospitality',
    spelling: 'en-GB',
    pitch: swap(
      {
        ...theatre,
        outcome: [
          'Matinee sales rise from 9,200 to 15,200 tickets next spring.',
          'Matinee income grows by about £110,000 over that season.',
        ],
      },
      [['in the spring 2026 season', 'next spring']],
    ),
    expect: [],
    nearMiss: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-near-year-end',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: swap(
      {
        ...permits,
        outcome: [
          'Permit turnaround drops from 23 days to 9 by year-end.',
          'Running costs fall from $520,000 to $120,000 a year.',
        ],
      },
      [['By July 2026 turnaround', 'By year-end turnaround']],
    ),
    expect: [],
    nearMiss: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-near-first-months',
    industry: 'finance',
    spelling: 'en-US',
    pitch: swap(
      {
        ...creditUnion,
        outcome: [
          '1,200 members switch to our small loans in the first nine months.',
          'Small-loan income reaches $140,000 a year, and losses stay under 4%.',
        ],
      },
      [['By December we win', 'In the first nine months we win']],
    ),
    expect: [],
    nearMiss: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-near-term',
    industry: 'education',
    spelling: 'en-GB',
    pitch: swap(
      {
        ...language,
        outcome: [
          '350 new adult students enrol before the autumn term starts.',
          'Adult course income rises by £260,000 a year.',
        ],
      },
      [['by October 2026', 'before the autumn term starts']],
    ),
    expect: [],
    nearMiss: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-near-season',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: swap(
      {
        ...cinema,
        outcome: [
          'Weekday attendance rises 15% over the summer season.',
          'Concession sales grow by about $1.8M a year with the extra visits.',
        ],
      },
      [['By the end of summer 2026 weekday', 'Over the summer season weekday']],
    ),
    expect: [],
    nearMiss: ['no-timeframe'],
  },
  {
    id: 'h3-p-notime-near-within-a-year',
    industry: 'utilities',
    spelling: 'en-GB',
    pitch: swap(
      {
        ...water,
        outcome: [
          'Leakage in Ashby falls 12%, about 1.2 million litres a day, within a year of the loggers going in.',
        ],
      },
      [['by March', 'within a year']],
    ),
    expect: [],
    nearMiss: ['no-timeframe'],
  },
];

// --- no-situation-number ------------------------------------------------------------------------
const NO_SIT_NUMBER: PitchCase[] = [
  {
    id: 'h3-p-nositnum-baggage-labels',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...baggage,
      situation: [
        'Transfer bags miss their connections at Terminal 2 far more often than our target allows.',
        'Belt 4 jams several times a week, and each jam holds bags up.',
      ],
    },
    expect: ['no-situation-number'],
    note: '"Terminal 2" and "Belt 4" are labels, not quantities.',
  },
  {
    id: 'h3-p-nositnum-housing',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: {
      ...housing,
      situation: [
        'Many of our homes have open damp and mould reports, some of them very old.',
        'Disrepair claims now cost us more in legal fees than any other repair issue.',
      ],
    },
    expect: ['no-situation-number'],
  },
  {
    id: 'h3-p-nositnum-steel-year',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...steel,
      situation: [
        'Our only shredder runs flat out, and we turn scrap away every week.',
        'Unplanned downtime has grown every year since 2019.',
      ],
    },
    expect: ['no-situation-number'],
    note: 'A year on its own dates the problem but does not size it.',
  },
  {
    id: 'h3-p-nositnum-language',
    industry: 'education',
    spelling: 'en-GB',
    pitch: {
      ...language,
      situation: [
        'Adult enrolments have fallen steadily over recent years.',
        'Most leavers tell us the trip into the city centre puts them off.',
      ],
    },
    expect: ['no-situation-number'],
  },
  {
    id: 'h3-p-nositnum-permits-year',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: {
      ...permits,
      situation: [
        'Building permits take weeks, mostly paper moving between desks.',
        'The permit system dates from 1998 and costs a lot to keep running.',
      ],
    },
    expect: ['no-situation-number'],
    note: '1998 is a year, not a size.',
  },
  {
    id: 'h3-p-nositnum-cinema',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: {
      ...cinema,
      situation: [
        'Weekday attendance at our suburban sites has dropped since 2023.',
        "Lapsed customers tell us they stay away because they can't choose seats.",
      ],
    },
    expect: ['no-situation-number'],
  },
];

const NO_SIT_NUMBER_NEAR: PitchCase[] = [
  {
    id: 'h3-p-nositnum-near-a-third',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: {
      ...fire,
      situation: [
        'Rural callouts around Station 9 regularly miss our response standard.',
        'Daytime calls there rose by a third since 2022, mostly road crashes and farm fires.',
      ],
    },
    expect: [],
    nearMiss: ['no-situation-number'],
    note: '"a third" sizes the problem; "Station 9" and 2022 would not.',
  },
  {
    id: 'h3-p-nositnum-near-twice',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: {
      ...vets,
      situation: [
        'Routine vaccinations take up twice as much vet time as surgery.',
        'Clients wait too long for a non-urgent vet appointment.',
      ],
    },
    expect: [],
    nearMiss: ['no-situation-number'],
  },
  {
    id: 'h3-p-nositnum-near-word-number',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: {
      ...dairy,
      situation: [
        'Forty-eight member farms around Millbrook each run their own ageing bulk tank.',
        'Tank failures spoiled a lot of milk last year.',
      ],
    },
    expect: [],
    nearMiss: ['no-situation-number'],
  },
  {
    id: 'h3-p-nositnum-near-ratio',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: {
      ...trials,
      situation: [
        'Enrollment at most of our sites runs slower than sponsors expect.',
        'Two in five eligible patients drop out before their in-person consent visit.',
      ],
    },
    expect: [],
    nearMiss: ['no-situation-number'],
  },
  {
    id: 'h3-p-nositnum-near-double',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: {
      ...courier,
      situation: [
        'Each downtown parcel costs us more than double a suburban one.',
        'Vans sit parked or stuck in traffic for much of each shift.',
      ],
    },
    expect: [],
    nearMiss: ['no-situation-number'],
  },
  {
    id: 'h3-p-nositnum-near-eight-in-ten',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: {
      ...ferry,
      situation: [
        'Summer Saturday queues at Holyhead are the longest on any of our routes.',
        'Eight in ten drivers at the booths booked online but still stop to check in.',
      ],
    },
    expect: [],
    nearMiss: ['no-situation-number'],
  },
];

// --- pitch-too-long -------------------------------------------------------------------------------
const TOO_LONG: PitchCase[] = [
  {
    id: 'h3-p-long-baggage-30s',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: target(baggage, 30),
    expect: ['pitch-too-long'],
    note: 'The clean 117-word pitch against a 30 s target (limit 77).',
  },
  {
    id: 'h3-p-long-theatre',
    industry: 'hospitality',
    spelling: 'en-GB',
    pitch: say(
      theatre,
      'Our weekday matinees play to 41 percent capacity, while evenings run at 88. That gap has been there for years, and everyone in the building knows it. Last season we sold 9,200 matinee tickets, all at a flat 32 pounds, which is the same price as a Saturday night in the stalls. The people who come to matinees are mostly retired, or school groups, or carers with someone they look after, and the price puts a lot of them off. We want the box office to set matinee prices each morning, anywhere from 15 to 38 pounds depending on demand, so a quiet Tuesday costs less than a sold-out Thursday. We would also offer schools and care homes a block rate of 12 pounds a seat, with one named person in the box office handling their bookings. Matinee sales climb from 9,200 to 15,200 tickets in the spring 2026 season, bringing in about 110,000 pounds more. Please sign off the new matinee pricing by 20 January so it can go on sale with the spring brochure.',
      60,
    ),
    expect: ['pitch-too-long'],
    note: '176 words at 60 s (limit 154).',
  },
  {
    id: 'h3-p-long-steel-default',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: say(
      steel,
      "Our one shredder at the Gary yard runs at 96 percent of capacity, and we turn away about 300 tons of scrap every week. Most of those loads go across the river to our competitor in East Chicago, and some of those sellers do not come back. Last year the shredder sat idle for 410 hours we didn't plan for, at 6,500 dollars an hour in lost output, and every one of those hours the crew stood around waiting for parts. The line is 22 years old, and the maker stopped making rotor parts for it in 2023, so we buy them second hand. We want a second 4,000-horsepower line beside it, with the two lines taking turns on maintenance days so one is always running. The site already has the power and the space, and the crane rails reach both pads. By the third quarter of 2026 our throughput goes from 260,000 to 340,000 tons a year, and downtime losses drop from 2.7 million to under a million. I'm asking the board to approve 14.5 million dollars in capital on September 18.",
    ),
    expect: ['pitch-too-long'],
    note: '183 words with no targetSeconds: default 60 s (limit 154).',
  },
  {
    id: 'h3-p-long-permits-30s',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: target(permits, 30),
    expect: ['pitch-too-long'],
    note: 'The clean 101-word pitch at a 30 s target (limit 77).',
  },
  {
    id: 'h3-p-long-credit-union',
    industry: 'finance',
    spelling: 'en-US',
    pitch: say(
      creditUnion,
      "Last year about 1,900 of our own members took out a payday loan at annual rates near 390 percent. I know some of these people by name. They are bus drivers, care workers, people who need 600 dollars for a transmission on a Thursday and cannot wait. They go to the payday shop on Elm Street because our small loans take five working days, and by then the car has been in the shop all week. We want to offer loans from 300 to 1,500 dollars with a same-day decision in the app, and let two loan officers approve them on a simple checklist instead of full underwriting. The checklist looks at how long they have banked with us and whether their pay comes in here, and that is all it needs to look at. By December we win 1,200 of those members back, small-loan income reaches 140,000 dollars a year, and losses stay under 4 percent. I'm asking the board to approve the product and a 250,000 dollar lending limit on June 9.",
      60,
    ),
    expect: ['pitch-too-long'],
    note: '174 words at 60 s. "has been in the shop" is be + place, not passive.',
  },
  {
    id: 'h3-p-long-trials-90s',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: say(
      trials,
      'At our unit it takes 14 weeks, on average, for an oncology trial to enroll its first 20 patients at a site. Sponsors notice that. Last year three of them moved studies to other units, and each of those studies was worth about a million dollars to us over its life. When we looked at why enrollment is slow, the answer was not the science and it was not the doctors. Two in five eligible patients drop out before they ever reach the consent visit, and most of them live far away. For a patient who is already tired from treatment, a two-hour drive to sign a form is a lot to ask, and many of them simply do not make the trip. Their families tell us the same thing. We want to offer video consent with an electronic signature to anyone who lives more than 30 miles out. The patient talks through the study with a research nurse on a video call, asks whatever they want, and signs on a tablet or phone. The sponsor still gets a full record of the conversation and the signature. We also want two research nurses to run consent calls five evenings a week, because many of our patients work or care for someone during the day, and evenings are when they can talk. By mid-2026 enrollment time drops from 14 weeks to 8, and dropout before consent halves to one in five. I need you to approve 210,000 dollars for the platform and the two nurse posts by March 31.',
      90,
    ),
    expect: ['pitch-too-long'],
    note: '258 words at 90 s (limit 231). "was worth" is be + adjective.',
  },
  {
    id: 'h3-p-long-dairy-45s',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: say(
      dairy,
      "Every one of our 48 member farms around Millbrook runs its own bulk tank, and most of those tanks are over 20 years old. When one fails on a hot night, the whole milking goes down the drain, and the farmer loses that day's pay. Last year tank failures spoiled 190,000 gallons of milk across the co-op. We propose one 60,000-gallon chilled tank at the Millbrook collection yard, with trucks picking up from each parlor twice a day, so milk never sits on the farm for long. Members who want to can sell us their old tank. Spoiled milk drops by three quarters, to under 50,000 gallons a year, and members save 310,000 dollars a year on repairs, power and lost milk from June 2026. I'm asking the board to approve 1.4 million dollars from the member reserve fund at the May 14 meeting.",
      45,
    ),
    expect: ['pitch-too-long'],
    note: '144 words at 45 s (limit 115).',
  },
];

const TOO_LONG_NEAR: PitchCase[] = [
  {
    id: 'h3-p-long-near-fire-145',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: say(
      fire,
      'Our crews around Station 9 take 14 minutes on average to reach a rural call, and our own standard is 10. Those extra minutes matter most at a road crash or a barn fire, where the first ten minutes decide how it ends. Daytime calls there have gone up by a third since 2022, mostly road crashes and farm fires, and on weekdays our on-call firefighters are often at work miles from the station. We want to move one on-call crew at Station 9 onto a staffed day shift, eight till six, and pay for it from the overtime we already spend covering gaps. By April 2026 that brings the average rural response down from 14 minutes to nine, and overtime drops by 95,000 pounds a year. I need the fire authority to agree the Station 9 trial at its meeting on 12 March.',
      60,
    ),
    expect: [],
    nearMiss: ['pitch-too-long'],
    note: '144 words at 60 s: under the 154-word limit.',
  },
  {
    id: 'h3-p-long-near-ferry-30s',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: say(
      ferry,
      "On summer Saturdays at Holyhead, cars queue 48 minutes to board, and eight in ten of those drivers already booked online. We want them to check in on the app, with a number-plate camera at the gate, and turn three of our six booths into a fast lane. By July 2026 queues drop to 24 minutes. I'm asking you to approve 275,000 pounds by 28 November.",
      30,
    ),
    expect: [],
    nearMiss: ['pitch-too-long'],
    note: '66 words at 30 s: under the 77-word limit.',
  },
  {
    id: 'h3-p-long-near-courier-45s',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: say(
      courier,
      'Downtown is where we lose money. Each parcel there costs us 3 dollars 40, mostly in parking tickets and time sitting in traffic, and our vans spend 35 percent of every downtown shift not moving. We want to lease 18 electric cargo bikes, run them from a small hub on 4th Street, and keep the vans for the suburbs and the heavy stuff. By the end of Q1 2026 cost per parcel downtown drops to 2 dollars 10, and the 9,000 dollars a month we pay in parking tickets goes away. I need your approval for a 96,000 dollar bike lease and six new riders before October 1.',
      45,
    ),
    expect: [],
    nearMiss: ['pitch-too-long'],
    note: '108 words at 45 s: under the 115-word limit.',
  },
  {
    id: 'h3-p-long-near-wind-90s',
    industry: 'energy',
    spelling: 'en-GB',
    pitch: say(
      wind,
      "Our single crew transfer vessel at Dogger East can't sail when waves top 1.5 metres, and in winter that costs us 11 days a month. On those days the technicians sit in the mess at Grimsby while faults on the far string wait. Last winter turbine availability averaged 93.4 percent, and our contract asks for 96, so we paid penalties for every point we missed. The client has told us plainly that they expect better this winter. We want to charter a second, larger vessel that works in 2-metre waves, from October to March, and base it at Grimsby so technicians reach the far string in under three hours. The current boat stays on the near string, where the water is calmer. That lifts winter availability to 97 percent for the 2025–26 season and keeps us clear of 1.1 million pounds in contract penalties. I need you to approve a six-month charter at 85,000 pounds a month by 1 August.",
      90,
    ),
    expect: [],
    nearMiss: ['pitch-too-long'],
    note: '160 words: too long for 60 s, but the target is 90 s (105-231 words).',
  },
  {
    id: 'h3-p-long-near-vets-default',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: {
      ...vets,
      pitch: {
        text: "Across our 14 practices, vets spend about 27 hours every week giving routine vaccinations. That is skilled surgical time spent on jabs that a registered nurse can give just as safely. Meanwhile clients wait nine days on average to see a vet for anything non-urgent, and some of them go to the practice down the road instead. We plan to train 20 registered nurses to run vaccine clinics on Tuesday and Thursday evenings, with a vet on call in each practice for anything a nurse wants a second opinion on. Evenings suit working owners better anyway. From March 2026 that hands our vets back 1,400 hours a year for consults and surgery, and the average wait falls from nine days to five. I'm asking you to fund 48,000 pounds for the nurse training and to put the clinical director in charge of the rollout.",
      },
    },
    expect: [],
    nearMiss: ['pitch-too-long'],
    note: '144 words, no targetSeconds (default 60 s, limit 154).',
  },
  {
    id: 'h3-p-long-near-cinema-150',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: say(
      cinema,
      "Since 2023 weekday attendance at our 22 suburban sites has fallen 18 percent. When we asked lapsed customers why, half of them said it's because they can't choose their seats. They don't want to drive twenty minutes and end up in the front row with a neck ache. Our downtown sites already have reserved seating, and their weekday numbers held up. We want reserved seating and online seat maps at all 22 suburban sites, starting with four pilots in January and finishing the rest by April. We keep the front two rows for walk-ups, so walk-up customers can still get in. By the end of summer 2026 weekday attendance is up 15 percent, and the extra visits bring in about 1.8 million dollars a year at the concession stand. I need you to approve 640,000 dollars for the software and refits by December 5.",
      60,
    ),
    expect: [],
    nearMiss: ['pitch-too-long'],
    note: '144 words at 60 s (limit 154). "held up" is active.',
  },
];

// --- pitch-too-short ------------------------------------------------------------------------------
const TOO_SHORT: PitchCase[] = [
  {
    id: 'h3-p-short-fire',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: say(
      fire,
      'Station 9 takes 14 minutes to reach rural calls; our standard is 10. A staffed day crew brings that to nine by April 2026, paid from overtime. I need the fire authority to agree the trial on 12 March.',
      60,
    ),
    expect: ['pitch-too-short'],
    note: 'About 38 words at 60 s (under 70).',
  },
  {
    id: 'h3-p-short-wind-90s',
    industry: 'energy',
    spelling: 'en-GB',
    pitch: say(
      wind,
      "Our single crew transfer vessel at Dogger East can't sail when waves top 1.5 metres, and that costs us 11 days a month in winter. Last winter availability averaged 93.4 percent against a contract of 96. A second, larger vessel based at Grimsby from October to March lifts winter availability to 97 percent and keeps us clear of 1.1 million pounds in penalties. I need you to approve a six-month charter at 85,000 pounds a month by 1 August.",
      90,
    ),
    expect: ['pitch-too-short'],
    note: 'About 80 words: fine for 60 s, but under the 105-word floor of its 90 s target.',
  },
  {
    id: 'h3-p-short-courier-45s',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: say(
      courier,
      'Downtown parcels cost us 3 dollars 40 each. Eighteen cargo bikes bring that to 2 dollars 10 by the end of Q1 2026. I need your approval for a 96,000 dollar lease and six riders before October 1.',
      45,
    ),
    expect: ['pitch-too-short'],
    note: 'About 38 words at 45 s (under 52.5).',
  },
  {
    id: 'h3-p-short-language',
    industry: 'education',
    spelling: 'en-GB',
    pitch: say(
      language,
      'Adult enrolments fell from 1,150 to 820 in two years, mostly because of the trip into town. Live online evening classes bring in 350 new adult students by October 2026. Please approve 38,000 pounds for the video platform and assign Priya Shah as programme lead.',
      60,
    ),
    expect: ['pitch-too-short'],
    note: 'About 45 words at 60 s.',
  },
  {
    id: 'h3-p-short-ferry-30s',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: say(
      ferry,
      'Online check-in halves Holyhead queues to 24 minutes by July 2026. Please approve 275,000 pounds by 28 November.',
      30,
    ),
    expect: ['pitch-too-short'],
    note: '18 words at 30 s (under 35).',
  },
  {
    id: 'h3-p-short-cinema-default',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: {
      ...cinema,
      pitch: {
        text: 'Weekday attendance at our 22 suburban sites is down 18 percent, and half of lapsed customers blame seat choice. Reserved seating lifts weekday attendance 15 percent by the end of summer 2026. I need you to approve 640,000 dollars by December 5.',
      },
    },
    expect: ['pitch-too-short'],
    note: 'About 42 words, default 60 s target.',
  },
];

const TOO_SHORT_NEAR: PitchCase[] = [
  {
    id: 'h3-p-short-near-baggage-76',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: say(
      baggage,
      "Today one transfer bag in every 60 misses its connection at Terminal 2, and Belt 4 causes most of it: it jams about nine times a week, and each jam holds bags for 25 minutes. We want to replace the Belt 4 merge unit in November and add a second scanner before the carousel. That takes missed bags down 40 percent by February. I'm asking you to approve 620,000 pounds from the capital budget by 30 September.",
      60,
    ),
    expect: [],
    nearMiss: ['pitch-too-short'],
    note: '77 words at 60 s: just over the 70-word floor.',
  },
  {
    id: 'h3-p-short-near-dairy-30s',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: say(
      dairy,
      "Old bulk tanks on our 48 farms spoiled 190,000 gallons of milk last year. One shared chilled tank at Millbrook cuts that by three quarters and saves members 310,000 dollars a year. I'm asking the board to approve 1.4 million dollars on May 14.",
      30,
    ),
    expect: [],
    nearMiss: ['pitch-too-short'],
    note: 'About 44 words at 30 s (35-77).',
  },
  {
    id: 'h3-p-short-near-housing-45s',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: say(
      housing,
      '612 of our homes have an open damp or mould report, and disrepair claims cost us 740,000 pounds last year. Two extra surveyor teams inspect every open case within six weeks, then we fix the worst 600 homes first. By 31 March 2026 open cases drop to under 50. I need you to release 2.1 million pounds from the major repairs reserve by 15 October.',
      45,
    ),
    expect: [],
    nearMiss: ['pitch-too-short'],
    note: '65 words at 45 s (over 52.5).',
  },
  {
    id: 'h3-p-short-near-trials-90s',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: say(
      trials,
      'At our unit it takes 14 weeks, on average, for an oncology trial to enroll its first 20 patients at a site, and two in five eligible patients drop out before they ever reach the consent visit. Most of them live far away. We want to offer video consent with an electronic signature to anyone who lives more than 30 miles out, and have two research nurses run consent calls five evenings a week, when patients who work can talk. By mid-2026 enrollment time drops from 14 weeks to 8, and dropout before consent halves to one in five. I need you to approve 210,000 dollars for the platform and the two nurse posts by March 31.',
      90,
    ),
    expect: [],
    nearMiss: ['pitch-too-short'],
    note: 'About 117 words at 90 s: over the 105-word floor.',
  },
  {
    id: 'h3-p-short-near-no-text',
    industry: 'finance',
    spelling: 'en-US',
    pitch: noPitch(creditUnion),
    expect: [],
    nearMiss: ['pitch-too-short', 'pitch-missing-ask', 'pitch-missing-metric'],
    note: 'No pitch text: no pitch-* rule applies.',
  },
  {
    id: 'h3-p-short-near-theatre-30s',
    industry: 'hospitality',
    spelling: 'en-GB',
    pitch: say(
      theatre,
      'Weekday matinees play to 41 percent capacity at a flat 32 pounds. Letting the box office price them daily lifts sales from 9,200 to 15,200 tickets in the spring 2026 season. Please sign off the new matinee pricing by 20 January.',
      30,
    ),
    expect: [],
    nearMiss: ['pitch-too-short'],
    note: '41 words at 30 s (35-77).',
  },
];

// --- pitch-missing-metric --------------------------------------------------------------------------
const MISSING_METRIC: PitchCase[] = [
  {
    id: 'h3-p-nometricsaid-baggage',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: say(
      baggage,
      "Too many transfer bags miss their connections at Terminal 2, and Belt 4 is the main culprit: it jams about nine times a week, and every jam holds bags for 25 minutes. We want to replace the Belt 4 merge unit in the quiet weeks of early November and add a second scanner before the carousel, so the team catches mis-sorted bags while there is still time to fix them. Fewer bags go astray, passengers stop queuing at the desk, and our compensation bill comes down. I'm asking you to approve 620,000 pounds from the capital budget by 30 September so the contractor can start in November.",
    ),
    expect: ['pitch-missing-metric'],
    note: "The pitch gives situation and ask numbers but none of the outcome's (40%, one in 60/100, £180,000).",
  },
  {
    id: 'h3-p-nometricsaid-dairy',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: say(
      dairy,
      "Every one of our 48 member farms around Millbrook runs its own bulk tank, and most of those tanks are over 20 years old. When they fail, the milk spoils, and last year that happened far too often. We propose one 60,000-gallon chilled tank at the Millbrook collection yard, with trucks picking up from each parlor twice a day. Far less milk goes down the drain, and members spend less on repairs and power. I'm asking the board to approve 1.4 million dollars from the member reserve fund at the May 14 meeting.",
    ),
    expect: ['pitch-missing-metric'],
  },
  {
    id: 'h3-p-nometricsaid-vets',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: say(
      vets,
      "Across our 14 practices, vets spend a big part of every week giving routine vaccinations, and clients tell us they wait too long to see a vet for anything non-urgent. We plan to train 20 registered nurses to run vaccine clinics on Tuesday and Thursday evenings, with a vet on call in each practice. Our vets get that time back for consults and surgery, and clients see a vet sooner. I'm asking you to fund 48,000 pounds for the nurse training and to put the clinical director in charge of the rollout.",
    ),
    expect: ['pitch-missing-metric'],
    note: 'No outcome figure (1,400 hours, March 2026, 9 to 5 days) in any form; the weekly vet hours are left out too.',
  },
  {
    id: 'h3-p-nometricsaid-steel',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: say(
      steel,
      "Our one shredder at the Gary yard runs at 96 percent of capacity, and we turn away about 300 tons of scrap every week. Last year it sat idle for 410 hours we didn't plan for. We want a second 4,000-horsepower line beside it, with the two lines taking turns on maintenance days so one is always running. We take in far more scrap, and breakdowns stop costing us customers. I'm asking the board to approve 14.5 million dollars in capital on September 18.",
    ),
    expect: ['pitch-missing-metric'],
  },
  {
    id: 'h3-p-nometricsaid-permits',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: say(
      permits,
      "Building permits in our city crawl from desk to desk on paper, and we pay a lot every year to keep the 1998 permit system alive. We plan to move permits onto the state's shared licensing platform in two phases, and train 45 front-desk and inspection staff before each phase goes live. Builders get their permits much faster, and the city stops paying for a system older than some of our staff. I'm asking the council to approve 1.3 million dollars from the technology fund at its February 24 session.",
    ),
    expect: ['pitch-missing-metric'],
  },
  {
    id: 'h3-p-nometricsaid-cinema',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: say(
      cinema,
      "Since 2023 weekday attendance at our 22 suburban sites has fallen 18 percent. When we asked lapsed customers why, half of them said it's because they can't choose their seats. We want reserved seating and online seat maps at all 22 sites, starting with four pilots in January and finishing the rest by April. Weekday audiences come back, and the extra visits fill the concession stand. I need you to approve 640,000 dollars for the software and refits by December 5.",
    ),
    expect: ['pitch-missing-metric'],
  },
];

const MISSING_METRIC_NEAR: PitchCase[] = [
  {
    id: 'h3-p-nometricsaid-near-two-fifths',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: say(
      baggage,
      "Too many transfer bags miss their connections at Terminal 2, and Belt 4 is the main culprit: it jams about nine times a week, and every jam holds bags for 25 minutes. We want to replace the Belt 4 merge unit in the quiet weeks of early November and add a second scanner before the carousel, so the team catches mis-sorted bags while there is still time to fix them. That cuts missed transfer bags by two fifths, and our compensation bill comes down with them. I'm asking you to approve 620,000 pounds from the capital budget by 30 September so the contractor can start in November.",
    ),
    expect: [],
    nearMiss: ['pitch-missing-metric'],
    note: '"two fifths" is the slide\'s 40%.',
  },
  {
    id: 'h3-p-nometricsaid-near-words',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: say(
      dairy,
      "Every one of our 48 member farms around Millbrook runs its own bulk tank, and most of those tanks are over 20 years old. When they fail, the milk spoils. We propose one 60,000-gallon chilled tank at the Millbrook collection yard, with trucks picking up from each parlor twice a day. Members save three hundred and ten thousand dollars a year on repairs, power and lost milk. I'm asking the board to approve 1.4 million dollars from the member reserve fund at the May 14 meeting.",
    ),
    expect: [],
    nearMiss: ['pitch-missing-metric'],
    note: '"three hundred and ten thousand dollars" = $310K.',
  },
  {
    id: 'h3-p-nometricsaid-near-hundreds',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: say(
      vets,
      "Across our 14 practices, vets spend a big part of every week giving routine vaccinations, and clients tell us they wait too long to see a vet for anything non-urgent. We plan to train 20 registered nurses to run vaccine clinics on Tuesday and Thursday evenings, with a vet on call in each practice. That gives our vets fourteen hundred hours a year back for consults and surgery. I'm asking you to fund 48,000 pounds for the nurse training and to put the clinical director in charge of the rollout.",
    ),
    expect: [],
    nearMiss: ['pitch-missing-metric'],
    note: '"fourteen hundred hours" = 1,400 hours.',
  },
  {
    id: 'h3-p-nometricsaid-near-fifty-percent',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: say(
      housing,
      'Hundreds of our homes have an open damp or mould report, and some of those reports are over a year old. Disrepair claims cost us 740,000 pounds last year in legal fees and settlements. We want two extra surveyor teams to inspect every open case within six weeks, then fit extractor fans and treat walls in the worst 600 homes first. That cuts disrepair claims by 50 percent. I need you to release 2.1 million pounds from the major repairs reserve by 15 October.',
    ),
    expect: [],
    nearMiss: ['pitch-missing-metric'],
    note: '"50 percent" is the slide\'s "fall by half".',
  },
  {
    id: 'h3-p-nometricsaid-near-after-only',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: say(
      permits,
      "Building permits in our city crawl from desk to desk on paper, and we pay a lot every year to keep the 1998 permit system alive. We plan to move permits onto the state's shared licensing platform in two phases, and train 45 front-desk and inspection staff before each phase goes live. By July 2026 a builder gets a permit in nine days. I'm asking the council to approve 1.3 million dollars from the technology fund at its February 24 session.",
    ),
    expect: [],
    nearMiss: ['pitch-missing-metric'],
    note: 'Only the after value (nine days) of "from 23 days to 9": that carries an outcome number.',
  },
  {
    id: 'h3-p-nometricsaid-near-point-eight',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: say(
      cinema,
      "Since 2023 weekday attendance at our 22 suburban sites has fallen 18 percent. When we asked lapsed customers why, half of them said it's because they can't choose their seats. We want reserved seating and online seat maps at all 22 sites, starting with four pilots in January and finishing the rest by April. The extra visits bring in about one point eight million dollars a year at the concession stand. I need you to approve 640,000 dollars for the software and refits by December 5.",
    ),
    expect: [],
    nearMiss: ['pitch-missing-metric'],
  },
];

// --- pitch-missing-ask -----------------------------------------------------------------------------
const MISSING_ASK: PitchCase[] = [
  {
    id: 'h3-p-noask-baggage',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: swap(baggage, [
      [
        "I'm asking you to approve 620,000 pounds from the capital budget by 30 September so the contractor can start in November.",
        'The whole job costs 620,000 pounds, and the contractor can start in November.',
      ],
    ]),
    expect: ['pitch-missing-ask'],
    note: 'States the cost but never asks for it.',
  },
  {
    id: 'h3-p-noask-fire',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: swap(fire, [
      [
        'I need the fire authority to agree the Station 9 trial at its meeting on 12 March.',
        'The fire authority meets on 12 March.',
      ],
    ]),
    expect: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-credit-union',
    industry: 'finance',
    spelling: 'en-US',
    pitch: swap(creditUnion, [
      [
        "I'm asking the board to approve the product and a 250,000 dollar lending limit on June 9.",
        'The product and a 250,000 dollar lending limit go to the board on June 9.',
      ],
    ]),
    expect: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-language',
    industry: 'education',
    spelling: 'en-GB',
    pitch: swap(language, [
      [
        'Please approve 38,000 pounds for the video platform and assign Priya Shah as programme lead.',
        'The video platform costs 38,000 pounds, and Priya Shah has agreed to lead it.',
      ],
    ]),
    expect: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-ferry',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: swap(ferry, [
      [
        "I'm asking you to approve 275,000 pounds for the cameras and app changes by 28 November.",
        'Cameras and app changes come to 275,000 pounds, and the supplier can install them over the winter.',
      ],
    ]),
    expect: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-trials',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: swap(trials, [
      [
        'I need you to approve 210,000 dollars for the platform and the two nurse posts by March 31.',
        'The platform and the two nurse posts come to 210,000 dollars, and recruiting starts in April.',
      ],
    ]),
    expect: ['pitch-missing-ask'],
  },
];

const MISSING_ASK_NEAR: PitchCase[] = [
  {
    id: 'h3-p-noask-near-what-i-need',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: swap(fire, [
      [
        'I need the fire authority to agree the Station 9 trial at its meeting on 12 March.',
        'What I need from the fire authority on 12 March is a yes to the Station 9 trial.',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-near-question',
    industry: 'finance',
    spelling: 'en-US',
    pitch: swap(creditUnion, [
      [
        "I'm asking the board to approve the product and a 250,000 dollar lending limit on June 9.",
        'Will you back the product and a 250,000 dollar lending limit at the June 9 board?',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-near-decision',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: swap(steel, [
      [
        "I'm asking the board to approve 14.5 million dollars in capital on September 18.",
        'We need a decision on the 14.5 million dollars at the September 18 board.',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-near-go-ahead',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: swap(ferry, [
      [
        "I'm asking you to approve 275,000 pounds for the cameras and app changes by 28 November.",
        'Give us the go-ahead on 275,000 pounds by 28 November, and the cameras go in over the winter.',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-near-imperative',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: swap(courier, [
      [
        'I need your approval for a 96,000 dollar bike lease and six new riders before October 1.',
        'Sign off the 96,000 dollar lease and six riders before October 1, and we start the week after.',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h3-p-noask-near-your-approval',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: swap(housing, [
      [
        'I need you to release 2.1 million pounds from the major repairs reserve by 15 October.',
        'Your approval to release 2.1 million pounds from the major repairs reserve by 15 October gets the surveyors out within a fortnight.',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-missing-ask'],
  },
];

// --- pitch-contradicts-slide -----------------------------------------------------------------------
const CONTRADICTS: PitchCase[] = [
  {
    id: 'h3-p-contra-ask-amount',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: swap(baggage, [['approve 620,000 pounds', 'approve 720,000 pounds']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Ask amount: slide £620,000, pitch 720,000 pounds.',
  },
  {
    id: 'h3-p-contra-percentage',
    industry: 'hospitality',
    spelling: 'en-US',
    pitch: swap(cinema, [['attendance is up 15 percent', 'attendance is up 25 percent']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Percentage: slide 15%, pitch 25 percent.',
  },
  {
    id: 'h3-p-contra-people',
    industry: 'healthcare',
    spelling: 'en-GB',
    pitch: swap(vets, [['train 20 registered nurses', 'train 12 registered nurses']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Count of people: slide 20 nurses, pitch 12.',
  },
  {
    id: 'h3-p-contra-things',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: swap(courier, [['lease 18 electric cargo bikes', 'lease 24 electric cargo bikes']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Count of things: slide 18 bikes, pitch 24.',
  },
  {
    id: 'h3-p-contra-deadline',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: swap(ferry, [['by 28 November', 'by 28 October']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Deadline: slide 28 November, pitch 28 October.',
  },
  {
    id: 'h3-p-contra-duration',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: swap(housing, [['within six weeks', 'within ten weeks']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Duration: slide six weeks, pitch ten weeks.',
  },
  {
    id: 'h3-p-contra-after-value',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: swap(permits, [['turnaround drops to 9 days', 'turnaround drops to 12 days']]),
    expect: ['pitch-contradicts-slide'],
    note: 'After value: slide 23 to 9 days, pitch 12 days.',
  },
  {
    id: 'h3-p-contra-month-vs-year',
    industry: 'energy',
    spelling: 'en-GB',
    pitch: swap(wind, [['85,000 pounds a month', '85,000 pounds a year']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Rate: slide £85,000 a month, pitch 85,000 a year.',
  },
  {
    id: 'h3-p-contra-before-value',
    industry: 'pharma',
    spelling: 'en-US',
    pitch: swap(trials, [['it takes 14 weeks', 'it takes 18 weeks']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Before value: slide 14 weeks (situation, headline and outcome), pitch says 18 today.',
  },
  {
    id: 'h3-p-contra-year-vs-month',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: swap(courier, [['9,000 dollars a month', '9,000 dollars a year']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Rate: slide $9,000 a month of parking tickets, pitch a year.',
  },
  {
    id: 'h3-p-contra-outcome-date',
    industry: 'education',
    spelling: 'en-GB',
    pitch: swap(language, [['by October 2026', 'by October 2027']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Outcome date: slide October 2026, pitch October 2027.',
  },
  {
    id: 'h3-p-contra-situation-percent',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: swap(steel, [['runs at 96 percent', 'runs at 86 percent']]),
    expect: ['pitch-contradicts-slide'],
    note: 'Situation percentage: slide 96%, pitch 86.',
  },
];

const CONTRADICTS_NEAR: PitchCase[] = [
  {
    id: 'h3-p-contra-near-ask-in-words',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: swap(baggage, [
      ['approve 620,000 pounds', 'approve six hundred and twenty thousand pounds'],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
  },
  {
    id: 'h3-p-contra-near-percent-fraction',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: swap(dairy, [
      ['Spoiled milk drops by three quarters', 'Spoiled milk drops by 75 percent'],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: '75 percent = three quarters.',
  },
  {
    id: 'h3-p-contra-near-rounded',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: swap(dairy, [
      ['members save 310,000 dollars a year', 'members save about 300,000 dollars a year'],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: '"about 300,000" rounds $310K (within 10%).',
  },
  {
    id: 'h3-p-contra-near-ratio-percent',
    industry: 'education',
    spelling: 'en-GB',
    pitch: swap(language, [
      ['three in five of the students who leave', '60 percent of the students who leave'],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: '60% = 3 in 5.',
  },
  {
    id: 'h3-p-contra-near-dollars-cents',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: swap(courier, [
      ['costs us 3 dollars 40', 'costs us three dollars forty'],
      ['drops to 2 dollars 10', 'drops to two dollars ten'],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
  },
  {
    id: 'h3-p-contra-near-date-order',
    industry: 'logistics',
    spelling: 'en-GB',
    pitch: swap(ferry, [['by 28 November', 'by the 28th of November']]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
  },
  {
    id: 'h3-p-contra-near-days-for-weeks',
    industry: 'construction',
    spelling: 'en-GB',
    pitch: swap(housing, [['within six weeks', 'within 42 days']]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: '42 days = six weeks.',
  },
  {
    id: 'h3-p-contra-near-charter-total',
    industry: 'energy',
    spelling: 'en-GB',
    pitch: swap(wind, [
      [
        'approve a six-month charter at 85,000 pounds a month',
        'approve the six-month charter, 510,000 pounds in all,',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: "6 x £85,000 = £510,000: the slide's figure as a total.",
  },
  {
    id: 'h3-p-contra-near-monthly-as-yearly',
    industry: 'logistics',
    spelling: 'en-US',
    pitch: swap(courier, [
      [
        'the 9,000 dollars a month we pay in parking tickets',
        'the more than 100,000 dollars a year we pay in parking tickets',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: '$9,000 a month is $108,000 a year: "more than 100,000 a year" agrees.',
  },
  {
    id: 'h3-p-contra-near-fraction-million',
    industry: 'manufacturing',
    spelling: 'en-US',
    pitch: swap(steel, [
      ['approve 14.5 million dollars', 'approve fourteen and a half million dollars'],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
  },
  {
    id: 'h3-p-contra-near-difference',
    industry: 'public-sector',
    spelling: 'en-GB',
    pitch: swap(fire, [
      [
        'that brings the average rural response down from 14 minutes to nine',
        'that takes five minutes off the average rural response',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: '14 to nine is five minutes off: the same change stated as a difference.',
  },
  {
    id: 'h3-p-contra-near-weeks-for-days',
    industry: 'public-sector',
    spelling: 'en-US',
    pitch: swap(permits, [['takes 23 days on average', 'takes more than three weeks on average']]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: '23 days is "more than three weeks".',
  },
  {
    id: 'h3-p-contra-near-four-in-five',
    industry: 'telecom',
    spelling: 'en-US',
    pitch: swap(towers, [
      [
        'storm outages longer than an hour fall by 80 percent',
        'four in five storm outages longer than an hour go away',
      ],
    ]),
    expect: [],
    nearMiss: ['pitch-contradicts-slide'],
    note: 'Four in five = 80%.',
  },
];

export const ROUND_4_PITCHES: PitchCase[] = [
  ...CLEAN,
  ...REQUIRED,
  ...REQUIRED_NEAR,
  ...OVERFLOW,
  ...OVERFLOW_NEAR,
  ...TOO_MANY,
  ...TOO_MANY_NEAR,
  ...NO_METRIC,
  ...NO_METRIC_NEAR,
  ...NO_TIMEFRAME,
  ...NO_TIMEFRAME_NEAR,
  ...NO_SIT_NUMBER,
  ...NO_SIT_NUMBER_NEAR,
  ...TOO_LONG,
  ...TOO_LONG_NEAR,
  ...TOO_SHORT,
  ...TOO_SHORT_NEAR,
  ...MISSING_METRIC,
  ...MISSING_METRIC_NEAR,
  ...MISSING_ASK,
  ...MISSING_ASK_NEAR,
  ...CONTRADICTS,
  ...CONTRADICTS_NEAR,
];

// ---------------------------------------------------------------------------------------------
// Sentence cases
// ---------------------------------------------------------------------------------------------

export const ROUND_4_SENTENCES: SentenceCase[] = [
  // --- headline-length: fire ---
  {
    id: 'h3-s-hlen-01',
    industry: 'insurance',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Claims fell 30%',
    expect: ['headline-length'],
    note: '3 words; a claim.',
  },
  {
    id: 'h3-s-hlen-02',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Waits halved',
    expect: ['headline-length'],
    note: '2 words.',
  },
  {
    id: 'h3-s-hlen-03',
    industry: 'insurance',
    spelling: 'en-US',
    field: 'headline',
    text: 'Premiums up 8%',
    expect: ['headline-length'],
    note: '3 words.',
  },
  {
    id: 'h3-s-hlen-04',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Donors up 12%',
    expect: ['headline-length'],
    note: '3 words.',
  },
  {
    id: 'h3-s-hlen-05',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Moving the Saturday matinee to a 2.30pm start and cutting prices for under-25s will sell an extra 4,000 seats across the spring season',
    expect: ['headline-length'],
    note: '23 words.',
  },
  {
    id: 'h3-s-hlen-06',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Our new baggage hall rota, which the union signed last week, will cut overtime by £210,000 this year',
    expect: ['headline-length'],
    note: '18 words.',
  },
  {
    id: 'h3-s-hlen-07',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'headline',
    text: 'We will move every one of the 3,400 tenants on old gas boilers to heat pumps by the winter of 2027',
    expect: ['headline-length'],
    note: '21 words.',
  },
  {
    id: 'h3-s-hlen-08',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'headline',
    text: 'The two new triage nurses at the Exeter clinic will see 30 more patients every day',
    expect: ['headline-length'],
    note: '16 words: one over.',
  },
  {
    id: 'h3-s-hlen-09',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Switching both ferry engines to biofuel from next March cuts our carbon by a quarter and our fuel bill by €1.1M',
    expect: ['headline-length'],
    note: '21 words.',
  },
  // --- headline-length: near misses ---
  {
    id: 'h3-s-hlen-near-01',
    industry: 'insurance',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Refunds fell by 30%',
    expect: [],
    nearMiss: ['headline-length'],
    note: '4 words.',
  },
  {
    id: 'h3-s-hlen-near-02',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Waits halved at Exeter',
    expect: [],
    nearMiss: ['headline-length'],
    note: '4 words.',
  },
  {
    id: 'h3-s-hlen-near-03',
    industry: 'finance',
    spelling: 'en-US',
    field: 'headline',
    text: '$1.2M saved in Q3',
    expect: [],
    nearMiss: ['headline-length', 'passive-voice'],
    note: '4 words ("$1.2M" and "Q3" are one word each). No be/get: not passive.',
  },
  {
    id: 'h3-s-hlen-near-04',
    industry: 'insurance',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Low-complexity claims now settle in two days, down from nine, since the triage desk opened',
    expect: [],
    nearMiss: ['headline-length'],
    note: '15 words ("Low-complexity" is one).',
  },
  {
    id: 'h3-s-hlen-near-05',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Moving dry-dock work to February will keep both ferries sailing through the whole summer timetable',
    expect: [],
    nearMiss: ['headline-length'],
    note: '15 words.',
  },
  {
    id: 'h3-s-hlen-near-06',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'headline',
    text: 'Cinema bar takings rose $2.4M year-on-year after we added hot food to all 31 sites',
    expect: [],
    nearMiss: ['headline-length'],
    note: '15 words ("$2.4M" and "year-on-year" one each).',
  },
  {
    id: 'h3-s-hlen-near-07',
    industry: 'education',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Turnover halved since April',
    expect: [],
    nearMiss: ['headline-length'],
    note: '4 words.',
  },
  {
    id: 'h3-s-hlen-near-08',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Our vets will see nine in ten urgent cases within the hour from next month',
    expect: [],
    nearMiss: ['headline-length'],
    note: '15 words.',
  },

  // --- headline-not-claim: fire ---
  {
    id: 'h3-s-claim-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Fleet electrification programme: phase two',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-02',
    industry: 'telecom',
    spelling: 'en-US',
    field: 'headline',
    text: 'Q2 customer service review',
    expect: ['headline-not-claim'],
    note: '4 words.',
  },
  {
    id: 'h3-s-claim-03',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Options for the Leeds depot',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-04',
    industry: 'finance',
    spelling: 'en-US',
    field: 'headline',
    text: 'Why do new members leave in their first year?',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-05',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Baggage hall automation: where we are',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-06',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Update on the Holyhead check-in project',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-07',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Should we close the Tuesday evening vet clinic?',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-08',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Next steps for the Lyceum roof repairs',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-09',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Dogger East maintenance contract: status and risks',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-10',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'headline',
    text: 'Cost pressures in the clinical trials unit',
    expect: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-11',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Matinee pricing: what we found',
    expect: ['headline-not-claim'],
    note: 'Promises findings, states none.',
  },
  {
    id: 'h3-s-claim-12',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Fleet electrification programme',
    expect: ['headline-not-claim', 'headline-length'],
    note: 'A topic label, and only 3 words.',
  },
  // --- headline-not-claim: near misses ---
  {
    id: 'h3-s-claim-near-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Missed transfer bags down 40% since March',
    expect: [],
    nearMiss: ['headline-not-claim'],
    note: 'Noun phrase with a number and a direction: a result.',
  },
  {
    id: 'h3-s-claim-near-02',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Approve the pilot and we halve matinee no-shows by June',
    expect: [],
    nearMiss: ['headline-not-claim'],
    note: 'Imperative with a result.',
  },
  {
    id: 'h3-s-claim-near-03',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'headline',
    text: 'Dairy cooperative update: spoiled milk down three quarters',
    expect: [],
    nearMiss: ['headline-not-claim'],
    note: 'Label before the colon, claim after it.',
  },
  {
    id: 'h3-s-claim-near-04',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Fleet electrification: diesel costs fall £1.3M by 2027',
    expect: [],
    nearMiss: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-near-05',
    industry: 'telecom',
    spelling: 'en-US',
    field: 'headline',
    text: 'Q2 review: complaints fell by a third',
    expect: [],
    nearMiss: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-near-06',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Leeds depot options: Kirkstall wins on cost by £600K',
    expect: [],
    nearMiss: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-near-07',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'headline',
    text: 'Where we are: permits in 9 days, down from 23',
    expect: [],
    nearMiss: ['headline-not-claim'],
    note: '"Where we are" shape, but it states the result.',
  },
  {
    id: 'h3-s-claim-near-08',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'A third fewer late sailings since online check-in',
    expect: [],
    nearMiss: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-near-09',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'headline',
    text: 'Scrap the 1998 permit system and save $400K a year',
    expect: [],
    nearMiss: ['headline-not-claim'],
  },
  {
    id: 'h3-s-claim-near-10',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Fewer empty seats, fuller matinees: 6,000 extra tickets this spring',
    expect: [],
    nearMiss: ['headline-not-claim'],
  },

  // --- bullet-too-long: fire ---
  {
    id: 'h3-s-blong-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We lose about 25 minutes of belt time every time Belt 4 jams, and last month it jammed 38 times across the two shifts.',
    expect: ['bullet-too-long'],
    note: '24 words.',
  },
  {
    id: 'h3-s-blong-02',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Tenants in the Moorside flats have reported damp in the same rooms three winters in a row, and two families have now asked to move out.',
    expect: ['bullet-too-long'],
    note: '26 words.',
  },
  {
    id: 'h3-s-blong-03',
    industry: 'logistics',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Our drivers spend the first forty minutes of every downtown shift looking for somewhere to stop, and the tickets they pick up come out of our margin.',
    expect: ['bullet-too-long'],
    note: '27 words.',
  },
  {
    id: 'h3-s-blong-04',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Last winter the crew transfer vessel stayed in port on 33 days, which left technicians waiting at Grimsby while faults on the far string went unfixed.',
    expect: ['bullet-too-long'],
    note: '26 words.',
  },
  {
    id: 'h3-s-blong-05',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'If a patient lives more than an hour from the site, the odds that they turn up to the consent visit drop to about one in two.',
    expect: ['bullet-too-long'],
    note: '27 words.',
  },
  {
    id: 'h3-s-blong-06',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Matinee audiences are mostly retired people and school groups, and both of them tell us the £32 flat price is the main thing that keeps them away.',
    expect: ['bullet-too-long'],
    note: '27 words.',
  },
  {
    id: 'h3-s-blong-07',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Members who take a payday loan once usually take another within three months, and by the third loan most of them fall behind on ours too.',
    expect: ['bullet-too-long'],
    note: '26 words.',
  },
  {
    id: 'h3-s-blong-08',
    industry: 'education',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We ask every new student for their level, their goals and their timetable, then place them in a class within two days of their first email.',
    expect: ['bullet-too-long'],
    note: '26 words.',
  },
  // --- bullet-too-long: near misses ---
  {
    id: 'h3-s-blong-near-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Belt 4 jammed 38 times last month, and each jam cost about 25 minutes of belt time across both shifts.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '20 words exactly.',
  },
  {
    id: 'h3-s-blong-near-02',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Twice-daily pickups from each parlor mean milk sits in a farm tank for no more than six hours, year-round.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '19 words with hyphenated words as one (21 if split).',
  },
  {
    id: 'h3-s-blong-near-03',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Two research nurses run consent calls five evenings a week for patients who live over 30 miles from us.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '19 words.',
  },
  {
    id: 'h3-s-blong-near-04',
    industry: 'logistics',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Our $1.2M year-one budget covers 18 e-cargo bikes, a micro-hub on 4th Street and six part-time riders for evenings.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '19 words with "$1.2M" and hyphenated words as one each.',
  },
  {
    id: 'h3-s-blong-near-05',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Crews at Station 9 answered 1,140 calls last year, 412 of them farm fires, road crashes or flooding near Exford.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '20 words.',
  },
  {
    id: 'h3-s-blong-near-06',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Reserved seating at four pilot sites lifted weekday admissions 11% in six weeks, with no drop in weekend trade.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '19 words.',
  },
  {
    id: 'h3-s-blong-near-07',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We repaired 212 of the 612 damp cases by the end of June, two weeks ahead of our plan.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '19 words.',
  },
  {
    id: 'h3-s-blong-near-08',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Check-in booths at Holyhead handle 1,900 cars on a peak Saturday, and eight in ten of those drivers booked online.',
    expect: [],
    nearMiss: ['bullet-too-long'],
    note: '20 words ("Check-in" one).',
  },

  // --- vague-ask: fire ---
  {
    id: 'h3-s-ask-01',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'ask',
    text: "We need the board's support for the Station 9 trial.",
    expect: ['vague-ask'],
    note: 'No request verb from the list, no amount, owner or date.',
  },
  {
    id: 'h3-s-ask-02',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Approve the damp programme.',
    expect: ['vague-ask'],
    note: 'Verb, but no amount, owner or date.',
  },
  {
    id: 'h3-s-ask-03',
    industry: 'finance',
    spelling: 'en-US',
    field: 'ask',
    text: 'Please back us on this.',
    expect: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-04',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'ask',
    text: 'Any help with funding for the new shredder line would make a big difference.',
    expect: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-05',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'ask',
    text: 'Agree in principle to explore reserved seating.',
    expect: ['vague-ask'],
    note: 'Verb, nothing concrete.',
  },
  {
    id: 'h3-s-ask-06',
    industry: 'logistics',
    spelling: 'en-US',
    field: 'ask',
    text: '$96,000 for cargo bikes.',
    expect: ['vague-ask'],
    note: 'Amount but no request verb.',
  },
  {
    id: 'h3-s-ask-07',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'ask',
    text: 'Let us know your thoughts on the consent platform.',
    expect: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-08',
    industry: 'education',
    spelling: 'en-GB',
    field: 'ask',
    text: "Support the school's move online when the time is right.",
    expect: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-09',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'ask',
    text: 'The Holyhead project needs a decision soon.',
    expect: ['vague-ask'],
    note: '"soon" is not a date; no request verb addressed to anyone.',
  },
  // --- vague-ask: near misses ---
  {
    id: 'h3-s-ask-near-01',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Fund two extra surveyor teams until March.',
    expect: [],
    nearMiss: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-near-02',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Decide at the 12 March authority meeting whether Station 9 goes first.',
    expect: [],
    nearMiss: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-near-03',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Sign off £85K a month for a six-month charter.',
    expect: [],
    nearMiss: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-near-04',
    industry: 'logistics',
    spelling: 'en-US',
    field: 'ask',
    text: 'Hire six riders by October 1.',
    expect: [],
    nearMiss: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-near-05',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Choose between Kirkstall and Morley by Friday 14 June.',
    expect: [],
    nearMiss: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-near-06',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Release the clinical director for two days a week to lead the rollout.',
    expect: [],
    nearMiss: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-near-07',
    industry: 'software',
    spelling: 'en-US',
    field: 'ask',
    text: 'Back the pilot with $40,000 and one data analyst.',
    expect: [],
    nearMiss: ['vague-ask'],
  },
  {
    id: 'h3-s-ask-near-08',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Commit the ops team to the new rota from May.',
    expect: [],
    nearMiss: ['vague-ask', 'hedging'],
    note: '"May" is the month.',
  },
  {
    id: 'h3-s-ask-near-09',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'ask',
    text: 'We need your support going forward.',
    expect: ['vague-ask'],
    nearMiss: ['jargon'],
    note: 'Vague ask; "going forward" at the end of a plain request is not jargon (per the guide).',
  },

  // --- passive-voice: fire ---
  {
    id: 'h3-s-pass-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'The Belt 4 merge unit was replaced over two nights in November.',
    expect: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-02',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Permit applications will be moved onto the state platform in two phases.',
    expect: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-03',
    industry: 'logistics',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Three drivers got reassigned to the suburban routes last week.',
    expect: ['passive-voice'],
    note: 'get-passive.',
  },
  {
    id: 'h3-s-pass-04',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Every damp case has been inspected by our surveyors since June.',
    expect: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-05',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Matinee prices are reviewed by the box office every morning.',
    expect: ['passive-voice'],
    note: 'Simple present, but it names its agent with "by".',
  },
  {
    id: 'h3-s-pass-06',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: 'New members are being signed up through the app this month.',
    expect: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-07',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Consent forms must be signed before the first dose.',
    expect: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-08',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'headline',
    text: 'The Grimsby charter will be extended to April',
    expect: ['passive-voice'],
    note: '8-word claim headline in the passive.',
  },
  {
    id: 'h3-s-pass-09',
    industry: 'education',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Our teaching fees got cut by a fifth after the review.',
    expect: ['passive-voice'],
    note: 'get-passive; "by a fifth" is an amount.',
  },
  {
    id: 'h3-s-pass-10',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Last summer three sailings a week were cancelled because of the queues.',
    expect: ['passive-voice'],
  },
  // --- passive-voice: near misses ---
  {
    id: 'h3-s-pass-near-01',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'One in eight vet appointments is missed.',
    expect: [],
    nearMiss: ['passive-voice'],
    note: 'Simple present state without agent: not flagged per the guide.',
  },
  {
    id: 'h3-s-pass-near-02',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We are based in Grimsby, two hours from the far string.',
    expect: [],
    nearMiss: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-near-03',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Our nurses are qualified to give all core vaccines.',
    expect: [],
    nearMiss: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-near-04',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Both shredder lines are closed on Sundays.',
    expect: [],
    nearMiss: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-near-05',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Damp inspections finished by 30 June, two weeks early.',
    expect: [],
    nearMiss: ['passive-voice'],
    note: '"finished" is the active verb; "by" + date.',
  },
  {
    id: 'h3-s-pass-near-06',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Overtime fell by 20% once the new rota started.',
    expect: [],
    nearMiss: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-near-07',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We have delayed the Morley refit to free up the surveyors.',
    expect: [],
    nearMiss: ['passive-voice'],
  },
  {
    id: 'h3-s-pass-near-08',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'If consent is automated by May, sites enroll faster.',
    expect: [],
    nearMiss: ['passive-voice', 'hedging'],
    note: 'Condition in simple present with "by" + month; "May" is the month.',
  },
  {
    id: 'h3-s-pass-near-09',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Loan requests are scored in real time before an officer sees them.',
    expect: [],
    nearMiss: ['passive-voice'],
    note: 'Simple present without agent, per the guide.',
  },
  {
    id: 'h3-s-pass-near-10',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'At the two smallest stations we sort bags by hand.',
    expect: [],
    nearMiss: ['passive-voice'],
    note: '"by hand" is a means; active verb.',
  },

  // --- hedging: fire ---
  {
    id: 'h3-s-hedge-01',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'I think the second vessel pays for itself by March.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-02',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: 'We may see fewer payday loans once the app decision goes live.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-03',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Waiting times should probably fall by a third.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-04',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We hope to open the Morley hub in the spring.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-05',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Attendance seems to rise at sites with reserved seating.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-06',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'The new rota might cut overtime by £95,000.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-07',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'bullet',
    text: 'We will try to get permits off the old servers by July.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-08',
    industry: 'education',
    spelling: 'en-GB',
    field: 'valueProposition',
    text: 'Perhaps students outside the city would join evening classes online.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-09',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Enrollment time could potentially drop to 8 weeks.',
    expect: ['hedging'],
  },
  {
    id: 'h3-s-hedge-10',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'To some extent the damp comes down to old window seals.',
    expect: ['hedging'],
  },
  // --- hedging: near misses ---
  {
    id: 'h3-s-hedge-near-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We open the Morley hub in May.',
    expect: [],
    nearMiss: ['hedging'],
  },
  {
    id: 'h3-s-hedge-near-02',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Crews worked with all their might through the February floods.',
    expect: [],
    nearMiss: ['hedging'],
  },
  {
    id: 'h3-s-hedge-near-03',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Station 9 is the only possible site for a day crew.',
    expect: [],
    nearMiss: ['hedging'],
  },
  {
    id: 'h3-s-hedge-near-04',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'We tried video consent at two sites last spring.',
    expect: [],
    nearMiss: ['hedging'],
    note: 'A report of what was done, not "try to".',
  },
  {
    id: 'h3-s-hedge-near-05',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Half-price matinees bring in a new kind of audience: families with under-fives.',
    expect: [],
    nearMiss: ['hedging'],
  },
  {
    id: 'h3-s-hedge-near-06',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'The probability of a belt jam doubles when a bag weighs over 32 kg.',
    expect: [],
    nearMiss: ['hedging'],
  },
  {
    id: 'h3-s-hedge-near-07',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Our members are the sort of customer payday lenders target first.',
    expect: [],
    nearMiss: ['hedging'],
  },
  {
    id: 'h3-s-hedge-near-08',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'May and June bring the most farm fires.',
    expect: [],
    nearMiss: ['hedging'],
  },
  {
    id: 'h3-s-hedge-near-09',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We asked 300 tenants what they think of the new fans.',
    expect: [],
    nearMiss: ['hedging'],
    note: '"what they think" is reported opinion, not the writer hedging.',
  },

  // --- jargon: fire ---
  {
    id: 'h3-s-jarg-01',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: 'We will leverage our member data to sell more car loans.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-02',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'valueProposition',
    text: 'Residents get a seamless, end-to-end permit experience.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-03',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Going forward, the box office will set matinee prices.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-04',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'A staffed day crew is a game-changer for rural response times.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-05',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Reserved seating is the low-hanging fruit for weekday attendance.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-06',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We need more bandwidth from the surveyors to clear the backlog.',
    expect: ['jargon'],
    note: '"bandwidth" meaning people\'s time.',
  },
  {
    id: 'h3-s-jarg-07',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'The pilot gave us actionable insights on consent dropout.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-08',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We will utilise spare belt capacity on night shifts.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-09',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'valueProposition',
    text: 'A robust, best-in-class maintenance regime for the whole wind farm.',
    expect: ['jargon'],
  },
  {
    id: 'h3-s-jarg-10',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: "Let's circle back on the Kirkstall site after the survey.",
    expect: ['jargon'],
  },
  // --- jargon: near misses ---
  {
    id: 'h3-s-jarg-near-01',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: "The credit union's leverage ratio stays under 8% after the new loans.",
    expect: [],
    nearMiss: ['jargon'],
  },
  {
    id: 'h3-s-jarg-near-02',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'End-to-end journey time from Holyhead to Dublin stays at 3 hours 15.',
    expect: [],
    nearMiss: ['jargon'],
  },
  {
    id: 'h3-s-jarg-near-03',
    industry: 'software',
    spelling: 'en-US',
    field: 'bullet',
    text: 'We run end-to-end tests of the booking flow before each release.',
    expect: [],
    nearMiss: ['jargon'],
  },
  {
    id: 'h3-s-jarg-near-04',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'bullet',
    text: 'The Gary yard link has network bandwidth of 10 Gbps.',
    expect: [],
    nearMiss: ['jargon'],
  },
  {
    id: 'h3-s-jarg-near-05',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We are going forward with the Kirkstall site.',
    expect: [],
    nearMiss: ['jargon'],
  },
  {
    id: 'h3-s-jarg-near-06',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Each watch manager owns a callout end to end, from the 999 call to stand-down.',
    expect: [],
    nearMiss: ['jargon'],
    note: 'Adverb "end to end", not praise.',
  },
  {
    id: 'h3-s-jarg-near-07',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Leverage on the new shredder loan peaks at 2.9 times earnings in 2027.',
    expect: [],
    nearMiss: ['jargon'],
  },
  {
    id: 'h3-s-jarg-near-08',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Seamless aluminium gutters on all 600 homes stop rain getting into the walls.',
    expect: [],
    nearMiss: ['jargon'],
    note: 'Seamless guttering is a literal product (no joints), not praise.',
  },

  // --- hard-to-read: fire ---
  {
    id: 'h3-s-read-01',
    industry: 'pharma',
    spelling: 'en-GB',
    field: 'valueProposition',
    text: 'Comprehensive digitisation of authorisation workflows substantially diminishes administrative processing obligations for participating investigational institutions and their sponsors.',
    expect: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-02',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'The organisational realignment of maintenance responsibilities necessitates comprehensive renegotiation of subcontractor accountability arrangements across operational territories.',
    expect: ['hard-to-read'],
    note: '16 words, so not bullet-too-long.',
  },
  {
    id: 'h3-s-read-03',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Intensified interdepartmental coordination regarding emergency mobilisation procedures will facilitate considerably improved operational responsiveness throughout predominantly agricultural catchment communities.',
    expect: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-04',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'trace',
    text: 'Strategic rationalization of underperforming exhibition venues, together with differentiated pricing mechanisms, maximizes incremental profitability across the entire portfolio.',
    expect: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-05',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Regulatory documentation requirements necessitate considerable additional administrative resourcing within veterinary practices, particularly regarding controlled pharmaceutical substances.',
    expect: ['hard-to-read'],
    note: '16 words.',
  },
  {
    id: 'h3-s-read-06',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'valueProposition',
    text: 'Consolidating municipal permitting onto interoperable statewide infrastructure eliminates duplicative administrative activity and considerably accelerates authorization determinations for applicants.',
    expect: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-07',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Our prioritisation methodology incorporates probabilistic deterioration modelling, environmental vulnerability indicators and historical remediation effectiveness for individual residential properties.',
    expect: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-08',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Comprehensive electrification of the delivery fleet necessitates substantial infrastructural reinforcement of electrical distribution capacity at operational depots.',
    expect: ['hard-to-read'],
    note: '17 words.',
  },
  // --- hard-to-read: near misses ---
  {
    id: 'h3-s-read-near-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Each bag that misses a connection costs us about £80 in taxis, hotels and calls to the passenger.',
    expect: [],
    nearMiss: ['hard-to-read'],
    note: 'Long-ish but short plain words; 18 words.',
  },
  {
    id: 'h3-s-read-near-02',
    industry: 'manufacturing',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We tested the new pasteurisation controller for a week at Millbrook.',
    expect: [],
    nearMiss: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-near-03',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Immunohistochemistry slides now come back in two days, not five.',
    expect: [],
    nearMiss: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-near-04',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'If the belt stops for more than ten minutes, two of us go down to the hall and sort the bags by hand.',
    expect: [],
    nearMiss: ['hard-to-read'],
    note: 'A long sentence of short words.',
  },
  {
    id: 'h3-s-read-near-05',
    industry: 'pharma',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Our pharmacovigilance team checks every side-effect report within a day.',
    expect: [],
    nearMiss: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-near-06',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'valueProposition',
    text: 'Tenants get a dry home, a lower heating bill and one number to call if the damp comes back.',
    expect: [],
    nearMiss: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-near-07',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Anticoagulation clinic waits fell from six weeks to two',
    expect: [],
    nearMiss: ['hard-to-read'],
  },
  {
    id: 'h3-s-read-near-08',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'trace',
    text: 'Electrification of the 40 vans starts at the Dock Road depot in June.',
    expect: [],
    nearMiss: ['hard-to-read'],
  },

  // --- filler-words: fire (pitch field) ---
  {
    id: 'h3-s-fill-01',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'So, we lose one bag in 60 at Terminal 2.',
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-02',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Basically, the belt jams nine times a week.',
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-03',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'We need, um, 620,000 pounds to fix it by November.',
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-04',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'pitch',
    text: 'And to be honest, the old tanks are past saving.',
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-05',
    industry: 'logistics',
    spelling: 'en-US',
    field: 'pitch',
    text: 'Our vans literally sit still for a third of every shift.',
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-06',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: "It's, like, 48 minutes in the queue on a Saturday.",
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-07',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: "Okay, here's the ask: approve 275,000 pounds by 28 November.",
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-08',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'You know, most of these drivers already booked online.',
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-09',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'pitch',
    text: 'The permit system is actually older than some of our staff.',
    expect: ['filler-words'],
  },
  {
    id: 'h3-s-fill-10',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Well, the short version is that matinees lose money.',
    expect: ['filler-words'],
  },
  // --- filler-words: near misses ---
  {
    id: 'h3-s-fill-near-01',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'pitch',
    text: 'I mean to have the second line running by the third quarter.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-02',
    industry: 'finance',
    spelling: 'en-US',
    field: 'pitch',
    text: 'Members like the app, and most use it every week.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-03',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'pitch',
    text: 'Actual spend on tank repairs was $210,000 last year.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-04',
    industry: 'public-sector',
    spelling: 'en-US',
    field: 'pitch',
    text: 'A total of 45 staff train before each phase goes live.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-05',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'We moved the scanner so that staff catch bags before the carousel.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-06',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'The right-hand lane at the gate becomes the fast lane.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-07',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'pitch',
    text: 'Well water on the Millbrook farms is their biggest cleaning cost.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-08',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'So far, we have cleared 212 of the 612 damp cases.',
    expect: [],
    nearMiss: ['filler-words'],
    note: '"So far" is an adverb phrase; "So" is not followed by a comma.',
  },
  {
    id: 'h3-s-fill-near-09',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Right now one in 60 bags misses its connection.',
    expect: [],
    nearMiss: ['filler-words'],
  },
  {
    id: 'h3-s-fill-near-10',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'pitch',
    text: 'Honest feedback from 300 lapsed customers pointed to seat choice.',
    expect: [],
    nearMiss: ['filler-words'],
  },

  // --- acronyms: fire ---
  {
    id: 'h3-s-acro-01',
    industry: 'finance',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Automate KYC, AML and CDD checks for new members by June.',
    expect: ['acronyms'],
  },
  {
    id: 'h3-s-acro-02',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'CTV, SOV and ROV crews each need a separate HSE permit.',
    expect: ['acronyms'],
  },
  {
    id: 'h3-s-acro-03',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Move all SAE reports from the CRF into the EDC by Q2.',
    expect: ['acronyms'],
    note: 'Q2 is exempt; SAE, CRF, EDC are three.',
  },
  {
    id: 'h3-s-acro-04',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'When the BRS goes down, the BHS and the DCS stop talking to each other.',
    expect: ['acronyms'],
  },
  {
    id: 'h3-s-acro-05',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'The CAD, MDT and AVLS upgrade cuts mobilisation time by 40 seconds.',
    expect: ['acronyms'],
  },
  {
    id: 'h3-s-acro-06',
    industry: 'software',
    spelling: 'en-US',
    field: 'ask',
    text: 'Approve new SLA terms for the LAN and WAN contracts by March 1.',
    expect: ['acronyms'],
    note: 'Concrete ask; three unexplained acronyms.',
  },
  {
    id: 'h3-s-acro-07',
    industry: 'education',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'All ESOL, IELTS and CELTA courses move online from April.',
    expect: ['acronyms'],
  },
  {
    id: 'h3-s-acro-08',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'valueProposition',
    text: 'Better EPC, SAP and HHSRS scores across all 600 homes.',
    expect: ['acronyms'],
  },
  {
    id: 'h3-s-acro-09',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'trace',
    text: 'Hit the OEE, MTBF and MTTR targets on the Gary line by Q4.',
    expect: ['acronyms'],
  },
  // --- acronyms: near misses ---
  {
    id: 'h3-s-acro-near-01',
    industry: 'finance',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Know Your Customer (KYC), AML and PEP checks now run overnight.',
    expect: [],
    nearMiss: ['acronyms'],
    note: 'KYC spelled out; only two unexplained.',
  },
  {
    id: 'h3-s-acro-near-02',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'bullet',
    text: 'The CEO and CFO want the ROI case for the new line by Q3.',
    expect: [],
    nearMiss: ['acronyms'],
  },
  {
    id: 'h3-s-acro-near-03',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Our crew transfer vessels (CTVs) and the SOV share one HSE permit.',
    expect: [],
    nearMiss: ['acronyms'],
    note: 'CTV spelled out; SOV and HSE are two.',
  },
  {
    id: 'h3-s-acro-near-04',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'HR and IT both sign off the new nurse rota by 1 March.',
    expect: [],
    nearMiss: ['acronyms'],
  },
  {
    id: 'h3-s-acro-near-05',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'We run SAE and CRF checks every Friday.',
    expect: [],
    nearMiss: ['acronyms'],
    note: 'Two acronyms.',
  },
  {
    id: 'h3-s-acro-near-06',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Our FY26 KPI is 97% availability across 480 MW of turbines.',
    expect: [],
    nearMiss: ['acronyms'],
  },
  {
    id: 'h3-s-acro-near-07',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'We will NOT close the Tuesday clinic, and we will NOT cut NURSE hours.',
    expect: [],
    nearMiss: ['acronyms'],
    note: 'Capitals for emphasis are not acronyms.',
  },
  {
    id: 'h3-s-acro-near-08',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Heat pumps for 600 homes cost £4.2M including VAT and add about 3 MW of grid load.',
    expect: [],
    nearMiss: ['acronyms'],
  },
  {
    id: 'h3-s-acro-near-09',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'The electronic data capture (EDC) system flags SAE and CRF gaps overnight.',
    expect: [],
    nearMiss: ['acronyms'],
    note: 'EDC spelled out; two unexplained.',
  },

  // --- clean sentences ---
  {
    id: 'h3-s-clean-01',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'headline',
    text: 'A second shredder line pays for itself in under four years',
    expect: [],
  },
  {
    id: 'h3-s-clean-02',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Belt 4 jams about nine times a week.',
    expect: [],
  },
  {
    id: 'h3-s-clean-03',
    industry: 'utilities',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Approve £290,000 for leak loggers by 31 October.',
    expect: [],
  },
  {
    id: 'h3-s-clean-04',
    industry: 'finance',
    spelling: 'en-US',
    field: 'valueProposition',
    text: 'Members get a small loan the same day, at a fair rate, from people they know.',
    expect: [],
  },
  {
    id: 'h3-s-clean-05',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'trace',
    text: 'Cut rural response times to the 10-minute standard.',
    expect: [],
  },
  {
    id: 'h3-s-clean-06',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'From March our vets get 1,400 hours a year back for surgery.',
    expect: [],
  },
  {
    id: 'h3-s-clean-07',
    industry: 'healthcare',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Nurse-led clinics cut vet waits from nine days to five',
    expect: [],
  },
  {
    id: 'h3-s-clean-08',
    industry: 'pharma',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Video consent goes live at three sites in April.',
    expect: [],
  },
  {
    id: 'h3-s-clean-09',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Assign two surveyors from the Leeds office to Moorside for six weeks.',
    expect: [],
  },
  {
    id: 'h3-s-clean-10',
    industry: 'education',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Adult enrolments fell from 1,150 to 820 in two years.',
    expect: [],
  },
  {
    id: 'h3-s-clean-11',
    industry: 'hospitality',
    spelling: 'en-US',
    field: 'pitch',
    text: "I'm asking you to approve 640,000 dollars by December 5.",
    expect: [],
  },
  {
    id: 'h3-s-clean-12',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'valueProposition',
    text: 'Drivers who booked online drive straight to the fast lane.',
    expect: [],
  },
  {
    id: 'h3-s-clean-13',
    industry: 'construction',
    spelling: 'en-GB',
    field: 'headline',
    text: "Heat pumps in 600 homes will halve tenants' winter bills",
    expect: [],
  },
  {
    id: 'h3-s-clean-14',
    industry: 'manufacturing',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Each hour of shredder downtime costs us $6,500 in lost output.',
    expect: [],
  },
  {
    id: 'h3-s-clean-15',
    industry: 'hospitality',
    spelling: 'en-GB',
    field: 'trace',
    text: 'Then matinee sales rise from 9,200 to 15,200 tickets.',
    expect: [],
  },
  {
    id: 'h3-s-clean-16',
    industry: 'energy',
    spelling: 'en-GB',
    field: 'ask',
    text: 'Decide by 30 June whether Hull or Grimsby holds the spare-parts store.',
    expect: [],
  },
  {
    id: 'h3-s-clean-17',
    industry: 'manufacturing',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Our Rotterdam buyers now pay €410 a tonne for shredded scrap, up from €360 in March.',
    expect: [],
  },
  {
    id: 'h3-s-clean-18',
    industry: 'public-sector',
    spelling: 'en-GB',
    field: 'pitch',
    text: 'Our crews reach most village calls in 14 minutes, and the standard is 10.',
    expect: [],
  },
  {
    id: 'h3-s-clean-19',
    industry: 'logistics',
    spelling: 'en-GB',
    field: 'headline',
    text: 'Online check-in halved Saturday queues at Holyhead in August',
    expect: [],
  },
  {
    id: 'h3-s-clean-20',
    industry: 'telecom',
    spelling: 'en-US',
    field: 'bullet',
    text: 'Storms took 140 rural towers offline for over four hours last year.',
    expect: [],
  },
  {
    id: 'h3-s-clean-21',
    industry: 'insurance',
    spelling: 'en-GB',
    field: 'bullet',
    text: 'Pet claims under £300 now pay out in two days, down from eleven.',
    expect: [],
  },
  {
    id: 'h3-s-clean-22',
    industry: 'retail',
    spelling: 'en-US',
    field: 'ask',
    text: 'Hire three seasonal pickers for the Dayton store by November 1.',
    expect: [],
  },
];
