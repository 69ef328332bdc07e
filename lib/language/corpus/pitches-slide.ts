import type { CorpusPitch, CorpusRuleId, Industry, PitchCase, Spelling } from './types';

/**
 * Whole-pitch cases for the slide rules (required, overflow, too-many-bullets, no-metric,
 * no-timeframe, no-situation-number), written by hand from the labelling guide.
 *
 * Every case starts from one of the clean bases below (a good pitch, `expect: []`) and changes one
 * thing with spread and override. Conventions that keep the labels certain:
 * - each base's spoken pitch carries the number of its FIRST outcome bullet, and names no outcome
 *   date, so an outcome rewrite that keeps (or re-words) that first bullet keeps the pitch consistent;
 * - numbers in rewritten sections keep the values the spoken pitch states, or leave them out;
 * - long bullets are several short sentences of plain words, so they are long but not hard to read.
 */

interface CleanBase {
  industry: Industry;
  spelling: Spelling;
  pitch: CorpusPitch;
}

// ---------------------------------------------------------------------------------------------
// Clean bases
// ---------------------------------------------------------------------------------------------

const CLEAN_BASE_01: CleanBase = {
  industry: 'insurance',
  spelling: 'en-GB',
  pitch: {
    title: 'Motor claims triage',
    audience: 'Claims board',
    headline: 'Automated triage will cut motor claim settlement time by a third',
    situation: [
      'Motor claims take 21 days on average to settle',
      'Handlers spend 40% of their week re-keying data from emails',
      'Complaints about slow payouts doubled in 2024',
    ],
    action: [
      'Send simple claims straight to payment using rules we already trust',
      'Move three handlers from re-keying onto complex claims',
      'Run an eight-week pilot in the Bristol hub',
    ],
    outcome: [
      'Settlement time falls by a third, from 21 to 14 days',
      '£1.1m a year lower handling cost from April 2026',
    ],
    ask: 'Approve £380K and two data engineers for the Bristol pilot by 14 May',
    valueProposition: 'Customers receive their money a week sooner, and handlers stop re-keying.',
    trace: {
      objective: 'Faster, cheaper motor claims',
      initiative: 'Claims automation',
      program: 'Motor claims programme 2026',
      project: 'Bristol triage pilot',
      if: 'simple claims settle in 14 days in Bristol',
      then: 'roll triage out to Leeds and Glasgow',
      else: 'keep manual triage and rewrite the rules with the handlers',
    },
    pitch: {
      text: "Our motor customers wait 21 days for a payout, and complaints about slow payments doubled in 2024. My handlers spend 40% of their week re-keying emails. I want to send simple claims straight to payment, using rules we already trust, and move three handlers onto the complex cases. That cuts settlement time by a third, from 21 days to 14. I'm asking you to approve £380K and two data engineers for an eight-week pilot in Bristol, with your decision by 14 May.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_02: CleanBase = {
  industry: 'finance',
  spelling: 'en-GB',
  pitch: {
    title: 'Invoice matching',
    audience: 'Finance director',
    headline: 'Automatic invoice matching will free six clerks for spend analysis',
    situation: [
      'Our team keys 18,000 supplier invoices a month by hand',
      'One invoice in twelve misses its payment date',
      'Late payments cost £240K a year in lost discounts',
    ],
    action: [
      'Switch on automatic three-way matching in our existing finance system',
      'Keep manual review for invoices over £50K',
      'Retrain six clerks as spend analysts',
    ],
    outcome: [
      'Manual keying drops by 80%, to 3,600 invoices a month',
      'Late payments fall to one in fifty by March 2027',
      'We recover £240K a year in early-payment discounts',
    ],
    ask: 'Approve £95K for the matching module by 30 June',
    valueProposition:
      'Suppliers receive payment on time, and six clerks move from typing to analysis.',
    trace: {
      objective: 'Lower cost of finance operations',
      initiative: 'Purchase-to-pay automation',
      project: 'Three-way matching switch-on',
      if: 'matching clears 80% of invoices by March',
      then: 'extend matching to expense claims',
      else: 'keep manual keying for the rest',
    },
    pitch: {
      text: "My team types in 18,000 supplier invoices a month, and one in twelve misses its payment date. That costs us £240K a year in lost discounts. Our finance system already has automatic matching; we have never switched it on. Turning it on cuts manual keying by 80% and lets six clerks retrain as spend analysts. I'm asking you to approve £95K for the matching module by 30 June.",
      targetSeconds: 45,
    },
  },
};

const CLEAN_BASE_03: CleanBase = {
  industry: 'utilities',
  spelling: 'en-GB',
  pitch: {
    title: 'Sheffield leak sensors',
    audience: 'Executive board',
    headline: 'Acoustic leak sensors will save nine million litres of water a day',
    situation: [
      'We lose 21% of treated water to leaks',
      'Crews find most bursts only after customers ring in',
      'Ofwat fines us £3.2m if leakage stays above target in 2026',
    ],
    action: [
      'Fit 4,000 acoustic sensors on the oldest mains in Sheffield',
      'Send a crew to every sensor alert within 48 hours',
    ],
    outcome: [
      'Leakage falls from 21% to 16%, saving 9 million litres a day',
      "Leakage back under the regulator's target by March 2027",
    ],
    ask: 'Approve £2.4m capital for the Sheffield sensor roll-out at the 3 June board',
    valueProposition: 'We lose less water, dig up fewer roads and avoid a £3.2m fine.',
    trace: {
      objective: 'Meet the 2027 leakage target',
      program: 'Network resilience programme',
      project: 'Sheffield acoustic sensors',
      if: 'leakage in Sheffield falls to 16%',
      then: 'extend the sensors to Rotherham',
      else: 'return the sensors to the supplier under the trial terms',
    },
    pitch: {
      text: "We lose 21% of our treated water before it reaches a tap, and if that doesn't change we face a £3.2m fine in 2026. Today our crews hear about most bursts from customers. I want to fit 4,000 acoustic sensors on the oldest mains in Sheffield and send a crew to every alert within 48 hours. That saves nine million litres a day and brings leakage down to 16%. I need you to approve £2.4m of capital for the roll-out at the 3 June board.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_04: CleanBase = {
  industry: 'energy',
  spelling: 'en-US',
  pitch: {
    title: 'Kern County battery',
    audience: 'Investment committee',
    headline: 'A 20 MW battery will let us sell our solar power at peak prices',
    situation: [
      'Our Kern County solar farm curtails 14% of its output at midday',
      'Evening power prices run three times higher than midday prices',
    ],
    action: [
      'Install a 20 MW, four-hour battery next to the existing substation',
      'Shift the midday surplus into the evening price peak',
    ],
    outcome: [
      'Curtailment drops from 14% to 2% of output',
      '$4.6M extra revenue a year from Q3 2027',
    ],
    ask: 'Approve $31M in capital at the September 12 investment committee',
    valueProposition: 'We earn peak prices for power we now throw away.',
    trace: {
      objective: 'Grow merchant revenue',
      initiative: 'Storage at existing sites',
      project: 'Kern County battery',
      if: 'the battery earns $4.6M in its first year',
      then: 'add storage at our Nevada site',
      else: 'sell the battery capacity under a fixed contract',
    },
    pitch: {
      text: "Our Kern County farm throws away 14% of its solar output at midday, while evening prices run three times higher. A 20 megawatt battery moves that power into the evening peak, cuts curtailment to 2% and earns $4.6M a year. I'm asking you to approve $31M in capital at the September 12 investment committee.",
      targetSeconds: 30,
    },
  },
};

const CLEAN_BASE_05: CleanBase = {
  industry: 'public-sector',
  spelling: 'en-GB',
  pitch: {
    title: 'Online repair booking',
    audience: 'Housing committee',
    headline: 'Booking repairs online will halve missed visits to council homes',
    situation: [
      'Tenants report 62,000 repairs a year, mostly by phone',
      'One visit in five fails because nobody is home',
      'Each failed visit costs us £85 in wasted travel and time',
    ],
    action: [
      'Let tenants pick a two-hour slot online or by text',
      'Send a reminder text the evening before each visit',
    ],
    outcome: [
      'Missed visits halve, from one in five to one in ten',
      'We save £530K a year on wasted visits by April 2027',
    ],
    ask: 'Approve £140K from the housing revenue account and assign two IT staff by 1 July',
    valueProposition: 'Tenants choose the time, and we stop paying for empty journeys.',
    trace: {
      objective: 'A better repairs service for tenants',
      initiative: 'Digital housing services',
      program: 'Customer access programme 2026',
      project: 'Online repair booking',
      if: 'missed visits halve by April 2027',
      then: 'add gas safety checks to the booking tool',
      else: 'go back to phone booking and review the slots',
    },
    pitch: {
      text: "Our tenants report 62,000 repairs a year, and one visit in five fails because nobody is home. Each of those costs us £85. I want tenants to choose a two-hour slot online or by text, with a reminder the evening before. Councils that made this change halved their missed visits. For us that means going from one in five to one in ten. I'm asking you to approve £140K from the housing revenue account and two IT staff by 1 July.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_06: CleanBase = {
  industry: 'healthcare',
  spelling: 'en-GB',
  pitch: {
    title: 'Two-way text reminders',
    audience: 'Trust executive',
    headline: 'Two-way text reminders will recover 4,500 clinic slots a year',
    situation: [
      'One in eight outpatient appointments goes unused because the patient does not attend',
      'That wastes 9,000 clinic slots a year across our three hospitals',
    ],
    action: [
      'Send a text seven days and two days before each appointment',
      'Let patients cancel or rebook by replying to the text',
      'Offer freed slots to the waiting list the same day',
    ],
    outcome: [
      'Unused appointments fall from one in eight to one in sixteen',
      'We see 4,500 more patients a year from October 2026',
    ],
    ask: 'Approve £60K for the text service by 30 April and assign a clinic lead',
    valueProposition: 'We see more patients in the clinics we already run.',
    trace: {
      objective: 'Shorter outpatient waiting lists',
      initiative: 'Outpatient transformation',
      project: 'Two-way text reminders',
      if: 'unused slots halve by October 2026',
      then: 'extend the texts to community clinics',
      else: 'go back to letters and review the wording',
    },
    pitch: {
      text: "One in eight of our outpatient appointments goes unused because the patient doesn't turn up. That's 9,000 clinic slots a year. I want to text every patient seven days and two days before, let them cancel by reply, and offer the slot to someone on the waiting list. That recovers 4,500 appointments a year. I'm asking you to approve £60K for the text service by 30 April and to assign a clinic lead.",
      targetSeconds: 45,
    },
  },
};

const CLEAN_BASE_07: CleanBase = {
  industry: 'pharma',
  spelling: 'en-US',
  pitch: {
    title: 'Phase 3 recruitment recovery',
    audience: 'Portfolio review',
    headline: 'Recruiting through primary care will finish our Phase 3 trial four months sooner',
    situation: [
      'Our asthma trial has enrolled 310 of 900 patients in 11 months',
      'Two in three sites miss their monthly enrollment target',
    ],
    action: [
      'Partner with 40 primary care practices that flag eligible patients',
      'Add two nurse recruiters to our six slowest sites',
    ],
    outcome: [
      'Enrollment rises from 40 to 55 patients a month',
      'We enroll the last patient by June 2026, four months ahead of forecast',
    ],
    ask: 'Approve $1.8M for practice partnerships and two recruiters at the March 4 portfolio review',
    valueProposition: 'Every month we save brings filing, and revenue, a month closer.',
    trace: {
      objective: 'File the asthma drug in 2027',
      program: 'Respiratory portfolio',
      project: 'Phase 3 recruitment recovery',
      if: 'enrollment reaches 55 patients a month by January',
      then: 'close enrollment by June 2026',
      else: 'open extra sites in Canada',
    },
    pitch: {
      text: "Our Phase 3 asthma trial has enrolled 310 of its 900 patients in 11 months, and two in three sites miss their monthly target. Primary care doctors see these patients every day. I want to partner with 40 practices that flag eligible patients to us, and put two nurse recruiters into our six slowest sites. That lifts enrollment to 55 patients a month and finishes recruitment four months early. I'm asking you to approve $1.8M at the March 4 portfolio review.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_08: CleanBase = {
  industry: 'manufacturing',
  spelling: 'en-US',
  pitch: {
    title: 'Line 2 bearing sensors',
    audience: 'Plant leadership',
    headline: 'Vibration sensors on Line 2 will cut unplanned downtime in half',
    situation: [
      'Line 2 lost 410 hours to unplanned stops last year',
      'Each hour of downtime costs us $12,000 in lost output',
      'Most failures start in the main press bearings',
    ],
    action: [
      'Fit vibration sensors to the 16 press bearings on Line 2',
      'Schedule bearing changes from sensor alerts, not the calendar',
    ],
    outcome: [
      'Unplanned downtime falls by half, to about 200 hours a year',
      '$2.4M in recovered output in the first year, starting January 2027',
    ],
    ask: 'Approve $260K for sensors and assign one reliability engineer by November 15',
    valueProposition: 'A $260K spend that pays back in under two months.',
    trace: {
      objective: 'Hit 85% line availability',
      initiative: 'Smart maintenance',
      project: 'Line 2 bearing sensors',
      if: 'Line 2 downtime halves by June 2027',
      then: 'fit sensors to Lines 1 and 3',
    },
    pitch: {
      text: 'Line 2 lost 410 hours to unplanned stops last year, at $12,000 an hour. Most of those stops start in the main press bearings. I want to fit vibration sensors to all 16 bearings and change them when the sensors warn us, not on a calendar. That cuts unplanned downtime in half and recovers $2.4M of output a year. I need you to approve $260K and assign one reliability engineer by November 15.',
      targetSeconds: 45,
    },
  },
};

const CLEAN_BASE_09: CleanBase = {
  industry: 'retail',
  spelling: 'en-US',
  pitch: {
    title: 'Fit finder',
    audience: 'Digital steering group',
    headline: 'Better size guidance will cut apparel returns by a quarter',
    situation: [
      'Customers return 31% of online apparel orders',
      'Two thirds of returns cite the wrong size',
      'Each return costs us $14 to ship and restock',
    ],
    action: [
      "Add a fit finder that uses customers' past purchases",
      "Show a 'runs small' note on items with high size returns",
    ],
    outcome: [
      'Apparel returns fall by a quarter, from 31% to 23%',
      '$5.2M lower return costs in fiscal 2027',
    ],
    ask: 'Approve $700K and two front-end engineers for the fit finder by August 1',
    valueProposition: 'Fewer disappointed customers and $5.2M back in margin.',
    trace: {
      objective: 'Raise online margin',
      initiative: 'Returns reduction',
      program: 'Digital 2027 program',
      project: 'Fit finder',
      if: 'returns fall to 23% in the pilot categories',
      then: 'roll the fit finder out to footwear',
      else: 'keep the size notes and drop the fit finder',
    },
    pitch: {
      text: "Customers send back 31% of our online apparel orders, and two thirds of them say the size was wrong. A fit finder that reads their past purchases cuts those returns by a quarter and saves $5.2M a year. I'm asking you to approve $700K and two front-end engineers by August 1.",
      targetSeconds: 30,
    },
  },
};

const CLEAN_BASE_10: CleanBase = {
  industry: 'software',
  spelling: 'en-US',
  pitch: {
    title: 'Guided onboarding',
    audience: 'Leadership team',
    headline: 'Guided onboarding will cut first-year churn from 22% to 15%',
    situation: [
      '22% of new customers cancel within their first year',
      'Half of those never finish setting up their first project',
      'Support spends 30 hours a week on setup questions',
    ],
    action: [
      'Build an in-app setup checklist for the five core tasks',
      'Assign a success manager to every account over $20K a year',
    ],
    outcome: [
      'First-year churn falls from 22% to 15%',
      'We keep $3.1M in annual recurring revenue by the end of 2026',
    ],
    ask: 'Assign two engineers and one designer to onboarding for all of Q2',
    valueProposition:
      'Customers get their first project running in week one, and we keep $3.1M a year.',
    trace: {
      objective: 'Net revenue retention above 110%',
      initiative: 'Activation',
      project: 'Setup checklist',
      if: 'setup completion passes 80% by June',
      then: 'add success managers for mid-size accounts',
      else: 'rebuild the checklist from customer interviews',
    },
    pitch: {
      text: "22% of our new customers cancel in their first year, and half of them never finish setting up their first project. Support spends 30 hours a week answering setup questions. I want to build an in-app checklist for the five tasks that matter and give every account over $20K a success manager. That brings first-year churn down to 15% and keeps $3.1M of recurring revenue. I'm asking you to assign two engineers and one designer to onboarding for all of Q2.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_11: CleanBase = {
  industry: 'telecom',
  spelling: 'en-GB',
  pitch: {
    title: 'Remote line testing',
    audience: 'Operations committee',
    headline: 'Remote line tests will cut repeat engineer visits by 40%',
    situation: [
      '27% of broadband faults need a second engineer visit',
      'Each repeat visit costs £95 and adds four days to the fix',
    ],
    action: [
      'Run a remote line test before every engineer leaves the depot',
      'Show engineers the test result and the fault it points to on their tablet',
    ],
    outcome: [
      'Repeat visits fall by 40%, from 27% to 16% of faults',
      'We save £3.4m a year on visits from the 2026/27 financial year',
    ],
    ask: 'Approve £1.2m for the test platform and assign the field operations lead as owner by 20 March',
    valueProposition: 'Customers wait four fewer days for a fix, and we save £3.4m a year.',
    trace: {
      objective: 'Fix faults first time',
      program: 'Field service programme',
      project: 'Remote line testing',
      if: 'repeat visits fall to 16% in the North West pilot',
      then: 'retire paper job sheets',
      else: 'rewrite the test rules with the engineers',
    },
    pitch: {
      text: "27% of our broadband faults need a second engineer visit. Each one costs £95 and leaves the customer without service for four more days. I want every job to start with a remote line test, so the engineer knows where the fault sits before leaving the depot. That cuts repeat visits by 40% and saves £3.4m a year. I'm asking you to approve £1.2m for the test platform and make the field operations lead its owner, with a decision by 20 March.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_12: CleanBase = {
  industry: 'logistics',
  spelling: 'en-US',
  pitch: {
    title: 'Dynamic routing',
    audience: 'Operating review',
    headline: 'Dynamic routing will save our delivery fleet 1.3 million miles a year',
    situation: [
      'Our 420 vans drive 11.8 million miles a year on fixed routes',
      'Drivers miss one delivery window in ten',
    ],
    action: [
      'Replace fixed routes with new routes we plan each night',
      'Rebuild routes at 10 AM when same-day orders land',
    ],
    outcome: [
      'Fleet mileage falls by 11%, or 1.3 million miles a year',
      'Missed delivery windows fall to one in 25 by Q4 2026',
    ],
    ask: 'Approve $2.1M for the routing software and two analysts at the May 20 operating review',
    valueProposition: 'Fewer miles and fewer late parcels from the same vans.',
    trace: {
      objective: 'Cost per parcel under $1.90',
      initiative: 'Network efficiency',
      project: 'Dynamic routing',
      if: 'the Atlanta depot saves 11% of its miles in the pilot',
      then: 'roll out to all 14 depots',
      else: 'keep fixed routes and tune them every quarter',
    },
    pitch: {
      text: "Our 420 vans drive 11.8 million miles a year on routes we set once and rarely change, and drivers miss one delivery window in ten. I want to plan every route overnight from the next day's orders, then rebuild them at 10 AM when the same-day orders land. That takes 1.3 million miles a year off the fleet and cuts missed windows to one in 25. I'm asking you to approve $2.1M for the routing software and two analysts at the May 20 operating review.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_13: CleanBase = {
  industry: 'construction',
  spelling: 'en-US',
  pitch: {
    title: 'Digital punch lists',
    audience: 'Operations leadership',
    headline: 'Digital punch lists will cut rework on our housing projects by a third',
    situation: [
      'Rework costs us $6.1M a year across 12 multifamily projects',
      'Punch items sit on paper lists for 19 days on average',
    ],
    action: [
      'Give every superintendent a punch list app with photos and due dates',
      'Send each item straight to the subcontractor who owns it',
    ],
    outcome: [
      'Rework cost falls by a third, to about $4.1M a year',
      'Every site closes punch items within five days by September 2026',
    ],
    ask: 'Approve $230K for the app and site training by January 31',
    valueProposition: 'We hand over units on time, and subcontractors fix their own work faster.',
    trace: {
      objective: 'Deliver 1,200 units a year at an 18% margin',
      initiative: 'Build quality',
      project: 'Digital punch lists',
      if: 'rework falls by a third on the three pilot projects',
      then: 'add the app to all 12 projects',
      else: 'keep paper lists and add a weekly punch review',
    },
    pitch: {
      text: "Rework costs us $6.1M a year across our 12 multifamily projects, and punch items sit on paper lists for 19 days on average. I want every superintendent to log items in an app, with a photo and a due date. Each item goes straight to the subcontractor who owns it. That cuts rework by a third, to about $4.1M a year. I'm asking you to approve $230K for the app and site training by January 31.",
      targetSeconds: 45,
    },
  },
};

const CLEAN_BASE_14: CleanBase = {
  industry: 'education',
  spelling: 'en-US',
  pitch: {
    title: 'Algebra tutoring',
    audience: 'School board',
    headline: 'Daily tutoring will lift ninth-grade algebra pass rates to 75%',
    situation: [
      'Only 58% of our ninth graders pass Algebra I',
      'Students who fail it drop out at twice the rate',
    ],
    action: [
      'Run 30-minute tutoring sessions four days a week in school hours',
      'Hire 24 tutors from local colleges at $22 an hour',
    ],
    outcome: [
      'Algebra I pass rate rises from 58% to 75%',
      'The board sees first results in June 2026',
    ],
    ask: 'Approve $640K for 24 tutors by September 5',
    valueProposition: 'More students pass algebra, and fewer drop out later.',
    trace: {
      objective: 'Raise the graduation rate to 90%',
      initiative: 'Ninth-grade success',
      program: 'Academic recovery program',
      project: 'High-dosage algebra tutoring',
      if: 'pass rates reach 75% this school year',
      then: 'extend tutoring to tenth-grade geometry',
      else: 'move the tutors into the lowest-scoring classes only',
    },
    pitch: {
      text: "Only 58% of our ninth graders pass Algebra I, and the ones who fail drop out at twice the rate. I want to hire 24 college students as tutors and run 30-minute sessions four days a week during the school day. Districts that run tutoring this way see big gains, and my target is a pass rate of 75%. I'm asking you to approve $640K for the 24 tutors by September 5, so they start in October.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_15: CleanBase = {
  industry: 'hospitality',
  spelling: 'en-GB',
  pitch: {
    title: 'Smart room controls',
    audience: 'Operating board',
    headline: "Smart room controls will cut our hotels' energy bill by £1.4m",
    situation: [
      'Energy across our 38 hotels cost £6.9m last year',
      'Heating and cooling run in empty rooms for 40% of the day',
    ],
    action: [
      'Link room thermostats to the booking system and key cards',
      'Set empty rooms to 16°C and let guests adjust on arrival',
    ],
    outcome: [
      'Room energy use falls by a fifth, saving £1.4m a year',
      'All 38 hotels run the new controls by November 2026',
    ],
    ask: 'Approve £2.2m capital and assign the estates director as owner by 28 February',
    valueProposition: 'Guests notice nothing, and our energy bill drops by a fifth.',
    trace: {
      objective: 'Lower operating cost per room',
      initiative: 'Net zero by 2035',
      project: 'Smart room controls',
      if: 'the York pilot saves a fifth of room energy',
      then: 'roll out to all 38 hotels',
      else: 'keep the controls in York and stop there',
    },
    pitch: {
      text: "Our 38 hotels spent £6.9m on energy last year, and we heat and cool empty rooms for 40% of the day. I want to link every thermostat to bookings and key cards, so an empty room sits at 16 degrees and warms up when the guest checks in. That cuts room energy by a fifth and saves £1.4m a year. I'm asking you to approve £2.2m of capital and make the estates director the owner, with a decision by 28 February.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_16: CleanBase = {
  industry: 'finance',
  spelling: 'en-US',
  pitch: {
    title: 'Automated small business decisions',
    audience: 'Retail bank executive committee',
    headline: 'Automated credit decisions will approve small business loans in one day',
    situation: [
      'Small business loan decisions take 9 days on average',
      'We lose 35% of approved applicants to faster online lenders',
    ],
    action: [
      'Score loans under $250K with our existing credit model and bank data',
      'Send only borderline cases to an underwriter',
    ],
    outcome: [
      'Decision time falls from 9 days to 1 for three in four applications',
      'Loan volume grows by $120M in 2027',
    ],
    ask: 'Approve $3.5M and assign the head of small business lending as owner by July 31',
    valueProposition: 'Owners get an answer the next day, and we stop losing good borrowers.',
    trace: {
      objective: 'Grow small business lending to $1B',
      program: 'Lending modernization program',
      project: 'Automated decisioning',
      if: 'three in four decisions come back in one day',
      then: 'raise the automatic limit to $500K',
      else: 'keep the model as an aid for underwriters',
    },
    pitch: {
      text: "A small business owner who applies for a loan with us waits 9 days for an answer. We lose 35% of the people we approve to faster online lenders. I want our existing credit model to score every loan under $250K. Only the borderline cases go to an underwriter. Three in four applicants then get a decision in one day, and we add $120M of loans a year. I'm asking you to approve $3.5M and make the head of small business lending the owner by July 31.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_17: CleanBase = {
  industry: 'insurance',
  spelling: 'en-US',
  pitch: {
    title: 'Fraud network analytics',
    audience: 'Risk committee',
    headline: 'Network analytics will stop $8M a year in staged auto claims',
    situation: [
      'Staged accidents cost us $19M last year',
      'Our investigators review only 6% of the claims we flag',
    ],
    action: [
      'Link claims, repair shops and clinics to spot repeat rings',
      'Send the riskiest 2% of claims to investigators within a day',
    ],
    outcome: [
      'Fraud losses fall by $8M a year',
      'Investigators double their hit rate, from 1 in 10 to 1 in 5, by Q2 2027',
    ],
    ask: 'Approve $1.9M for the analytics platform and two data scientists at the April 15 risk committee',
    valueProposition: 'Honest customers stop paying for fraud rings.',
    trace: {
      objective: 'Hold the loss ratio under 68%',
      initiative: 'Claims integrity',
      project: 'Fraud network analytics',
    },
    pitch: {
      text: "Staged accidents cost us about $19M last year, and our investigators can look at only 6% of the claims we flag. I want to link claims, body shops and clinics so we can spot the same rings coming back, and send the riskiest 2% to investigators within a day. That stops $8M a year of fraud and doubles our investigators' hit rate. I'm asking you to approve $1.9M and two data scientists at the April 15 risk committee.",
      targetSeconds: 45,
    },
  },
};

const CLEAN_BASE_18: CleanBase = {
  industry: 'retail',
  spelling: 'en-GB',
  pitch: {
    title: 'Shelf cameras',
    audience: 'Investment board',
    headline: 'Shelf cameras will cut empty shelves in our stores by half',
    situation: [
      'Shoppers find 7% of lines out of stock at any one time',
      'Two in three gaps have stock sitting in the back room',
    ],
    action: [
      'Fit shelf cameras in our 60 largest stores',
      "Send a refill alert to a colleague's handheld within ten minutes of a gap",
    ],
    outcome: [
      'Empty shelves fall by half, from 7% to 3.5% of lines',
      '£11m extra sales in the 2027 financial year',
    ],
    ask: 'Approve £4.5m for cameras in 60 stores at the 9 October investment board',
    valueProposition: 'Shoppers find what they came for, and we sell £11m more.',
    trace: {
      objective: 'Best availability on the high street',
      initiative: 'Store operations 2027',
      project: 'Shelf cameras',
      if: 'gaps halve in the ten trial stores',
      then: 'fit cameras in the next 100 stores',
      else: 'return the cameras and retrain colleagues on manual gap checks',
    },
    pitch: {
      text: "At any moment 7% of the lines in our stores are empty, and in two cases out of three the stock is already in the back room. Cameras on the shelf spot the gap and tell a colleague within ten minutes. That halves empty shelves and adds £11m of sales. I'm asking you to approve £4.5m for cameras in our 60 largest stores at the 9 October board.",
      targetSeconds: 30,
    },
  },
};

const CLEAN_BASE_19: CleanBase = {
  industry: 'healthcare',
  spelling: 'en-US',
  pitch: {
    title: 'Discharge lounge',
    audience: 'Hospital executive team',
    headline: 'A discharge lounge will free 14 inpatient beds every afternoon',
    situation: [
      'ER patients wait 6.5 hours on average for an inpatient bed',
      'Half of our discharges leave the ward after 3 PM',
    ],
    action: [
      'Open a 20-chair discharge lounge with two nurses',
      'Move patients to the lounge by 11 AM while they wait for rides and medicines',
    ],
    outcome: [
      '14 beds free up before noon each day',
      'ER boarding time falls from 6.5 to 4 hours by March 2027',
    ],
    ask: 'Approve $850K a year for the lounge and two nurses by January 10',
    valueProposition: 'Patients go home sooner, and ER patients reach a bed hours earlier.',
    trace: {
      objective: 'ER boarding under four hours',
      initiative: 'Patient flow',
      project: 'Discharge lounge',
      if: 'the lounge frees 14 beds before noon',
      then: 'open the lounge at weekends',
      else: 'close the lounge and move the nurses onto discharge rounds',
    },
    pitch: {
      text: "Our ER patients wait six and a half hours on average for a bed upstairs, while half our discharges leave the ward after 3 PM. I want to open a discharge lounge with two nurses, where patients wait for their ride and medicines from 11 AM. That frees 14 beds before noon every day. I'm asking you to approve $850K a year for the lounge and its nurses by January 10.",
      targetSeconds: 45,
    },
  },
};

const CLEAN_BASE_20: CleanBase = {
  industry: 'logistics',
  spelling: 'en-GB',
  pitch: {
    title: 'Daventry goods-to-person',
    audience: 'Group board',
    headline: 'Goods-to-person robots will double picking output at Daventry',
    situation: [
      'Pickers walk 14 km a shift at our Daventry warehouse',
      'We hire 180 agency staff every peak, and a third leave within a month',
    ],
    action: [
      'Install goods-to-person robots for our 8,000 fastest-moving lines',
      'Retrain 40 pickers as robot operators',
    ],
    outcome: [
      'Picks per hour double, from 110 to 220',
      'Peak agency hiring falls to 60 people by November 2027',
    ],
    ask: 'Approve £7.8m capital at the 5 March board and assign the site general manager as owner',
    valueProposition:
      'Twice the output from the same building, with fewer agency staff every peak.',
    trace: {
      objective: 'Next-day delivery for 95% of orders',
      initiative: 'Warehouse automation',
      program: 'Supply chain programme 2028',
      project: 'Daventry goods-to-person',
      if: 'picks per hour reach 220 in the first zone',
      then: 'automate the second zone in 2028',
      else: 'keep manual picking and add pick-to-light',
    },
    pitch: {
      text: "Our Daventry pickers walk 14 kilometres a shift, and every peak we hire 180 agency staff, a third of whom leave within a month. I want robots to bring the goods to the picker for our 8,000 fastest lines, and to retrain 40 of our pickers to run them. That doubles picks per hour, from 110 to 220, and cuts peak hiring to 60 people. I'm asking you to approve £7.8m of capital at the 5 March board and to make the site general manager the owner.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_21: CleanBase = {
  industry: 'education',
  spelling: 'en-GB',
  pitch: {
    title: 'Whole-class feedback',
    audience: 'Governing board',
    headline: 'Whole-class feedback will give our teachers back four hours a week',
    situation: [
      'Our teachers spend 11 hours a week marking books',
      'We lost 14 of 90 teachers last year, and workload topped their reasons',
    ],
    action: [
      'Replace written comments with whole-class feedback sheets in every subject',
      'Organise training for heads of department over two INSET days',
    ],
    outcome: [
      'Marking time falls from 11 to 7 hours a week per teacher',
      'Teacher turnover falls below 10% by September 2027',
    ],
    ask: "Agree the new marking policy at the 12 March governors' meeting and fund £8K of cover",
    valueProposition:
      'Teachers spend their time planning lessons, not writing comments few pupils read.',
    trace: {
      objective: 'Keep good teachers',
      initiative: 'Workload reduction',
      project: 'Whole-class feedback',
      if: 'marking time falls to seven hours a week by Easter',
      then: 'drop the weekly book checks',
      else: 'return to written comments in Year 11 only',
    },
    pitch: {
      text: "Our teachers spend 11 hours a week marking books, and last year we lost 14 of our 90 staff, with workload the top reason. I want every department to swap written comments for whole-class feedback sheets, with two training days for heads of department. That cuts marking from 11 hours a week to 7. I'm asking governors to agree the new policy on 12 March and to fund £8K of cover.",
      targetSeconds: 45,
    },
  },
};

const CLEAN_BASE_22: CleanBase = {
  industry: 'manufacturing',
  spelling: 'en-GB',
  pitch: {
    title: 'Telford closed-loop control',
    audience: 'Operations board',
    headline: 'Closed-loop moulding control will cut our scrap rate to 2%',
    situation: [
      'Our Telford plant scraps 6.4% of moulded parts',
      'Scrap and rework cost £2.7m last year',
    ],
    action: [
      'Fit cavity pressure sensors to our 24 moulding machines',
      'Let the machines adjust their settings shot by shot',
    ],
    outcome: [
      'Scrap falls from 6.4% to 2% of parts',
      'Savings of £1.8m a year from the second half of 2026',
    ],
    ask: 'Approve £950K for sensors and controls by 15 April, with the plant manager as owner',
    valueProposition: 'Fewer bad parts, fewer customer rejects and £1.8m a year back.',
    trace: {
      objective: 'Scrap below 2% at every plant',
      project: 'Telford closed-loop control',
      if: 'scrap falls below 3% on the first six machines',
      then: 'fit the other 18 machines',
      else: 'use the sensors for monitoring only',
    },
    pitch: {
      text: "Our Telford plant scraps 6.4% of everything it moulds, and scrap and rework cost us £2.7m last year. Most of that comes from small swings in material and temperature that our setters catch too late. I want to fit pressure sensors inside the moulds on all 24 machines and let each machine correct itself shot by shot. That takes scrap down to 2% and saves £1.8m a year. I'm asking you to approve £950K by 15 April, with the plant manager as the owner.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_23: CleanBase = {
  industry: 'telecom',
  spelling: 'en-US',
  pitch: {
    title: 'Top five call reasons',
    audience: 'Customer operations leadership',
    headline: 'Fixing our top five call reasons will cut call volume by 30%',
    situation: [
      'Our call centers take 2.4 million calls a year',
      'Five reasons drive 60% of calls, and billing questions top the list',
    ],
    action: [
      'Rewrite the first bill so new customers understand it',
      'Send a text alert before any price change',
      'Let customers reset their equipment in the app',
    ],
    outcome: [
      'Call volume falls by 30%, or 720,000 calls a year',
      '$9.4M lower care costs in 2027',
    ],
    ask: 'Approve $2.6M from the 2026 care budget and assign a product owner by February 28',
    valueProposition: 'Customers stop needing to call us, and we save $9.4M.',
    trace: {
      objective: 'Cut cost to serve by 15%',
      initiative: 'Fewer, better contacts',
      project: 'Top five call reasons',
    },
    pitch: {
      text: "We take 2.4 million calls a year, and 60% of them come from five reasons, with billing questions at the top. Most of those calls shouldn't need to happen. I want to rewrite the first bill so it makes sense, text customers before any price change, and let them reset their equipment in the app. That removes 30% of our calls and saves $9.4M in care costs. I'm asking you to approve $2.6M from the 2026 care budget and assign a product owner by February 28.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_24: CleanBase = {
  industry: 'energy',
  spelling: 'en-GB',
  pitch: {
    title: 'Drone blade inspections',
    audience: 'Asset management committee',
    headline: 'Drone inspections will cut inspection downtime on our turbines by 90%',
    situation: [
      'Rope access teams inspect each of our 86 turbines every year',
      'Each inspection stops a turbine for two days and costs €6,500',
    ],
    action: [
      'Switch to drone inspections that take four hours per turbine',
      'Keep rope teams for blade repairs only',
    ],
    outcome: [
      'Inspection downtime falls from 172 turbine days a year to 15',
      '€410K a year lower inspection cost from the 2026 season',
    ],
    ask: 'Approve a €290K three-year drone contract by 31 March',
    valueProposition: 'More hours generating, and fewer people hanging off blades.',
    trace: {
      objective: 'Fleet availability above 97%',
      project: 'Drone blade inspections',
      if: 'drones find the same defects as rope teams on ten turbines',
      then: 'move all 86 turbines to drones',
      else: 'keep rope inspections and renegotiate the rates',
    },
    pitch: {
      text: "Rope teams inspect each of our 86 turbines every year, and each inspection stops a turbine for two days. Drones do the same job in four hours. That cuts inspection downtime from 172 turbine days a year to 15 and saves €410K a year. I'm asking you to approve a €290K three-year drone contract by 31 March.",
      targetSeconds: 30,
    },
  },
};

const CLEAN_BASE_25: CleanBase = {
  industry: 'software',
  spelling: 'en-GB',
  pitch: {
    title: 'Cloud cost control',
    audience: 'Technology leadership',
    headline: 'Switching off idle cloud servers will save £1.6m a year',
    situation: [
      'Our cloud bill grew 48% last year to £5.2m',
      'A third of our servers run below 10% of capacity',
    ],
    action: [
      'Shut down test environments at night and at weekends',
      'Move steady workloads to three-year reserved capacity',
      'Show each team its own monthly bill',
    ],
    outcome: [
      'Cloud spend falls by £1.6m a year, to £3.6m',
      'Every team sees and owns its bill by the end of Q3 2026',
    ],
    ask: 'Assign two platform engineers for 12 weeks and approve £45K for a cost tool by 6 June',
    valueProposition: 'The same service for £1.6m a year less.',
    trace: {
      objective: 'Hold technology cost flat while revenue grows',
      initiative: 'Cloud cost control',
      project: 'Idle server switch-off',
      if: 'we save £400K in the first quarter',
      then: 'extend the work to the data platform',
      else: 'bring in an outside cost adviser',
    },
    pitch: {
      text: "Our cloud bill grew 48% last year, to £5.2m, and a third of our servers run at under 10% of capacity. I want to switch test environments off at night and at weekends. I also want to move steady workloads to reserved capacity and send every team its own monthly bill. That saves £1.6m a year without touching what customers see. I'm asking you to assign two platform engineers for 12 weeks and approve £45K for a cost tool by 6 June.",
      targetSeconds: 60,
    },
  },
};

const CLEAN_BASE_26: CleanBase = {
  industry: 'utilities',
  spelling: 'en-US',
  pitch: {
    title: 'Feeder automation',
    audience: 'Executive leadership',
    headline: 'Automated feeder switches will cut customer outage minutes by 35%',
    situation: [
      'Our customers averaged 142 outage minutes last year',
      'Crews take 70 minutes on average to reach a fault and reroute power',
    ],
    action: [
      'Install 600 automated switches on our 120 worst-performing feeders',
      'Let the switches isolate a fault and reroute power in under a minute',
    ],
    outcome: [
      'Average outage minutes fall by 35%, from 142 to 92',
      'Reliability back in the top quartile of US utilities by 2028',
    ],
    ask: 'Approve $48M in the 2026 rate case filing by October 1',
    valueProposition: 'Customers get their power back in minutes, not hours.',
    trace: {
      objective: 'Top-quartile reliability',
      initiative: 'Grid modernization',
      program: '2026 rate case',
      project: 'Feeder automation',
      if: 'the first 30 feeders cut outage minutes by a third',
      then: 'file for the next 200 feeders',
      else: 'move the spend to tree trimming',
    },
    pitch: {
      text: "Last year our customers averaged 142 minutes without power, and crews took 70 minutes on average to reach a fault. I want to install 600 automated switches on our 120 worst feeders. They find a fault and reroute power in under a minute, so most customers never notice. That cuts outage minutes by 35%, to 92 a year. I'm asking you to approve $48M in the 2026 rate case filing by October 1.",
      targetSeconds: 60,
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Helpers: a clean case, and a variant that overrides some fields of a base
// ---------------------------------------------------------------------------------------------

function clean(id: string, base: CleanBase): PitchCase {
  return { id, industry: base.industry, spelling: base.spelling, pitch: base.pitch, expect: [] };
}

function variant(
  id: string,
  base: CleanBase,
  change: Partial<CorpusPitch>,
  expect: CorpusRuleId[],
  extra: { nearMiss?: CorpusRuleId[]; note?: string } = {},
): PitchCase {
  return {
    id,
    industry: base.industry,
    spelling: base.spelling,
    pitch: { ...base.pitch, ...change },
    expect,
    ...extra,
  };
}

const CLEAN_PITCHES: PitchCase[] = [
  clean('ps-clean-01', CLEAN_BASE_01),
  clean('ps-clean-02', CLEAN_BASE_02),
  clean('ps-clean-03', CLEAN_BASE_03),
  clean('ps-clean-04', CLEAN_BASE_04),
  clean('ps-clean-05', CLEAN_BASE_05),
  clean('ps-clean-06', CLEAN_BASE_06),
  clean('ps-clean-07', CLEAN_BASE_07),
  clean('ps-clean-08', CLEAN_BASE_08),
  clean('ps-clean-09', CLEAN_BASE_09),
  clean('ps-clean-10', CLEAN_BASE_10),
  clean('ps-clean-11', CLEAN_BASE_11),
  clean('ps-clean-12', CLEAN_BASE_12),
  clean('ps-clean-13', CLEAN_BASE_13),
  clean('ps-clean-14', CLEAN_BASE_14),
  clean('ps-clean-15', CLEAN_BASE_15),
  clean('ps-clean-16', CLEAN_BASE_16),
  clean('ps-clean-17', CLEAN_BASE_17),
  clean('ps-clean-18', CLEAN_BASE_18),
  clean('ps-clean-19', CLEAN_BASE_19),
  clean('ps-clean-20', CLEAN_BASE_20),
  clean('ps-clean-21', CLEAN_BASE_21),
  clean('ps-clean-22', CLEAN_BASE_22),
  clean('ps-clean-23', CLEAN_BASE_23),
  clean('ps-clean-24', CLEAN_BASE_24),
  clean('ps-clean-25', CLEAN_BASE_25),
  clean('ps-clean-26', CLEAN_BASE_26),
];

// ---------------------------------------------------------------------------------------------
// required: headline, situation, action, outcome or ask empty (whitespace only counts as empty)
// ---------------------------------------------------------------------------------------------

const NO_ASK_NOTE =
  'With the ask empty there is no ask on the slide, so vague-ask has no text to judge and pitch-missing-ask does not apply; the spoken request with its amount contradicts nothing on the slide.';
const BLANK_SECTION_NOTE =
  'Only required: like a blank draft, an empty section raises nothing else that needs its text (no-situation-number, no-metric and no-timeframe judge bullets that are not there).';

const REQUIRED_CASES: PitchCase[] = [
  variant('ps-required-01', CLEAN_BASE_01, { ask: '' }, ['required'], { note: NO_ASK_NOTE }),
  variant('ps-required-02', CLEAN_BASE_02, { ask: '   ' }, ['required'], {
    note: `Whitespace-only ask counts as empty. ${NO_ASK_NOTE}`,
  }),
  variant('ps-required-03', CLEAN_BASE_03, { ask: undefined }, ['required'], {
    note: `The ask field is missing altogether. ${NO_ASK_NOTE}`,
  }),
  variant('ps-required-04', CLEAN_BASE_04, { headline: '' }, ['required'], {
    note: 'An empty headline raises required only; headline-length and headline-not-claim need headline text, as for a blank draft.',
  }),
  variant('ps-required-05', CLEAN_BASE_05, { headline: '   ' }, ['required'], {
    note: 'Whitespace-only headline counts as empty; headline-length and headline-not-claim need text.',
  }),
  variant('ps-required-06', CLEAN_BASE_06, { action: [] }, ['required'], {
    note: 'No action bullets at all.',
  }),
  variant('ps-required-07', CLEAN_BASE_07, { action: ['', ' '] }, ['required'], {
    note: 'Two action bullets, both empty or whitespace: the section is empty.',
  }),
  variant('ps-required-08', CLEAN_BASE_08, { situation: [] }, ['required'], {
    note: BLANK_SECTION_NOTE,
  }),
  variant('ps-required-09', CLEAN_BASE_09, { situation: ['  '] }, ['required'], {
    note: BLANK_SECTION_NOTE,
  }),
  variant('ps-required-10', CLEAN_BASE_10, { outcome: [] }, ['required'], {
    note: `${BLANK_SECTION_NOTE} pitch-missing-metric needs outcome numbers, so it does not apply either.`,
  }),
  variant('ps-required-11', CLEAN_BASE_11, { outcome: ['\t', ''] }, ['required'], {
    note: `${BLANK_SECTION_NOTE} pitch-missing-metric needs outcome numbers, so it does not apply either.`,
  }),
  variant('ps-required-12', CLEAN_BASE_12, { ask: '\n' }, ['required'], {
    note: `A newline is whitespace only. ${NO_ASK_NOTE}`,
  }),
  variant('ps-required-13', CLEAN_BASE_13, { headline: '', ask: '' }, ['required'], {
    note: 'Two required fields empty still raise the one rule.',
  }),
  variant('ps-required-14', CLEAN_BASE_14, { action: ['   '] }, ['required']),
  variant('ps-required-15', CLEAN_BASE_15, { ask: '' }, ['required'], { note: NO_ASK_NOTE }),
  variant('ps-required-16', CLEAN_BASE_16, { situation: ['', '', ''] }, ['required'], {
    note: `Three empty strings are still an empty section. ${BLANK_SECTION_NOTE}`,
  }),
  variant('ps-required-17', CLEAN_BASE_17, { headline: ' \t ' }, ['required'], {
    note: 'Spaces and a tab: empty headline.',
  }),
  variant('ps-required-18', CLEAN_BASE_18, { ask: '  ' }, ['required'], { note: NO_ASK_NOTE }),
  variant('ps-required-19', CLEAN_BASE_19, { action: [] }, ['required']),
  variant('ps-required-20', CLEAN_BASE_20, { ask: undefined, pitch: undefined }, ['required'], {
    note: 'No ask and no spoken pitch: required for the ask, and no pitch-* rule can apply without pitch text.',
  }),

  // Near misses: short but real values, padded values, and optional fields left empty.
  variant('ps-required-nm-01', CLEAN_BASE_01, { ask: 'Approve it' }, ['vague-ask'], {
    nearMiss: ['required'],
    note: 'A short real ask fills the field, so required does not fire; it has a request verb but no amount, owner or date, so it is vague.',
  }),
  variant('ps-required-nm-02', CLEAN_BASE_02, { ask: 'Approve £95K' }, [], {
    nearMiss: ['required'],
    note: 'Two words, but a request verb and an amount: filled and concrete.',
  }),
  variant(
    'ps-required-nm-03',
    CLEAN_BASE_03,
    { situation: ['', 'We lose 21% of treated water to leaks', ''] },
    [],
    {
      nearMiss: ['required'],
      note: 'One real situation bullet between empty ones: the section is not empty.',
    },
  ),
  variant('ps-required-nm-04', CLEAN_BASE_04, { headline: 'Storage pays: $4.6M a year' }, [], {
    nearMiss: ['required', 'headline-length'],
    note: 'Five words ("$4.6M" is one), and it states a result.',
  }),
  variant(
    'ps-required-nm-05',
    CLEAN_BASE_05,
    { action: ['Let tenants book repair slots by text'] },
    [],
    {
      nearMiss: ['required'],
      note: 'A single short action bullet is enough.',
    },
  ),
  variant(
    'ps-required-nm-06',
    CLEAN_BASE_06,
    { outcome: ['We see 4,500 more patients a year from October 2026'] },
    [],
    {
      nearMiss: ['required'],
      note: 'One outcome bullet with a number and a date; the spoken pitch says 4,500.',
    },
  ),
  variant(
    'ps-required-nm-07',
    CLEAN_BASE_07,
    { ask: '  Approve $1.8M at the March 4 review  ' },
    [],
    {
      nearMiss: ['required'],
      note: 'Leading and trailing spaces around a real, concrete ask.',
    },
  ),
  variant('ps-required-nm-08', CLEAN_BASE_08, { valueProposition: '   ' }, [], {
    nearMiss: ['required'],
    note: 'The value proposition is optional: leaving it blank raises nothing.',
  }),
  variant(
    'ps-required-nm-09',
    CLEAN_BASE_09,
    { trace: { objective: '', initiative: '', program: '', project: '' } },
    [],
    {
      nearMiss: ['required'],
      note: 'The trace is optional: empty trace parts raise nothing.',
    },
  ),
  variant('ps-required-nm-10', CLEAN_BASE_10, { pitch: { text: '', targetSeconds: 60 } }, [], {
    nearMiss: ['required', 'pitch-too-short', 'pitch-missing-ask', 'pitch-missing-metric'],
    note: 'No spoken pitch text: not a required field, and no pitch-* rule applies without text.',
  }),
  variant('ps-required-nm-11', CLEAN_BASE_11, { headline: 'Remote tests cut repeat visits' }, [], {
    nearMiss: ['required', 'headline-length'],
    note: 'Five words, and a claim: what the tests do.',
  }),
  variant(
    'ps-required-nm-12',
    CLEAN_BASE_12,
    { action: ['', '  ', "Plan every route overnight from the next day's orders"] },
    [],
    { nearMiss: ['required'], note: 'Two blank action bullets and one real one.' },
  ),
  variant('ps-required-nm-13', CLEAN_BASE_13, { ask: 'Fund $230K' }, [], {
    nearMiss: ['required', 'vague-ask'],
    note: '"Fund" is a request verb and $230K the amount.',
  }),
  variant(
    'ps-required-nm-14',
    CLEAN_BASE_14,
    { outcome: ['', 'Algebra I pass rate rises from 58% to 75% by June 2026', ''] },
    [],
    {
      nearMiss: ['required'],
      note: 'One real outcome bullet, with the number and the date, between blanks.',
    },
  ),
  variant('ps-required-nm-15', CLEAN_BASE_15, { ask: 'Sign off £2.2m by 28 February' }, [], {
    nearMiss: ['required'],
    note: 'Short, but a request verb, an amount and a date.',
  }),
  variant('ps-required-nm-16', CLEAN_BASE_16, { situation: ['Loan decisions take 9 days'] }, [], {
    nearMiss: ['required'],
    note: 'A five-word situation is short but filled, and it has a number.',
  }),
  variant('ps-required-nm-17', CLEAN_BASE_17, { ask: 'Approve $1.9M' }, [], {
    nearMiss: ['required'],
    note: 'Verb and amount: filled and concrete.',
  }),
  variant('ps-required-nm-18', CLEAN_BASE_18, { headline: 'Cameras halve empty shelves' }, [], {
    nearMiss: ['required', 'headline-length'],
    note: 'Four words is the shortest allowed headline, and it makes a claim.',
  }),
  variant('ps-required-nm-19', CLEAN_BASE_19, { title: '', audience: '   ' }, [], {
    nearMiss: ['required'],
    note: 'Title and audience are optional: blank ones raise nothing.',
  }),
  variant('ps-required-nm-20', CLEAN_BASE_20, { action: ['Buy the robots'] }, [], {
    nearMiss: ['required'],
    note: 'Three words is a thin action, but the section is filled.',
  }),
];

// ---------------------------------------------------------------------------------------------
// overflow: a text box that cannot fit even at the minimum font size
// ---------------------------------------------------------------------------------------------

const OVERFLOW_SECTION_NOTE =
  'Seven or eight bullets of 25 to 40 words in one section cannot fit the body box even at 12 pt; the same section also has more than 3 bullets and bullets over 20 words. Each bullet is several short sentences of plain words, so none is hard to read.';
const OVERFLOW_HEADLINE_NOTE =
  'A headline of more than 50 words cannot fit the title box even at 20 pt, and it breaks the 15-word limit. It is made of short plain sentences that still make claims, so it is neither hard to read nor a topic label.';
const FITS_NOTE =
  'Three long bullets (18 to 20 words each, no more than 20) fit one body box at a normal size: no overflow, no bullet-too-long.';

const OVERFLOW_CASES: PitchCase[] = [
  variant(
    'ps-overflow-01',
    CLEAN_BASE_01,
    {
      action: [
        'Send simple claims straight to payment. We use the rules our senior handlers already apply by hand. A claim that passes every rule pays out the same day, and no handler touches it.',
        'Move three handlers from re-keying onto complex claims. They keep their team and their manager. Their targets change from keying volume to the number of complex claims they close each week.',
        'Run the pilot in the Bristol hub for eight weeks. Bristol handles a fair mix of simple and complex motor claims, and the hub manager has offered to lead the work.',
        'Read claim emails with the text tool we bought last year for complaints. It pulls the policy number, the date and the damage into the claim record, so nobody types them again.',
        'Check every automatic payment against the fraud score before money leaves the account. Any claim with a high score goes back to a handler, whatever the rules say about it.',
        'Ask ten customers a week how the new process felt for them. We share their answers with the team every Friday and change the rules wherever customers struggle.',
        'Report progress to the claims board every two weeks. Each report shows settlement time, cost per claim, complaints and any payment that went wrong, with the fix we made for it.',
        'Keep the old manual route open for the whole pilot. If the rules fail on any day, handlers switch back within an hour and no customer waits longer than they do today.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-02',
    CLEAN_BASE_03,
    {
      situation: [
        'We lose 21% of the water we treat before it reaches a tap. That is worse than the industry average and worse than our own figure from five years ago.',
        'Crews find most bursts only after a customer rings in. By then the water has often run for days, and the road above the main has started to sink.',
        'Ofwat fines us £3.2m if leakage stays above target in 2026. The fine comes straight out of the money we planned to spend on new mains next year.',
        'Our oldest cast iron mains sit under Sheffield, and they burst three times as often as the rest of the network. Many of them went into the ground before 1920.',
        'Each burst costs us around £14,000 to find, dig up and repair. Traffic management and overtime make up almost half of that cost, and both keep rising every year.',
        'Customers see leaks on the street and ask why we want them to save water. Leakage complaints rose by a quarter last year, mostly from Sheffield postcodes.',
        'Our leak teams walk the network with listening sticks at night. They reach each street about once every two years, which is far too slow for mains this old.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-03',
    CLEAN_BASE_05,
    {
      action: [
        "Let tenants pick a two-hour repair slot online or by text. They see the real gaps in each trade's diary, not a morning or afternoon guess from the call centre.",
        'Send a reminder text the evening before each visit. Tenants can reply to move the slot, and the diary frees the old slot for another tenant straight away.',
        "Give each operative the tenant's own note about access, pets or parking on their phone. Today that note sits in an email that the operative never sees.",
        'Keep a phone booking line for tenants who do not use a mobile or the web. The same diary sits behind it, so phone and online bookings never clash.',
        "Organise the trades' diaries by patch, so an operative works in the same few estates all week. That cuts travel time between jobs and builds trust with tenants.",
        'Ring the tenant within a day of every missed visit to rebook it. We record the reason each time, so we learn which slots and estates fail most often.',
        'Train the repairs call centre team over two weeks before launch. They move from taking bookings to helping the tenants who struggle with the online form.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-04',
    CLEAN_BASE_07,
    {
      situation: [
        'Our Phase 3 asthma trial has enrolled 310 of its 900 patients in 11 months. At this rate we finish enrollment more than a year later than the plan we filed.',
        'Two in three of our 48 sites miss their monthly enrollment target. Most of them sit in large hospital clinics where asthma patients rarely come in for routine care.',
        'Primary care doctors see the patients we need every week. None of our sites works with a primary care practice today, so those patients never hear about the trial.',
        'Our screen failure rate runs at 42%, well above the 30% we planned. Most failures come from lung function results that a local doctor can check before referral.',
        'Each month of delay pushes back filing and costs us around $9M in lost sales after launch. A rival drug with a similar profile plans to file in late 2027.',
        'Site staff spend about six hours on each screening visit, including paperwork. Several sites have told us they cannot take on more patients without extra nurse time.',
        'Patients drop out of screening when the first visit falls more than two weeks after referral. The average gap today runs at 19 days across all our sites.',
        'Our advertising campaign last spring cost $400K and brought in 22 enrolled patients. That works out at over $18,000 per patient, far above our budget of $5,000.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-05',
    CLEAN_BASE_09,
    {
      action: [
        'Add a fit finder to every apparel product page. It reads the sizes a customer kept from past orders and suggests the best size for the item on the screen.',
        "Show a 'runs small' or 'runs large' note on any item where size returns pass 15%. Buyers review the notes each month with the brands that make those items.",
        "Ask customers why they send an item back, with five fixed reasons and a free text box. Today the form offers one vague option called 'other' and nothing else.",
        'Share return reasons with our top 40 brands every quarter. Brands with the worst size problems get a meeting with our buying team and a deadline to fix their size charts.',
        'Add model height and size to every product photo. Customers tell us this is the detail they look for first, and most of our rivals already show it on every page.',
        "Test the fit finder on women's denim first, where returns run highest at 44%. We move to tops and dresses only when denim returns fall by a quarter.",
        'Build the fit finder with two front-end engineers from the checkout team. They spend 12 weeks on it and hand it over to the product page team after launch.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-06',
    CLEAN_BASE_11,
    {
      situation: [
        '27% of our broadband faults need a second engineer visit. That share has not moved in three years, despite two rounds of extra training for our field engineers.',
        'Each repeat visit costs us £95 in labour and van time. Across 140,000 repeat visits a year, that adds up to more than £13m we spend fixing faults twice.',
        'A repeat visit adds four days to the fix on average. For a customer who works from home, four days without broadband is the main reason they leave us.',
        "Engineers leave the depot with only the customer's own description of the fault. In most cases that description says the internet has stopped, and nothing more.",
        'Our network already runs remote line tests, but only the call centre team can see the results. Engineers have no way to see them on their tablets today.',
        'Around half of repeat visits trace back to a fault in the street cabinet, not in the home. The first engineer often arrives with the wrong kit for that job.',
        'Complaints about repeat visits make up one in six of all the complaints we receive. The ombudsman upheld 220 of them against us last year, at a cost of £150 each.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-07',
    CLEAN_BASE_12,
    {
      action: [
        "Plan every route overnight from the next day's orders. The software builds each van's route by 4 AM, so drivers load in the right order before they leave the depot.",
        'Rebuild routes at 10 AM when the same-day orders land. Drivers see the new stops on their handhelds and never need to call dispatch to ask for changes.',
        'Set each delivery window from the planned route, not a fixed grid. Customers get a two-hour window the evening before and a 30-minute alert on the day itself.',
        'Hire two routing analysts to tune the software each week. They look at missed windows, long stops and late starts, then change the rules with the depot managers.',
        'Start in the Atlanta depot, our largest, with 38 vans. For the first week we plan both the old and the new routes and compare miles and missed windows.',
        'Train every driver and dispatcher in a two-hour session before launch. Drivers keep their regular areas, so they still know the customers, the docks and the gate codes.',
        'Feed traffic and weather data into the overnight plan. The software moves heavy stops away from school run times and from the usual jams on the interstate.',
        'Report miles per parcel and missed windows to the operating review every month. If a depot falls behind the pilot results, the analysts spend a week on site to fix it.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-08',
    CLEAN_BASE_14,
    {
      action: [
        'Hire 24 tutors from local colleges at $22 an hour. Each tutor works with the same small group of three students all year, so they build real trust.',
        'Run 30-minute tutoring sessions four days a week during the school day. Sessions replace part of the study hall block, so students lose no class time at all.',
        "Give tutors the algebra teacher's lesson plan each week. Tutors practice the skills that students will see on the Friday quiz, not general math review.",
        'Train every tutor for 20 hours before they start. The training covers the algebra content, how to run a small group and how to help a student who shuts down.',
        'Check progress with a short quiz every two weeks. Tutors and teachers meet for 15 minutes after each quiz and move students between groups where they need it.',
        'Call every family before tutoring starts to explain the program. Families then hear from the tutor once a month, in English or Spanish, about how their child is doing.',
        'Assign a tutoring coordinator at each of our four high schools. The coordinator handles schedules, absences and tutor questions, so teachers can stay on their own classes.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-09',
    CLEAN_BASE_16,
    {
      situation: [
        'A small business loan decision takes 9 days on average. Owners tell us they often need the money within a week to buy stock or to cover payroll.',
        'We lose 35% of the applicants we approve to faster online lenders. Most of them sign with a rival before our offer letter even reaches them.',
        'Every application goes through the same manual review, whether it asks for $10K or $2M. An underwriter spends about four hours on even the simplest file we get.',
        'Online lenders give small loan decisions in minutes, using bank account data. Their rates run higher than ours, but owners choose speed over price again and again.',
        'Our underwriters carry 60 open files each, and the backlog grows every spring. Overtime in the lending team cost us $410K last year, and it rose again this year.',
        "Our credit model already scores every application we receive. For loans under $250K it agrees with the underwriter's final decision in nine cases out of ten.",
        'Small business customers who take a loan with us also open more accounts and stay twice as long. Every lost loan costs us that wider relationship as well.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-10',
    CLEAN_BASE_18,
    {
      action: [
        'Fit shelf cameras in our 60 largest stores, starting with the fresh and chilled aisles. Each camera checks its shelf every five minutes and spots gaps and wrong prices.',
        "Send a refill alert to a colleague's handheld within ten minutes of a gap. The alert shows the product, the shelf and whether stock sits in the back room.",
        'Link the cameras to our ordering system. A gap with no stock in the back room triggers an urgent order from the depot that same evening, with no manual check.',
        'Give each store manager a daily gap report by 7 am. It shows the ten worst lines and the times of day when gaps appear most often in that store.',
        'Organise night fills around the camera data, so colleagues restock the busiest lines first. Today they fill the aisles in the same order every night, whatever sold.',
        'Agree where the cameras go with store colleagues and their union before we fit a single one. The cameras point at shelves, not at shoppers or staff.',
        'Review results with the ten trial stores every fortnight for three months. We stop the roll-out if gaps do not fall in the first six weeks of the trial.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-11',
    CLEAN_BASE_20,
    {
      situation: [
        'Pickers walk 14 km a shift at our Daventry warehouse. Most of that walking happens between the same 8,000 fast lines, which sit across the whole building.',
        'We hire 180 agency staff every peak, and a third of them leave within a month. Each new starter needs three days of training before they pick at full speed.',
        'Picks per hour sit at 110 and have not moved in four years. Our newer rivals report more than twice that rate in their automated sites.',
        'Order volumes grew 22% last year, and the building has no room for more pick faces. The only other option is a second site at a cost of £30m.',
        'Mispicks run at one in 400 orders, and each one costs us £18 to put right. Tired pickers at the end of a long shift make most of the mistakes.',
        'Sick leave for back and knee injuries cost us 2,300 shifts last year. Our insurer has raised our premium twice since 2023 because of these claims.',
        'Our largest customer wants a later cut-off, 10 pm instead of 6 pm, for next-day delivery. With walking pickers we cannot clear the extra late orders in time.',
        'Our lease on the Daventry building runs for another 15 years. The landlord has agreed in writing to the floor works that the robots need.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-12',
    CLEAN_BASE_22,
    {
      action: [
        'Fit cavity pressure sensors inside the moulds on all 24 machines. Each sensor reads the pressure on every shot, so we see a bad part before it leaves the press.',
        'Let each machine adjust its hold pressure and temperature shot by shot. The control system keeps every change inside limits that our process engineers set for each part.',
        'Start with the six machines that make our worst parts for scrap. They make the door trim clips that our largest customer rejected four times last year.',
        'Move any suspect part into a separate bin at the machine. Quality staff check that bin each hour instead of checking random samples from every box we make.',
        'Train our 30 setters and 6 process engineers on the new controls over two weeks. The supplier runs the training on our own machines during normal shifts.',
        "Show live scrap rates on a screen at each machine and in the plant manager's office. Each shift starts with a five minute review of the worst machine from the last shift.",
        'Review scrap, rework and customer rejects with the plant manager every month. If a machine does not improve within eight weeks, we go back to manual settings on it.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-13',
    CLEAN_BASE_24,
    {
      situation: [
        'Rope access teams inspect each of our 86 onshore turbines every year. Each inspection stops the turbine for two full days, even when the weather is good.',
        'Those stops add up to 172 turbine days a year without generation. At current prices that costs us around €700,000 in lost output every year.',
        'Rope teams charge €6,500 per turbine for each inspection. Only three firms in Ireland do this work, and their prices rose 18% last year alone.',
        'Bad weather cancels about a third of planned rope inspections. Each cancellation pushes the work later into the year and stretches the inspection season into winter.',
        'Two of our sites sit in remote hills where rope teams need a full day to travel and set up. Those two sites fall furthest behind every year.',
        'Erosion now shows up on blade edges after five years instead of the eight the maker promised. We need to spot it early, while repairs stay cheap.',
        'Our insurer asks for a full blade inspection report every year. Last year we missed the deadline on nine turbines because the rope teams ran out of time.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-14',
    CLEAN_BASE_26,
    {
      action: [
        'Install 600 automated switches on our 120 worst-performing feeders. We pick the feeders that gave customers the most outage minutes over the last five years.',
        'Let the switches find a fault, cut it off and reroute power in under a minute. Only the customers on the broken section stay dark until the crew arrives.',
        'Connect every switch to the control room over our existing radio network. Operators see each switching event on the map and can override it at any time.',
        'Send crews straight to the broken section, because the switches already know where it is. Crews stop driving the whole line to look for the fault.',
        'Start with the 30 feeders that had the most outages last year. We install those before the summer storm season and measure the results through the fall.',
        "Train our control room operators and line crews on the new switches over six weeks. The maker's field engineers stay on site for the first three months.",
        'Report outage minutes by feeder to the regulator every quarter. We show results from the new feeders next to the old ones, so the benefit stays visible.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    { note: OVERFLOW_SECTION_NOTE },
  ),
  variant(
    'ps-overflow-15',
    CLEAN_BASE_02,
    {
      headline:
        'Automatic invoice matching will cut manual keying by 80%. It frees six clerks for spend analysis. It recovers £240K a year in lost discounts. It stops one invoice in twelve from missing its payment date. We already own the module in our finance system. We have simply never switched it on, and our suppliers notice.',
    },
    ['overflow', 'headline-length'],
    { note: OVERFLOW_HEADLINE_NOTE },
  ),
  variant(
    'ps-overflow-16',
    CLEAN_BASE_10,
    {
      headline:
        'Guided onboarding will cut first-year churn from 22% to 15%. New customers finish setting up their first project in their first week. Support stops answering the same setup questions all day. A success manager works with every account over $20K a year. We keep $3.1M of recurring revenue by the end of 2026 with no new hires in sales.',
    },
    ['overflow', 'headline-length'],
    { note: OVERFLOW_HEADLINE_NOTE },
  ),
  variant(
    'ps-overflow-17',
    CLEAN_BASE_15,
    {
      headline:
        'Smart room controls will cut the energy bill across our 38 hotels by £1.4m a year. Empty rooms stop heating and cooling themselves for most of the day. Guests still set their own temperature the moment they walk in. The estates team runs the roll-out hotel by hotel, and every site runs the new controls by November 2026.',
    },
    ['overflow', 'headline-length'],
    { note: OVERFLOW_HEADLINE_NOTE },
  ),
  variant(
    'ps-overflow-18',
    CLEAN_BASE_23,
    {
      outcome: [
        'Call volume falls by 30%, or 720,000 calls a year. Billing calls fall the most, because new customers understand their first bill without any help from us.',
        'Care costs fall by $9.4M in 2027. Most of the saving comes from fewer agent hours, and we cut overtime and contractor spend before we touch any permanent jobs.',
        'Customers who get a price change alert call us half as often as those who do not. We see this effect by the end of the first quarter after launch.',
        'Equipment resets in the app replace about 90,000 calls a year. The agents who handled those calls move to sales and retention work by the summer.',
        'Customer satisfaction with billing rises from 61% to 75% in our quarterly survey. Complaints to state regulators about billing fall by a third over the same year.',
        'Average wait time on the phone drops from nine minutes to under four. Customers who still need to call us reach a person faster than they do today.',
        'New customers who understand their first bill stay with us longer. First-year churn falls by two points by the end of 2027 as a result of the new bill.',
      ],
    },
    ['overflow', 'too-many-bullets', 'bullet-too-long'],
    {
      note: `${OVERFLOW_SECTION_NOTE} The outcome keeps 30% and $9.4M, the numbers the spoken pitch states.`,
    },
  ),
  variant(
    'ps-overflow-19',
    CLEAN_BASE_25,
    {
      headline:
        'Switching off idle cloud servers will save £1.6m a year. Test environments go dark at night and at weekends. Steady workloads move to three-year reserved capacity at a lower rate. Every team sees its own monthly bill and owns the number. Customers notice nothing, because we leave the live service exactly as it runs today.',
    },
    ['overflow', 'headline-length'],
    { note: OVERFLOW_HEADLINE_NOTE },
  ),

  // Near misses: long bullets that still fit, long headlines within 15 words, extra short bullets.
  variant(
    'ps-overflow-nm-01',
    CLEAN_BASE_04,
    {
      action: [
        'Install a 20 MW battery with four hours of storage next to the existing substation at our Kern County farm',
        'Charge the battery from midday solar that we now curtail and sell that power into the evening price peak',
        'Sign a ten year service deal with the battery maker that covers parts and labor and guarantees capacity',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-02',
    CLEAN_BASE_06,
    {
      action: [
        'Send every patient a text seven days and again two days before each outpatient appointment at all three hospitals',
        'Let patients cancel or rebook by replying to the text, with no need to ring the booking office',
        'Offer every freed slot to the next patient on the waiting list the same day, by text or by phone',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-03',
    CLEAN_BASE_08,
    {
      situation: [
        'Line 2 lost 410 hours to unplanned stops last year, more than any other line in the plant by far',
        'Each hour of downtime costs us $12,000 in lost output, overtime and late delivery penalties from our customers',
        'Most failures start in the main press bearings, and our crews only find the wear once a bearing seizes',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-04',
    CLEAN_BASE_13,
    {
      action: [
        'Give every superintendent a punch list app that logs each item with a photo, a location and a due date',
        'Send each item straight to the subcontractor who owns it, with a text reminder two days before it falls due',
        'Review open items with each subcontractor at the Monday site meeting and hold back payment on anything overdue',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-05',
    CLEAN_BASE_17,
    {
      situation: [
        'Staged accidents cost us $19M last year, and the same repair shops and clinics keep showing up in them',
        'Our investigators review only 6% of the claims our current rules flag, because the rules flag far too many',
        'Fraud rings move between our states and brands, so no single team sees the full pattern behind their claims',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-06',
    CLEAN_BASE_19,
    {
      action: [
        'Open a discharge lounge with 20 chairs and two nurses next to the main pharmacy on the ground floor',
        'Move patients who are ready to leave into the lounge by 11 AM while they wait for rides and medicines',
        'Ask ward teams to write discharge orders the evening before, so pharmacy can prepare medicines overnight for the lounge',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-07',
    CLEAN_BASE_21,
    {
      situation: [
        'Our teachers spend 11 hours a week marking books, mostly writing comments that pupils read once and then ignore',
        'We lost 14 of our 90 teachers last year, and workload came top of the reasons they gave us',
        'Supply cover for the posts we failed to fill cost the school more than £60K over the last year',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-08',
    CLEAN_BASE_25,
    {
      action: [
        'Switch off every test environment at 8 pm each weeknight and all weekend, with a button to wake it up',
        'Move our steady workloads, such as the billing service and the data warehouse, to three year reserved capacity',
        'Send every product team its own monthly cloud bill, with the five biggest costs and one suggested saving',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-09',
    CLEAN_BASE_26,
    {
      situation: [
        'Our customers averaged 142 outage minutes last year, which puts us in the bottom quarter of US utilities',
        'Crews take 70 minutes on average to reach a fault, find it and switch customers onto another feeder',
        'Our 120 worst feeders serve only a tenth of our customers but cause almost half of all outage minutes',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-10',
    CLEAN_BASE_10,
    {
      outcome: [
        'First year churn falls from 22% to 15% as more new customers finish setting up their first project',
        'We keep $3.1M in annual recurring revenue by the end of 2026, mostly from accounts that would have left',
        'Support time on setup questions drops from 30 hours a week to under ten, freeing one person for calls',
      ],
    },
    [],
    {
      nearMiss: ['overflow', 'bullet-too-long'],
      note: `${FITS_NOTE} The outcome keeps 15% (said in the pitch) and a date.`,
    },
  ),
  variant(
    'ps-overflow-nm-11',
    CLEAN_BASE_03,
    {
      headline:
        'Acoustic sensors on the oldest mains in Sheffield will save nine million litres a day',
    },
    [],
    {
      nearMiss: ['overflow', 'headline-length'],
      note: 'Fifteen words: the longest headline allowed, and it fits the title box.',
    },
  ),
  variant(
    'ps-overflow-nm-12',
    CLEAN_BASE_09,
    { headline: 'A fit finder on every apparel page will cut online apparel returns by a quarter' },
    [],
    {
      nearMiss: ['overflow', 'headline-length'],
      note: 'Fifteen words: long but allowed, and it fits.',
    },
  ),
  variant(
    'ps-overflow-nm-13',
    CLEAN_BASE_16,
    {
      headline:
        'Automated decisions will give three in four small business applicants an answer in a day',
    },
    [],
    {
      nearMiss: ['overflow', 'headline-length'],
      note: 'Fifteen words: within the limit, and it fits.',
    },
  ),
  variant(
    'ps-overflow-nm-14',
    CLEAN_BASE_12,
    {
      situation: [
        ...CLEAN_BASE_12.pitch.situation,
        'Routes have not changed since we opened the Atlanta depot',
        'Drivers spend 40 minutes a day waiting at loading docks',
        'Fuel costs rose 12% last year',
      ],
    },
    ['too-many-bullets'],
    {
      nearMiss: ['overflow'],
      note: 'Five short bullets break the three-bullet limit, but at about 50 words the section still fits its box.',
    },
  ),
  variant(
    'ps-overflow-nm-15',
    CLEAN_BASE_18,
    {
      outcome: [
        ...CLEAN_BASE_18.pitch.outcome,
        'Colleagues spend an hour less each shift walking the aisles for gap checks',
        'Waste on chilled lines falls by 8% by next summer',
      ],
    },
    ['too-many-bullets'],
    { nearMiss: ['overflow'], note: 'Four short outcome bullets: too many, but they fit.' },
  ),
  variant(
    'ps-overflow-nm-16',
    CLEAN_BASE_20,
    {
      action: [
        ...CLEAN_BASE_20.pitch.action,
        'Start with one zone of 2,000 lines in the first quarter',
        'Keep manual picking for bulky items',
        'Run the robots on all three shifts',
        'Review picks per hour every week with the site team',
      ],
    },
    ['too-many-bullets'],
    {
      nearMiss: ['overflow'],
      note: 'Six short bullets (about 45 words in all): too many, but they fit.',
    },
  ),
  variant(
    'ps-overflow-nm-17',
    CLEAN_BASE_22,
    {
      situation: [
        'Our Telford plant scraps 6.4% of the parts it moulds, three times the rate at our plant in Poland',
        'Scrap and rework cost £2.7m last year, and our largest customer rejected four deliveries of door trim clips',
        'Setters adjust machines by hand after they spot bad parts, which often means a whole box goes to scrap first',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-18',
    CLEAN_BASE_24,
    {
      action: [
        'Switch all 86 turbines to drone inspections, which take four hours per turbine instead of two full days',
        'Keep our rope access teams for blade repairs only, and book them for the calm summer months each year',
        'Send every drone photo to the blade maker, whose engineers rate each defect and tell us what to fix first',
      ],
    },
    [],
    { nearMiss: ['overflow', 'bullet-too-long'], note: FITS_NOTE },
  ),
  variant(
    'ps-overflow-nm-19',
    CLEAN_BASE_14,
    {
      action: [
        '',
        'Run 30-minute tutoring sessions four days a week in school hours',
        '',
        '',
        'Hire 24 tutors from local colleges at $22 an hour',
        '',
        '',
        '',
      ],
    },
    [],
    {
      nearMiss: ['overflow', 'too-many-bullets'],
      note: 'Eight bullet slots, but only two hold text: nothing to overflow and only two bullets.',
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// too-many-bullets: a section with more than 3 non-empty bullets
// ---------------------------------------------------------------------------------------------

const THREE_PLUS_BLANKS_NOTE =
  'Exactly three bullets hold text; the others are empty or whitespace and do not count.';

const TOO_MANY_BULLETS_CASES: PitchCase[] = [
  variant(
    'ps-bullets-01',
    CLEAN_BASE_02,
    {
      situation: [
        ...CLEAN_BASE_02.pitch.situation,
        "Supplier queries about late payments take up two days of each clerk's week",
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-02',
    CLEAN_BASE_04,
    {
      action: [
        ...CLEAN_BASE_04.pitch.action,
        'Sign a ten-year service deal with the battery maker',
        'Connect the battery to our trading desk for day-ahead bids',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-03',
    CLEAN_BASE_06,
    {
      action: [
        ...CLEAN_BASE_06.pitch.action,
        'Ask clinic staff to check the reminder list every Monday',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-04',
    CLEAN_BASE_08,
    {
      outcome: [
        ...CLEAN_BASE_08.pitch.outcome,
        'Bearing stock falls by a third because we order only what the sensors show we need',
        'Maintenance overtime drops 25% by mid-2027',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-05',
    CLEAN_BASE_10,
    {
      situation: [
        ...CLEAN_BASE_10.pitch.situation,
        'Customers who finish setup in week one renew 90% of the time',
        'Our three biggest rivals all offer guided setup',
      ],
    },
    ['too-many-bullets'],
    { note: 'Five situation bullets.' },
  ),
  variant(
    'ps-bullets-06',
    CLEAN_BASE_12,
    {
      outcome: [
        ...CLEAN_BASE_12.pitch.outcome,
        'Fuel spend falls by $3.4M a year',
        'Driver overtime drops by a fifth by the end of 2026',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-07',
    CLEAN_BASE_13,
    {
      action: [
        ...CLEAN_BASE_13.pitch.action,
        "Hold back 5% of each subcontractor's payment until their punch items close",
        'Review open items at every Monday site meeting',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-08',
    CLEAN_BASE_15,
    {
      situation: [
        ...CLEAN_BASE_15.pitch.situation,
        'Guests rate room temperature as their second biggest complaint',
        'Energy prices stay about 60% above 2021 levels',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-09',
    CLEAN_BASE_17,
    {
      action: [
        ...CLEAN_BASE_17.pitch.action,
        'Hire two data scientists to build and tune the network model',
        'Share confirmed rings with the state fraud bureau',
        'Train adjusters to spot the warning signs on the first call',
      ],
    },
    ['too-many-bullets'],
    { note: 'Five action bullets.' },
  ),
  variant(
    'ps-bullets-10',
    CLEAN_BASE_19,
    {
      situation: [
        '',
        ...CLEAN_BASE_19.pitch.situation,
        '  ',
        'Ward nurses spend about an hour per discharge chasing rides and medicines',
        'We turned away 31 ambulances last winter for lack of beds',
      ],
    },
    ['too-many-bullets'],
    {
      note: 'Six slots, two of them blank: four bullets hold text, which is still more than three.',
    },
  ),
  variant(
    'ps-bullets-11',
    CLEAN_BASE_21,
    {
      outcome: [
        ...CLEAN_BASE_21.pitch.outcome,
        'Heads of department save three hours a week on book checks',
        'Pupil results in the June Year 9 tests stay level or improve',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-12',
    CLEAN_BASE_23,
    {
      action: [
        ...CLEAN_BASE_23.pitch.action,
        'Train agents to close each billing call with a quick app demo',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-13',
    CLEAN_BASE_25,
    {
      action: [
        ...CLEAN_BASE_25.pitch.action,
        'Delete unattached storage older than 90 days',
        'Set a budget alert for each team at 80% of its monthly limit',
        'Review the top ten costs with engineering leads every month',
      ],
    },
    ['too-many-bullets'],
    { note: 'Six short action bullets: too many, but far from overflowing the box.' },
  ),
  variant(
    'ps-bullets-14',
    CLEAN_BASE_01,
    {
      situation: [
        ...CLEAN_BASE_01.pitch.situation,
        'Our two main rivals settle simple motor claims in under a week',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-15',
    CLEAN_BASE_05,
    {
      outcome: [
        ...CLEAN_BASE_05.pitch.outcome,
        'First-visit fixes rise from 71% to 80%',
        'Tenant satisfaction with repairs rises by ten points by March 2027',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-16',
    CLEAN_BASE_07,
    {
      action: [
        ...CLEAN_BASE_07.pitch.action,
        'Pay practices a flat $300 for each eligible referral',
        'Book every screening visit within ten days of referral',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-17',
    CLEAN_BASE_09,
    {
      situation: [...CLEAN_BASE_09.pitch.situation, 'Return shipping costs rose 18% this year'],
      action: [
        ...CLEAN_BASE_09.pitch.action,
        'Add model height and size to every product photo',
        'Share return reasons with our top 40 brands each quarter',
      ],
    },
    ['too-many-bullets'],
    { note: 'Two sections with four bullets each: the rule is raised once for the pitch.' },
  ),
  variant(
    'ps-bullets-18',
    CLEAN_BASE_11,
    {
      action: [
        ...CLEAN_BASE_11.pitch.action,
        'Stock the most common cabinet parts in every van',
        'Call each customer after the fix to check the line works',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-19',
    CLEAN_BASE_24,
    {
      outcome: [
        ...CLEAN_BASE_24.pitch.outcome,
        'The insurer receives an inspection report on time for every turbine',
        'Blade repairs start within a month of each drone flight',
      ],
    },
    ['too-many-bullets'],
  ),
  variant(
    'ps-bullets-20',
    CLEAN_BASE_16,
    {
      situation: [
        ...CLEAN_BASE_16.pitch.situation,
        'Underwriters carry 60 open files each',
        'Overtime in the lending team cost $410K last year',
      ],
    },
    ['too-many-bullets'],
  ),

  // Near misses: exactly three bullets with text, padded with empty or whitespace bullets.
  variant('ps-bullets-nm-01', CLEAN_BASE_01, { action: [...CLEAN_BASE_01.pitch.action, ''] }, [], {
    nearMiss: ['too-many-bullets'],
    note: THREE_PLUS_BLANKS_NOTE,
  }),
  variant(
    'ps-bullets-nm-02',
    CLEAN_BASE_03,
    { situation: [...CLEAN_BASE_03.pitch.situation, '   ', ''] },
    [],
    {
      nearMiss: ['too-many-bullets'],
      note: THREE_PLUS_BLANKS_NOTE,
    },
  ),
  variant(
    'ps-bullets-nm-03',
    CLEAN_BASE_05,
    {
      action: [
        ...CLEAN_BASE_05.pitch.action,
        '',
        "Give operatives the tenant's access notes on their phone",
        '',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-04',
    CLEAN_BASE_07,
    {
      situation: [
        ...CLEAN_BASE_07.pitch.situation,
        '',
        'The gap from referral to screening averages 19 days',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-05',
    CLEAN_BASE_09,
    { situation: ['', ...CLEAN_BASE_09.pitch.situation] },
    [],
    {
      nearMiss: ['too-many-bullets'],
      note: 'An empty first bullet, then three real ones.',
    },
  ),
  variant(
    'ps-bullets-nm-06',
    CLEAN_BASE_11,
    {
      outcome: [
        'Repeat visits fall by 40%, from 27% to 16% of faults',
        '',
        'We save £3.4m a year on visits from the 2026/27 financial year',
        ' ',
        'Customers wait four fewer days for a fix',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-07',
    CLEAN_BASE_13,
    {
      situation: [
        ...CLEAN_BASE_13.pitch.situation,
        'Subcontractors see their items only at the weekly site meeting',
        '\t',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: `${THREE_PLUS_BLANKS_NOTE} The fourth is a tab.` },
  ),
  variant(
    'ps-bullets-nm-08',
    CLEAN_BASE_14,
    {
      situation: [
        ...CLEAN_BASE_14.pitch.situation,
        'Our four high schools have 1,900 ninth graders',
        '',
        '',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-09',
    CLEAN_BASE_16,
    {
      action: [
        ...CLEAN_BASE_16.pitch.action,
        '  ',
        'Give owners an online status page for every application',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-10',
    CLEAN_BASE_18,
    {
      situation: [
        ...CLEAN_BASE_18.pitch.situation,
        'Colleagues check for gaps by walking the aisles twice a day',
        '',
        '   ',
        '',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: 'Six slots, three with text.' },
  ),
  variant(
    'ps-bullets-nm-11',
    CLEAN_BASE_20,
    {
      outcome: [
        ...CLEAN_BASE_20.pitch.outcome,
        'Mispicks fall from one in 400 orders to one in 2,000',
        '',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-12',
    CLEAN_BASE_22,
    {
      action: [
        ...CLEAN_BASE_22.pitch.action,
        'Start with the six machines that make our worst parts',
        ' ',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-13',
    CLEAN_BASE_23,
    {
      situation: [...CLEAN_BASE_23.pitch.situation, 'Billing questions alone make up 28% of calls'],
      outcome: [...CLEAN_BASE_23.pitch.outcome, 'Wait times fall from nine minutes to four'],
    },
    [],
    {
      nearMiss: ['too-many-bullets'],
      note: 'Every section has exactly three bullets: the limit, not over it.',
    },
  ),
  variant(
    'ps-bullets-nm-14',
    CLEAN_BASE_26,
    {
      situation: [
        ...CLEAN_BASE_26.pitch.situation,
        '',
        "Storms caused 40% of last year's outage minutes",
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-15',
    CLEAN_BASE_10,
    {
      outcome: [
        ...CLEAN_BASE_10.pitch.outcome,
        '',
        'Setup questions to support fall by two thirds',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-16',
    CLEAN_BASE_12,
    {
      action: [
        ...CLEAN_BASE_12.pitch.action,
        'Hire two analysts to tune the routes each week',
        '',
        '',
        '',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: 'Six slots, three with text.' },
  ),
  variant(
    'ps-bullets-nm-17',
    CLEAN_BASE_06,
    {
      situation: [
        ...CLEAN_BASE_06.pitch.situation,
        'Our letters arrive too late for patients to rebook',
        '',
        '',
        '',
        '',
        '',
      ],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: 'All eight slots used, but only three hold text.' },
  ),
  variant(
    'ps-bullets-nm-18',
    CLEAN_BASE_19,
    {
      action: [
        'Open a discharge lounge; staff it with two nurses; move patients there by 11 AM',
        'Ask wards to write discharge orders the evening before',
      ],
    },
    [],
    {
      nearMiss: ['too-many-bullets'],
      note: 'One bullet lists three steps with semicolons, but it is one bullet: two bullets in all.',
    },
  ),
  variant(
    'ps-bullets-nm-19',
    CLEAN_BASE_25,
    {
      situation: [...CLEAN_BASE_25.pitch.situation, 'Nobody owns the bill for shared services', ''],
    },
    [],
    { nearMiss: ['too-many-bullets'], note: THREE_PLUS_BLANKS_NOTE },
  ),
  variant(
    'ps-bullets-nm-20',
    CLEAN_BASE_02,
    { action: [...CLEAN_BASE_02.pitch.action, '', '  ', '', ''] },
    [],
    {
      nearMiss: ['too-many-bullets'],
      note: 'Seven slots, three with text.',
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// no-metric: no outcome bullet has a quantity
// ---------------------------------------------------------------------------------------------

const NO_OUTCOME_NUMBER_NOTE =
  'The outcome now has no quantity at all. The spoken pitch still states the old figure, but with no number on the slide outcome pitch-missing-metric does not apply, and a figure the slide does not give contradicts nothing.';
const WORDS_NOT_DIGITS_NOTE =
  'The outcome has no digits, but it has a quantity written in words, and the date is written in words too. The spoken pitch says the same value, so it carries the outcome number.';

const NO_METRIC_CASES: PitchCase[] = [
  variant(
    'ps-metric-01',
    CLEAN_BASE_01,
    {
      outcome: [
        'Customers receive their payout much sooner, starting in April',
        'Handling costs fall across the motor book by the end of 2026',
      ],
    },
    ['no-metric'],
    { note: `A year inside a date is not a quantity. ${NO_OUTCOME_NUMBER_NOTE}` },
  ),
  variant(
    'ps-metric-02',
    CLEAN_BASE_02,
    {
      outcome: [
        'Suppliers receive payment on time from the spring',
        'Clerks move from keying invoices to spend analysis by the autumn',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-03',
    CLEAN_BASE_03,
    {
      outcome: [
        'Crews find bursts before customers ring in, from next winter',
        "Leakage back under the regulator's target by March 2027",
      ],
    },
    ['no-metric'],
    { note: `"March 2027" is a date, not a quantity. ${NO_OUTCOME_NUMBER_NOTE}` },
  ),
  variant(
    'ps-metric-04',
    CLEAN_BASE_04,
    {
      outcome: [
        'We sell our midday surplus at evening prices from the summer of 2027',
        'Far less solar output goes to waste',
      ],
    },
    ['no-metric'],
    { note: `"Far less" is a direction, not a quantity. ${NO_OUTCOME_NUMBER_NOTE}` },
  ),
  variant(
    'ps-metric-05',
    CLEAN_BASE_05,
    {
      outcome: [
        'Fewer repair visits fail because nobody is home, from next April',
        'Tenants choose their own repair slot by the autumn',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-06',
    CLEAN_BASE_07,
    {
      outcome: [
        'Enrollment speeds up at our slowest sites by January',
        'We enroll our last patient ahead of forecast, by next summer',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-07',
    CLEAN_BASE_08,
    {
      outcome: [
        'Line 2 runs with far fewer unplanned stops by June 2027',
        'Bearing changes follow sensor alerts, not the calendar, from January',
      ],
    },
    ['no-metric'],
    {
      note: `"Line 2" is the name of a line and "June 2027" a date: neither is a quantity. ${NO_OUTCOME_NUMBER_NOTE}`,
    },
  ),
  variant(
    'ps-metric-08',
    CLEAN_BASE_11,
    {
      outcome: [
        'Engineers fix most faults first time by the end of the year',
        'Customers wait less for a fix from next spring',
      ],
    },
    ['no-metric'],
    { note: `"first time" is an ordinal and "most" no amount. ${NO_OUTCOME_NUMBER_NOTE}` },
  ),
  variant(
    'ps-metric-09',
    CLEAN_BASE_12,
    {
      outcome: [
        'Drivers hit far more delivery windows by Q4 2026',
        'The fleet drives fewer miles for the same parcels from next spring',
      ],
    },
    ['no-metric'],
    { note: `"Q4 2026" is a timeframe, not a metric. ${NO_OUTCOME_NUMBER_NOTE}` },
  ),
  variant(
    'ps-metric-10',
    CLEAN_BASE_14,
    {
      outcome: [
        'More ninth graders pass Algebra I by June',
        'Fewer students drop out in tenth grade from next fall',
      ],
    },
    ['no-metric'],
    {
      note: `"ninth", "tenth" and "Algebra I" are grade and course names, not quantities. ${NO_OUTCOME_NUMBER_NOTE}`,
    },
  ),
  variant(
    'ps-metric-11',
    CLEAN_BASE_15,
    {
      outcome: [
        'Empty rooms stop burning energy from next winter',
        'Every hotel runs the new controls by November',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-12',
    CLEAN_BASE_17,
    {
      outcome: [
        'Fraud losses fall sharply from Q2 2027',
        'Investigators spend their time on the riskiest claims by the end of next year',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-13',
    CLEAN_BASE_19,
    {
      outcome: [
        'Beds free up before noon every day from March',
        'ER patients reach a bed much sooner by the summer',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-14',
    CLEAN_BASE_20,
    {
      outcome: [
        'Pickers stop walking the aisles by next peak',
        'We hire far fewer agency staff from November 2027',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-15',
    CLEAN_BASE_22,
    {
      outcome: [
        'Scrap falls sharply on every moulding machine by the second half of 2026',
        'Customers return fewer parts from next year',
      ],
    },
    ['no-metric'],
    {
      note: `"the second half of 2026" is a date: the "half" there measures nothing. ${NO_OUTCOME_NUMBER_NOTE}`,
    },
  ),
  variant(
    'ps-metric-16',
    CLEAN_BASE_24,
    {
      outcome: [
        'Inspections barely interrupt generation from the spring season',
        'Rope teams work on blade repairs only by the end of the year',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),
  variant(
    'ps-metric-17',
    CLEAN_BASE_25,
    {
      outcome: [
        'Every team sees and owns its cloud bill by the end of Q3',
        'Cloud spend falls steadily from next quarter',
      ],
    },
    ['no-metric'],
    {
      note: `"Q3" and "next quarter" are timeframes: this "quarter" is not a fraction. ${NO_OUTCOME_NUMBER_NOTE}`,
    },
  ),
  variant(
    'ps-metric-18',
    CLEAN_BASE_26,
    {
      outcome: [
        'Most customers never notice a fault by 2028',
        'Crews spend their time on repairs, not rerouting, from next summer',
      ],
    },
    ['no-metric'],
    { note: `"by 2028" is a date. ${NO_OUTCOME_NUMBER_NOTE}` },
  ),
  variant(
    'ps-metric-19',
    CLEAN_BASE_09,
    {
      outcome: [
        'Fewer customers send back clothes that do not fit, from the holiday season',
        'Return costs fall in fiscal 2027',
      ],
    },
    ['no-metric'],
    { note: NO_OUTCOME_NUMBER_NOTE },
  ),

  // Near misses: the quantity is written in words, and the outcome has no digits at all.
  variant(
    'ps-metric-nm-01',
    CLEAN_BASE_01,
    {
      outcome: [
        'Settlement time falls by a third by the end of September',
        'Handlers stop re-keying emails from the autumn',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"a third". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-02',
    CLEAN_BASE_02,
    {
      outcome: [
        'Four invoices in five need no keying from the spring',
        'Suppliers receive payment on time by the end of the year',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"Four invoices in five" is the 80% the pitch says. ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-03',
    CLEAN_BASE_03,
    {
      outcome: [
        'We save nine million litres of water a day by next spring',
        "Leakage drops back under the regulator's target by next winter",
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"nine million litres". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-04',
    CLEAN_BASE_05,
    {
      outcome: [
        'Missed visits halve, from one in five to one in ten, by next April',
        'Tenants book most repairs online by the autumn',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"halve", "one in ten". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-05',
    CLEAN_BASE_08,
    {
      outcome: [
        'Unplanned downtime on the main press line halves by next summer',
        'Bearing changes follow sensor alerts from the new year',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"halves" is the pitch's "in half". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-06',
    CLEAN_BASE_09,
    {
      outcome: [
        "Apparel returns fall by a quarter before next year's holiday season",
        'Fewer parcels come back to the warehouse from the spring',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"a quarter". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-07',
    CLEAN_BASE_10,
    {
      outcome: [
        'First-year churn falls to fifteen percent by next January',
        'Support stops answering the same setup questions by the summer',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"fifteen percent" is the pitch's 15%, spelt out. ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-08',
    CLEAN_BASE_12,
    {
      outcome: [
        'Missed delivery windows fall to one in twenty-five by the end of next year',
        'Every van follows a fresh route each morning from the spring',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"one in twenty-five" is the pitch's "one in 25". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-09',
    CLEAN_BASE_13,
    {
      outcome: [
        'Rework cost falls by a third by next fall',
        'Subcontractors fix their own punch items by the end of summer',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"a third". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-10',
    CLEAN_BASE_14,
    {
      outcome: [
        'Three in four ninth graders pass Algebra I by the end of the school year',
        'Tutors work with every struggling student from the fall',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"Three in four" is the pitch's 75%. ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-11',
    CLEAN_BASE_15,
    {
      outcome: [
        'Room energy use falls by a fifth before next winter',
        'Guests control their own room temperature from the spring',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"a fifth". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-12',
    CLEAN_BASE_16,
    {
      outcome: [
        'Three in four applicants hear back the next day, from next spring',
        'Small business lending grows every quarter from the summer',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"Three in four". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-13',
    CLEAN_BASE_17,
    {
      outcome: [
        'Investigators double their hit rate by the end of next year',
        'Fraud rings find our claims harder to beat from the spring',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"double" is the pitch's "doubles". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-14',
    CLEAN_BASE_18,
    {
      outcome: [
        'Empty shelves halve in our largest stores by Christmas',
        'Colleagues refill gaps before shoppers notice them, from the new year',
      ],
    },
    [],
    { nearMiss: ['no-metric', 'pitch-missing-metric'], note: `"halve". ${WORDS_NOT_DIGITS_NOTE}` },
  ),
  variant(
    'ps-metric-nm-15',
    CLEAN_BASE_19,
    {
      outcome: [
        'Fourteen beds free up before noon each day from the new year',
        'ER patients reach a bed hours sooner by the summer',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"Fourteen beds" is the pitch's 14 beds. ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-16',
    CLEAN_BASE_20,
    {
      outcome: [
        'Picks per hour double before next peak',
        'Agency hiring falls sharply by next November',
      ],
    },
    [],
    { nearMiss: ['no-metric', 'pitch-missing-metric'], note: `"double". ${WORDS_NOT_DIGITS_NOTE}` },
  ),
  variant(
    'ps-metric-nm-17',
    CLEAN_BASE_21,
    {
      outcome: [
        'Marking time falls from eleven hours a week to seven by Easter',
        'Fewer teachers leave because of workload from next September',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"eleven hours ... to seven" is the pitch's "from 11 hours a week to 7". ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
  variant(
    'ps-metric-nm-18',
    CLEAN_BASE_23,
    {
      outcome: [
        'Three calls in ten no longer happen by the end of next year',
        'Billing questions drop off the top of the list by the summer',
      ],
    },
    [],
    {
      nearMiss: ['no-metric', 'pitch-missing-metric'],
      note: `"Three calls in ten" is the pitch's 30%. ${WORDS_NOT_DIGITS_NOTE}`,
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// no-timeframe: no outcome bullet says when
// ---------------------------------------------------------------------------------------------

const NO_WHEN_NOTE =
  'The outcome keeps its numbers but no bullet says when they arrive. Durations and rates measured as results ("14 days", "a year", "a month") are not timeframes, and dates in the ask or situation do not count for the outcome.';
const ODD_DATE_NOTE = 'The outcome date is written in an unusual form, but it still says when.';

const NO_TIMEFRAME_CASES: PitchCase[] = [
  variant(
    'ps-timeframe-01',
    CLEAN_BASE_01,
    {
      outcome: [
        'Settlement time falls by a third, from 21 to 14 days',
        '£1.1m a year lower handling cost',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-02',
    CLEAN_BASE_02,
    {
      outcome: [
        'Manual keying drops by 80%, to 3,600 invoices a month',
        'Late payments fall to one in fifty',
        'We recover £240K a year in early-payment discounts',
      ],
    },
    ['no-timeframe'],
    {
      note: `The ask's "by 30 June" is a deadline for the decision, not for the outcome. ${NO_WHEN_NOTE}`,
    },
  ),
  variant(
    'ps-timeframe-03',
    CLEAN_BASE_03,
    {
      outcome: [
        'Leakage falls from 21% to 16%, saving 9 million litres a day',
        "Leakage drops below the regulator's target",
      ],
    },
    ['no-timeframe'],
    { note: `"2026" appears only in the situation. ${NO_WHEN_NOTE}` },
  ),
  variant(
    'ps-timeframe-04',
    CLEAN_BASE_05,
    {
      outcome: [
        'Missed visits halve, from one in five to one in ten',
        'We save £530K a year on wasted visits',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-05',
    CLEAN_BASE_06,
    {
      outcome: [
        'Unused appointments fall from one in eight to one in sixteen',
        'We see 4,500 more patients a year',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-06',
    CLEAN_BASE_07,
    {
      outcome: [
        'Enrollment rises from 40 to 55 patients a month',
        'Two in three of our slow sites hit their monthly target',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-07',
    CLEAN_BASE_08,
    {
      outcome: [
        'Unplanned downtime falls by half, to about 200 hours a year',
        '$2.4M of recovered output a year',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-08',
    CLEAN_BASE_09,
    {
      outcome: [
        'Apparel returns fall by a quarter, from 31% to 23%',
        '$5.2M a year lower return costs',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-09',
    CLEAN_BASE_10,
    {
      outcome: [
        'First-year churn falls from 22% to 15%',
        'We keep $3.1M in annual recurring revenue',
      ],
    },
    ['no-timeframe'],
    {
      note: `"First-year" and "annual" describe what is measured, not when it happens. ${NO_WHEN_NOTE}`,
    },
  ),
  variant(
    'ps-timeframe-10',
    CLEAN_BASE_11,
    {
      outcome: [
        'Repeat visits fall by 40%, from 27% to 16% of faults',
        'Customers wait four fewer days for a fix',
      ],
    },
    ['no-timeframe'],
    { note: `"four fewer days" is a result, not a date. ${NO_WHEN_NOTE}` },
  ),
  variant(
    'ps-timeframe-11',
    CLEAN_BASE_13,
    {
      outcome: [
        'Rework cost falls by a third, to about $4.1M a year',
        'Punch items stay open five days on average, down from 19',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-12',
    CLEAN_BASE_14,
    {
      outcome: [
        'Algebra I pass rate rises from 58% to 75%',
        'Dropout among ninth graders falls by a fifth',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-13',
    CLEAN_BASE_16,
    {
      outcome: [
        'Decision time falls from 9 days to 1 for three in four applications',
        'Loan volume grows by $120M a year',
      ],
    },
    ['no-timeframe'],
    { note: `"9 days to 1" is the decision time, a result. ${NO_WHEN_NOTE}` },
  ),
  variant(
    'ps-timeframe-14',
    CLEAN_BASE_19,
    {
      outcome: [
        '14 beds free up before noon each day',
        'ER boarding time falls from 6.5 to 4 hours',
      ],
    },
    ['no-timeframe'],
    {
      note: `"before noon each day" is a time of day that repeats, not when the change arrives. ${NO_WHEN_NOTE}`,
    },
  ),
  variant(
    'ps-timeframe-15',
    CLEAN_BASE_20,
    {
      outcome: [
        'Picks per hour double, from 110 to 220',
        'Peak agency hiring falls from 180 to 60 people',
      ],
    },
    ['no-timeframe'],
    {
      note: `"Peak" names the busy season of every year, not a date for the change. ${NO_WHEN_NOTE}`,
    },
  ),
  variant(
    'ps-timeframe-16',
    CLEAN_BASE_22,
    {
      outcome: ['Scrap falls from 6.4% to 2% of parts', 'Savings of £1.8m a year'],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-17',
    CLEAN_BASE_23,
    {
      outcome: [
        'Call volume falls by 30%, or 720,000 calls a year',
        '$9.4M a year lower care costs',
      ],
    },
    ['no-timeframe'],
    {
      note: `The ask names the 2026 budget and February 28, but no outcome bullet says when. ${NO_WHEN_NOTE}`,
    },
  ),
  variant(
    'ps-timeframe-18',
    CLEAN_BASE_24,
    {
      outcome: [
        'Inspection downtime falls from 172 turbine days a year to 15',
        '€410K a year lower inspection cost',
      ],
    },
    ['no-timeframe'],
    { note: NO_WHEN_NOTE },
  ),
  variant(
    'ps-timeframe-19',
    CLEAN_BASE_26,
    {
      outcome: [
        'Average outage minutes fall by 35%, from 142 to 92',
        'Switches reroute power in under a minute, not 70',
      ],
    },
    ['no-timeframe'],
    { note: `"under a minute" is how fast the switches work, not when. ${NO_WHEN_NOTE}` },
  ),
  variant(
    'ps-timeframe-20',
    CLEAN_BASE_21,
    {
      outcome: [
        'Marking time falls from 11 to 7 hours a week per teacher',
        'Year 11 teachers gain the most time back',
      ],
    },
    ['no-timeframe'],
    { note: `"Year 11" is a school year group, not a date. ${NO_WHEN_NOTE}` },
  ),

  // Near misses: the outcome date is there, in an odd form.
  variant(
    'ps-timeframe-nm-01',
    CLEAN_BASE_01,
    {
      outcome: [
        'Settlement time falls by a third, from 21 to 14 days',
        '£1.1m a year lower handling cost before year-end',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"before year-end". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-02',
    CLEAN_BASE_02,
    {
      outcome: [
        'Manual keying drops by 80%, to 3,600 invoices a month',
        'Late payments fall to one in fifty within six weeks of switch-on',
        'We recover £240K a year in early-payment discounts',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"within six weeks of switch-on". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-03',
    CLEAN_BASE_03,
    {
      outcome: [
        'Leakage falls from 21% to 16%, saving 9 million litres a day',
        "Leakage back under the regulator's target from FY27",
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"from FY27". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-04',
    CLEAN_BASE_05,
    {
      outcome: [
        'Missed visits halve, from one in five to one in ten',
        'We save £530K a year on wasted visits from next spring',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"from next spring". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-05',
    CLEAN_BASE_06,
    {
      outcome: [
        'Unused appointments fall from one in eight to one in sixteen',
        'We see 4,500 more patients a year by 14 May',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"by 14 May": a day and a month. ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-06',
    CLEAN_BASE_07,
    {
      outcome: [
        'Enrollment rises from 40 to 55 patients a month',
        'We enroll the last patient before the end of the fiscal year',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"before the end of the fiscal year". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-07',
    CLEAN_BASE_08,
    {
      outcome: [
        'Unplanned downtime falls by half, to about 200 hours a year',
        '$2.4M in recovered output within 12 months of go-live',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"within 12 months of go-live". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-08',
    CLEAN_BASE_09,
    {
      outcome: [
        'Apparel returns fall by a quarter, from 31% to 23%',
        '$5.2M lower return costs by Black Friday 2026',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"by Black Friday 2026". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-09',
    CLEAN_BASE_10,
    {
      outcome: [
        'First-year churn falls from 22% to 15%',
        'We keep $3.1M in annual recurring revenue over the next four quarters',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"over the next four quarters". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-10',
    CLEAN_BASE_11,
    {
      outcome: [
        'Repeat visits fall by 40%, from 27% to 16% of faults',
        'We save £3.4m a year on visits from the end of H1',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"from the end of H1". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-11',
    CLEAN_BASE_13,
    {
      outcome: [
        'Rework cost falls by a third, to about $4.1M a year',
        'Every site closes punch items within five days by Labor Day',
      ],
    },
    [],
    {
      nearMiss: ['no-timeframe'],
      note: `"by Labor Day" says when; "within five days" on its own would only be a result. ${ODD_DATE_NOTE}`,
    },
  ),
  variant(
    'ps-timeframe-nm-12',
    CLEAN_BASE_14,
    {
      outcome: [
        'Algebra I pass rate rises from 58% to 75%',
        'The board sees first results by the spring semester',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"by the spring semester". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-13',
    CLEAN_BASE_21,
    {
      outcome: [
        'Marking time falls from 11 to 7 hours a week per teacher',
        'Teacher turnover falls below 10% by the spring term',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"by the spring term". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-14',
    CLEAN_BASE_16,
    {
      outcome: [
        'Decision time falls from 9 days to 1 for three in four applications',
        'Loan volume grows by $120M this fiscal year',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"this fiscal year". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-15',
    CLEAN_BASE_18,
    {
      outcome: [
        'Empty shelves fall by half, from 7% to 3.5% of lines',
        '£11m extra sales in time for Christmas',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"in time for Christmas". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-16',
    CLEAN_BASE_20,
    {
      outcome: [
        'Picks per hour double, from 110 to 220',
        'Peak agency hiring falls to 60 people ahead of the 2027 peak',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"ahead of the 2027 peak". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-17',
    CLEAN_BASE_22,
    {
      outcome: [
        'Scrap falls from 6.4% to 2% of parts',
        'Savings of £1.8m a year within two quarters of installation',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"within two quarters of installation". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-18',
    CLEAN_BASE_25,
    {
      outcome: [
        'Cloud spend falls by £1.6m a year, to £3.6m',
        'Every team sees and owns its bill in H2',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"in H2". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-19',
    CLEAN_BASE_26,
    {
      outcome: [
        'Average outage minutes fall by 35%, from 142 to 92',
        'Reliability back in the top quartile of US utilities within three years',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"within three years". ${ODD_DATE_NOTE}` },
  ),
  variant(
    'ps-timeframe-nm-20',
    CLEAN_BASE_24,
    {
      outcome: [
        'Inspection downtime falls from 172 turbine days a year to 15',
        '€410K a year lower inspection cost from next season',
      ],
    },
    [],
    { nearMiss: ['no-timeframe'], note: `"from next season". ${ODD_DATE_NOTE}` },
  ),
];

// ---------------------------------------------------------------------------------------------
// no-situation-number: no situation bullet has a number
// ---------------------------------------------------------------------------------------------

const NO_SITUATION_NUMBER_NOTE =
  'The situation now has no number. The spoken pitch may still state one, which the slide no longer gives: that contradicts nothing.';
const SITUATION_WORDS_NOTE =
  'No digits in the situation, but a number in words; where the spoken pitch states the same fact, the value matches.';

const NO_SITUATION_NUMBER_CASES: PitchCase[] = [
  variant(
    'ps-sitnum-01',
    CLEAN_BASE_01,
    {
      situation: [
        'Motor claims take weeks to settle',
        'Handlers spend much of their week re-keying data from emails',
        'Complaints about slow payouts have risen every year since 2019',
      ],
    },
    ['no-situation-number'],
    { note: `"since 2019" is a year alone, not a number of anything. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-02',
    CLEAN_BASE_02,
    {
      situation: [
        'Our team keys every supplier invoice by hand',
        'Invoices often miss their payment date, and we lose early-payment discounts',
      ],
    },
    ['no-situation-number'],
    { note: NO_SITUATION_NUMBER_NOTE },
  ),
  variant(
    'ps-sitnum-03',
    CLEAN_BASE_03,
    {
      situation: [
        "Leakage has stayed above the regulator's target since 2020",
        'Crews find most bursts only after customers ring in',
      ],
    },
    ['no-situation-number'],
    { note: `"since 2020" is a year alone. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-04',
    CLEAN_BASE_04,
    {
      situation: [
        'Our Kern County solar farm throws away power at midday',
        'Evening power prices run far higher than midday prices',
      ],
    },
    ['no-situation-number'],
    { note: NO_SITUATION_NUMBER_NOTE },
  ),
  variant(
    'ps-sitnum-05',
    CLEAN_BASE_05,
    {
      situation: [
        'Tenants report most repairs by phone',
        'Repair visits often fail because nobody is home',
      ],
    },
    ['no-situation-number'],
    { note: NO_SITUATION_NUMBER_NOTE },
  ),
  variant(
    'ps-sitnum-06',
    CLEAN_BASE_07,
    {
      situation: [
        'Our Phase 3 asthma trial runs behind plan',
        'Most sites miss their monthly enrollment target',
      ],
    },
    ['no-situation-number'],
    {
      note: `"Phase 3" is the name of a trial phase, a label and not a number of anything. ${NO_SITUATION_NUMBER_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-07',
    CLEAN_BASE_08,
    {
      situation: [
        'Line 2 stops without warning several times a month',
        'Most failures start in the main press bearings',
      ],
    },
    ['no-situation-number'],
    { note: `"Line 2" is a name and "several" no number. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-08',
    CLEAN_BASE_10,
    {
      situation: [
        'Too many new customers cancel in their first year',
        'Many never finish setting up their first project',
      ],
    },
    ['no-situation-number'],
    { note: `"first" is an ordinal. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-09',
    CLEAN_BASE_11,
    {
      situation: [
        'Broadband faults often need a second engineer visit',
        'Each repeat visit adds days to the fix',
      ],
    },
    ['no-situation-number'],
    { note: `"second" is an ordinal. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-10',
    CLEAN_BASE_12,
    {
      situation: [
        'Our vans still drive the fixed routes we drew up in 2019',
        'Drivers miss delivery windows every day',
      ],
    },
    ['no-situation-number'],
    { note: `"in 2019" is a year alone. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-11',
    CLEAN_BASE_14,
    {
      situation: [
        'Most of our ninth graders struggle with Algebra I',
        'Students who fail it drop out far more often',
      ],
    },
    ['no-situation-number'],
    { note: `"ninth" and "Algebra I" are a grade and a course name. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-12',
    CLEAN_BASE_15,
    {
      situation: [
        'Our energy bill rose again in 2024',
        'We heat and cool empty rooms for much of the day',
      ],
    },
    ['no-situation-number'],
    { note: `"in 2024" is a year alone. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-13',
    CLEAN_BASE_17,
    {
      situation: [
        'Staged accidents cost us more every year',
        'Investigators reach only a small share of the claims we flag',
      ],
    },
    ['no-situation-number'],
    { note: NO_SITUATION_NUMBER_NOTE },
  ),
  variant(
    'ps-sitnum-14',
    CLEAN_BASE_19,
    {
      situation: [
        'ER patients wait hours for an inpatient bed',
        'Most discharges leave the ward in the afternoon',
      ],
    },
    ['no-situation-number'],
    { note: `"hours" gives no number. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-15',
    CLEAN_BASE_20,
    {
      situation: [
        'Pickers at Daventry walk the length of the building all shift',
        'Every peak we hire agency staff, and many leave within weeks',
      ],
    },
    ['no-situation-number'],
    { note: NO_SITUATION_NUMBER_NOTE },
  ),
  variant(
    'ps-sitnum-16',
    CLEAN_BASE_21,
    {
      situation: [
        'Year 11 teachers spend their evenings marking books',
        'Workload topped the exit reasons of the teachers who left in 2024',
      ],
    },
    ['no-situation-number'],
    { note: `"Year 11" is a year group and "2024" a year alone. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-17',
    CLEAN_BASE_22,
    {
      situation: [
        'Our Telford plant scraps far too many moulded parts',
        'Scrap and rework costs rose through Q3 and Q4',
      ],
    },
    ['no-situation-number'],
    { note: `"Q3" and "Q4" are quarter labels. ${NO_SITUATION_NUMBER_NOTE}` },
  ),
  variant(
    'ps-sitnum-18',
    CLEAN_BASE_23,
    {
      situation: [
        'Our call centers take more calls every quarter',
        'A handful of reasons drive most calls, and billing questions top the list',
      ],
    },
    ['no-situation-number'],
    {
      note: `"a handful" is a vague amount, and "every quarter" a period, not a fraction. ${NO_SITUATION_NUMBER_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-19',
    CLEAN_BASE_25,
    {
      situation: [
        'Our cloud bill keeps growing faster than revenue',
        'Many servers sit almost idle all day',
      ],
    },
    ['no-situation-number'],
    { note: NO_SITUATION_NUMBER_NOTE },
  ),
  variant(
    'ps-sitnum-20',
    CLEAN_BASE_26,
    {
      situation: [
        'Our customers sit without power for longer than customers of most US utilities',
        'Crews lose time driving the line to find each fault',
      ],
    },
    ['no-situation-number'],
    { note: NO_SITUATION_NUMBER_NOTE },
  ),

  // Near misses: the situation number is in words, with no digits.
  variant(
    'ps-sitnum-nm-01',
    CLEAN_BASE_01,
    {
      situation: [
        'Motor claims take three weeks on average to settle',
        'Complaints about slow payouts doubled',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"three weeks" is the pitch's 21 days; "doubled". ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-02',
    CLEAN_BASE_02,
    {
      situation: [
        'One invoice in twelve misses its payment date',
        'Our team still keys every supplier invoice by hand',
      ],
    },
    [],
    { nearMiss: ['no-situation-number'], note: `"One invoice in twelve". ${SITUATION_WORDS_NOTE}` },
  ),
  variant(
    'ps-sitnum-nm-03',
    CLEAN_BASE_03,
    {
      situation: [
        'Leaks waste more than a fifth of our treated water',
        'Crews find most bursts only after customers ring in',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"more than a fifth" agrees with the pitch's 21%. ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-04',
    CLEAN_BASE_05,
    {
      situation: [
        'One repair visit in five fails because nobody is home',
        'Tenants report most repairs by phone',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number'],
      note: `"One repair visit in five". ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-05',
    CLEAN_BASE_06,
    {
      situation: [
        'One in eight outpatient appointments goes unused',
        'Our three hospitals still send reminders by letter',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number'],
      note: `"One in eight", "three hospitals". ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-06',
    CLEAN_BASE_08,
    {
      situation: [
        'Unplanned stops on the main press line doubled in two years',
        'Most failures start in the main press bearings',
      ],
    },
    [],
    { nearMiss: ['no-situation-number'], note: `"doubled in two years". ${SITUATION_WORDS_NOTE}` },
  ),
  variant(
    'ps-sitnum-nm-07',
    CLEAN_BASE_09,
    {
      situation: [
        'Customers return nearly a third of online apparel orders',
        'Two thirds of returns cite the wrong size',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"nearly a third" agrees with the pitch's 31%. ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-08',
    CLEAN_BASE_10,
    {
      situation: [
        'Half of the customers who cancel never finish setting up',
        'Support answers the same setup questions every day',
      ],
    },
    [],
    { nearMiss: ['no-situation-number'], note: `"Half". ${SITUATION_WORDS_NOTE}` },
  ),
  variant(
    'ps-sitnum-nm-09',
    CLEAN_BASE_12,
    {
      situation: [
        'Drivers miss one delivery window in ten',
        'Our vans still drive the routes we drew up years ago',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number'],
      note: `"one delivery window in ten". ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-10',
    CLEAN_BASE_14,
    {
      situation: [
        'Fewer than three in five ninth graders pass Algebra I',
        'Students who fail it drop out at twice the rate',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"Fewer than three in five" agrees with the pitch's 58%; "twice". ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-11',
    CLEAN_BASE_15,
    {
      situation: [
        'Our energy bill rose by a quarter last year',
        'We heat and cool empty rooms for hours every day',
      ],
    },
    [],
    { nearMiss: ['no-situation-number'], note: `"a quarter". ${SITUATION_WORDS_NOTE}` },
  ),
  variant(
    'ps-sitnum-nm-12',
    CLEAN_BASE_16,
    {
      situation: [
        'Loan decisions take nine days on average',
        'We lose more than a third of approved applicants to online lenders',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"nine days" is the pitch's 9 days, and "more than a third" agrees with its 35%. ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-13',
    CLEAN_BASE_18,
    {
      situation: [
        'Two gaps in three have stock sitting in the back room',
        'Shoppers often find lines out of stock',
      ],
    },
    [],
    { nearMiss: ['no-situation-number'], note: `"Two gaps in three". ${SITUATION_WORDS_NOTE}` },
  ),
  variant(
    'ps-sitnum-nm-14',
    CLEAN_BASE_19,
    {
      situation: [
        'Half of our discharges leave the ward in the late afternoon',
        'ER patients wait hours for a bed upstairs',
      ],
    },
    [],
    { nearMiss: ['no-situation-number'], note: `"Half". ${SITUATION_WORDS_NOTE}` },
  ),
  variant(
    'ps-sitnum-nm-15',
    CLEAN_BASE_20,
    {
      situation: [
        'A third of our peak agency staff leave within a month',
        'Pickers walk the length of the building all shift',
      ],
    },
    [],
    { nearMiss: ['no-situation-number'], note: `"A third". ${SITUATION_WORDS_NOTE}` },
  ),
  variant(
    'ps-sitnum-nm-16',
    CLEAN_BASE_21,
    {
      situation: [
        'Teachers spend eleven hours a week marking books',
        'Workload tops the exit reasons of staff who leave',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number'],
      note: `"eleven hours" is the pitch's 11 hours. ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-17',
    CLEAN_BASE_25,
    {
      situation: [
        'A third of our servers run almost idle',
        'Our cloud bill grew by nearly half last year',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"nearly half" agrees with the pitch's 48%. ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-18',
    CLEAN_BASE_26,
    {
      situation: [
        'Each of our customers sat through more than two hours of outages last year',
        'Crews lose time driving the line to find each fault',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"more than two hours" agrees with the pitch's 142 minutes. ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-19',
    CLEAN_BASE_07,
    {
      situation: [
        'Our asthma trial has enrolled about a third of its patients',
        'Two in three sites miss their monthly enrollment target',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number', 'pitch-contradicts-slide'],
      note: `"about a third" agrees with the pitch's 310 of 900. ${SITUATION_WORDS_NOTE}`,
    },
  ),
  variant(
    'ps-sitnum-nm-20',
    CLEAN_BASE_23,
    {
      situation: [
        'Five reasons drive most of our calls, and billing questions top the list',
        'Call volume has risen every quarter since 2023',
      ],
    },
    [],
    {
      nearMiss: ['no-situation-number'],
      note: `"Five reasons" is a number in words; "since 2023" on its own would not be. ${SITUATION_WORDS_NOTE}`,
    },
  ),
];

// ---------------------------------------------------------------------------------------------

export const SLIDE_PITCHES: PitchCase[] = [
  ...CLEAN_PITCHES,
  ...REQUIRED_CASES,
  ...OVERFLOW_CASES,
  ...TOO_MANY_BULLETS_CASES,
  ...NO_METRIC_CASES,
  ...NO_TIMEFRAME_CASES,
  ...NO_SITUATION_NUMBER_CASES,
];
