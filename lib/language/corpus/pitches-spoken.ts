/**
 * Whole-pitch cases about the spoken elevator pitch: 24 clean pitches, then variants of them that
 * change only the spoken text (and its target length) to test `pitch-too-long`, `pitch-too-short`,
 * `pitch-missing-metric`, `pitch-missing-ask` and `pitch-contradicts-slide`.
 *
 * Written by hand from LABELLING.md, without looking at the engine. Word counts in the notes use
 * the guide's definition: a run of letters/digits, with "$1.2M", "£280K", "same-day", "1,100"
 * and "shopper's" one word each (a currency sign or trailing punctuation is not a word). Length
 * cases avoid contractions; each length note gives the count and names the tokens with inner
 * punctuation ("$8.8", "9,200", "two-way"), where splitting them would change the count.
 */
import type { CorpusPitch, CorpusRuleId, Industry, PitchCase, Spelling } from './types';

interface Base {
  industry: Industry;
  spelling: Spelling;
  slide: CorpusPitch;
}

type Target = 30 | 45 | 60 | 90;

/** A clean slide with another spoken pitch; `target` undefined leaves targetSeconds out (60 s default). */
function variant(
  id: string,
  base: Base,
  text: string,
  target: Target | undefined,
  expect: CorpusRuleId[],
  more: { nearMiss?: CorpusRuleId[]; note?: string } = {},
): PitchCase {
  return {
    id,
    industry: base.industry,
    spelling: base.spelling,
    pitch: {
      ...base.slide,
      pitch: target === undefined ? { text } : { text, targetSeconds: target },
    },
    expect,
    ...more,
  };
}

// ---------------------------------------------------------------------------------------------
// Clean bases
// ---------------------------------------------------------------------------------------------

const FIN_US: Base = {
  industry: 'finance',
  spelling: 'en-US',
  slide: {
    title: 'Invoice matching',
    audience: 'CFO and finance leadership team',
    headline: 'Automatic invoice matching will save $1.2M a year from 2026',
    situation: [
      'Our team keys in 38,000 supplier invoices a month by hand.',
      'One in nine payments goes out late and triggers a penalty fee.',
    ],
    action: [
      'Switch on automatic matching in the payments system we already own.',
      'Move six clerks from data entry to supplier disputes.',
    ],
    outcome: [
      'Processing cost falls by $1.2M a year from Q2 2026.',
      'Late payments drop from 11% to 3% by June 2026.',
    ],
    ask: 'Approve $450K for the matching module by March 14.',
    valueProposition: 'We pay suppliers on time and stop paying penalty fees.',
    trace: {
      objective: 'Cut finance operating cost by 10% in 2026',
      project: 'Invoice matching',
      if: 'If matching goes live in April',
      then: 'late payments fall to 3% by June',
    },
    pitch: {
      text: "Every month my team types in 38,000 supplier invoices by hand. One payment in nine goes out late, and we pay a penalty fee on each of those. I want to switch on automatic matching in the payments system we already own, and move six clerks onto supplier disputes, where we lose real money today. That cuts processing cost by $1.2 million a year from the second quarter of 2026, and late payments fall from 11% to 3% by June. I'm asking you to approve $450,000 for the matching module by March 14, so we can start in April.",
      targetSeconds: 60,
    },
  },
};

const INS_GB: Base = {
  industry: 'insurance',
  spelling: 'en-GB',
  slide: {
    title: 'Motor claims triage',
    headline: 'Claims triage will cut motor settlement time by a third',
    situation: [
      'Motor claims take 21 days on average to settle.',
      'Handlers spend 40% of their week on simple glass and scratch claims.',
    ],
    action: [
      'Route simple claims to a same-day fast track with fixed payouts.',
      'Train 12 handlers on the new triage checklist in April.',
    ],
    outcome: [
      'Average settlement falls from 21 to 14 days by September 2025.',
      'Handler overtime drops by £310K a year.',
    ],
    ask: 'Approve £280K and release two pricing analysts by 30 May.',
    valueProposition:
      'Customers receive their money sooner, and handlers spend their time on complex claims.',
    pitch: {
      text: "Our motor customers wait 21 days for a settlement. Simple glass and scratch claims take up 40% of a handler's week, and they hold up everything else. I want to send those claims down a same-day fast track with fixed payouts. By September, average settlement drops to 14 days, and we save £310,000 a year in overtime. I'm asking you to approve £280,000 and release two pricing analysts by 30 May.",
      targetSeconds: 45,
    },
  },
};

const UTIL_GB: Base = {
  industry: 'utilities',
  spelling: 'en-GB',
  slide: {
    title: 'Northfield leakage',
    audience: 'Board',
    headline: 'Acoustic sensors will cut leakage in Northfield by a quarter by 2027',
    situation: [
      'We lose 62 million litres of treated water a day to leaks.',
      'Crews usually find a leak only after a customer reports it.',
    ],
    action: [
      'Fit 4,000 acoustic sensors on the oldest mains in Northfield.',
      'Send a repair crew to every sensor alert within 48 hours.',
    ],
    outcome: [
      'Leakage in Northfield falls by 25% by March 2027.',
      'We avoid a £2.4M regulator penalty at the 2027 review.',
    ],
    ask: 'Approve £3.1M from the asset programme at the 12 June board.',
    valueProposition: 'Less water lost, fewer burst mains and no regulator penalty.',
    trace: {
      objective: 'Meet our 2027 leakage target',
      program: 'Smart network programme',
      project: 'Northfield acoustic sensors',
    },
    pitch: {
      text: "We lose 62 million litres of clean water every day through leaks, and our crews usually hear about a leak only when a customer rings us. I want to fit 4,000 acoustic sensors on the oldest mains in Northfield and send a crew to every alert within 48 hours. That cuts leakage there by a quarter by March 2027, and it keeps us clear of a £2.4 million penalty at the next regulator review. I'm asking the board to approve £3.1 million from the asset programme on 12 June.",
      targetSeconds: 60,
    },
  },
};

const ENR_US: Base = {
  industry: 'energy',
  spelling: 'en-US',
  slide: {
    title: 'Gearbox monitoring',
    headline: 'Vibration monitoring will cut turbine downtime in half by 2026',
    situation: [
      'Our 140 turbines lost 9,200 hours to gearbox failures last year.',
      'Each failure costs about $180K in parts, cranes and lost power.',
    ],
    action: [
      'Install vibration sensors on every gearbox at Red Mesa and Cold Creek.',
      'Schedule repairs when readings cross a warning threshold, before gearboxes fail.',
    ],
    outcome: [
      'Unplanned downtime falls 50%, to 4,600 hours a year, by December 2026.',
      'Repair spend drops by $2.7M a year.',
    ],
    ask: 'Fund $1.9M for sensors and assign two reliability engineers by April 30.',
    valueProposition: 'We sell more power and send fewer crews up broken turbines.',
    pitch: {
      text: 'Last year our 140 turbines sat idle for 9,200 hours because of gearbox failures, and each failure cost us about $180,000. I want to put vibration sensors on every gearbox at Red Mesa and Cold Creek, and fix gearboxes when the readings cross a warning line, before they break. By December 2026 that halves unplanned downtime and cuts repair spend by $2.7 million a year. I need you to fund $1.9 million for the sensors and assign two reliability engineers by April 30.',
      targetSeconds: 60,
    },
  },
};

const PUB_GB: Base = {
  industry: 'public-sector',
  spelling: 'en-GB',
  slide: {
    title: 'Online housing benefit claims',
    audience: 'Cabinet',
    headline: 'Online housing benefit claims will halve decision times by April 2026',
    situation: [
      'Residents wait 34 days on average for a housing benefit decision.',
      'Staff retype 70% of paper forms into the case system.',
    ],
    action: [
      'Launch an online claim form that feeds the case system directly.',
      'Keep a phone and paper route for residents without internet access.',
    ],
    outcome: [
      'Average decision time falls from 34 to 17 days by April 2026.',
      'We save £520K a year on agency staff.',
    ],
    ask: 'Approve £640K from the transformation fund at the 9 July cabinet.',
    valueProposition: 'Residents get decisions sooner and keep up with their rent.',
    pitch: {
      text: "Today residents wait 34 days for a housing benefit decision, and my staff retype seven in ten paper forms. I want to launch an online form that feeds our case system directly, and keep phone and paper for anyone without internet. By April 2026 a decision takes 17 days, half today's wait, and we save £520,000 a year on agency staff. I'm asking cabinet to approve £640,000 from the transformation fund on 9 July.",
      targetSeconds: 45,
    },
  },
};

const HLT_GB: Base = {
  industry: 'healthcare',
  spelling: 'en-GB',
  slide: {
    title: 'Outpatient reminders',
    headline: 'Two-way text reminders will recover 9,000 clinic slots a year',
    situation: [
      'One in eight outpatient appointments at our trust goes unattended.',
      'Each empty slot costs the trust about £160.',
    ],
    action: [
      'Send two-way text reminders seven days and two days before each appointment.',
      'Offer freed slots the same day to patients on the waiting list.',
    ],
    outcome: [
      'Missed appointments fall from 12% to 7% by December 2025.',
      'We recover 9,000 clinic slots and £1.4M a year.',
    ],
    ask: 'Approve £210K for the reminder service and one project manager by 1 August.',
    valueProposition: 'Patients wait less, and consultants see full clinics.',
    pitch: {
      text: 'One in eight of our outpatient appointments goes unattended, and each empty slot costs us about £160. Two-way text reminders cut that from 12% to 7% by December, which gives us back 9,000 slots a year. Please approve £210,000 and one project manager by 1 August.',
      targetSeconds: 30,
    },
  },
};

const PHA_US: Base = {
  industry: 'pharma',
  spelling: 'en-US',
  slide: {
    title: 'Asthma trial enrollment',
    headline: 'Home pre-screening will finish our asthma trial four months early',
    situation: [
      'Our asthma trial has enrolled 310 of 900 patients after 14 months.',
      'Sites turn away 60% of referrals at the first visit.',
    ],
    action: [
      'Send referrals a short home questionnaire before they travel to a site.',
      'Add four community clinics in Texas and Ohio as enrollment sites.',
    ],
    outcome: [
      'Enrollment completes by August 2026, four months ahead of plan.',
      'Each month we save is worth $3.5M in earlier sales.',
    ],
    ask: 'Approve $2.2M for the clinic contracts and name a sponsor lead by May 15.',
    valueProposition: 'Patients get a new asthma treatment sooner.',
    trace: {
      objective: 'Launch the new asthma inhaler in 2027',
      program: 'Respiratory pipeline',
      project: 'Phase 3 enrollment',
    },
    pitch: {
      text: "Fourteen months in, our asthma trial has enrolled 310 of the 900 patients it needs, and sites turn away 60% of referrals at the first visit. I want every referral to fill in a short questionnaire at home before they travel, and I want to add four community clinics in Texas and Ohio. That finishes enrollment by August 2026, four months ahead of plan, and every month we save is worth $3.5 million in earlier sales. I'm asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.",
      targetSeconds: 60,
    },
  },
};

const MFG_US: Base = {
  industry: 'manufacturing',
  spelling: 'en-US',
  slide: {
    title: 'Line 4 scrap',
    headline: 'Camera inspection will cut scrap on Line 4 by 30% by Q3',
    situation: [
      'Line 4 scraps 6% of the door panels it stamps.',
      'Scrap on Line 4 cost us $2.1M last year.',
    ],
    action: [
      'Install inline cameras after the second press.',
      'Stop the line automatically when a camera spots a crack.',
    ],
    outcome: [
      'Scrap falls 30%, saving $630K a year, by the end of Q3 2025.',
      'Customer returns of cracked panels drop to zero by September.',
    ],
    ask: 'Approve $390K for cameras and two weeks of line downtime in July.',
    valueProposition: 'Fewer cracked panels reach our customers.',
    pitch: {
      text: "Line 4 scraps 6% of its door panels, and that cost us $2.1 million last year. Inline cameras after the second press stop the line the moment they spot a crack. That cuts scrap by 30% and saves $630,000 a year by the end of Q3. I'm asking you to approve $390,000 and two weeks of downtime in July.",
      targetSeconds: 30,
    },
  },
};

const RET_GB: Base = {
  industry: 'retail',
  spelling: 'en-GB',
  slide: {
    title: 'Online returns',
    headline: 'Better size advice will cut online clothing returns by a quarter',
    situation: [
      'Customers send back 32% of the clothes they buy online.',
      'Returns cost us £4.8M last year in postage and handling.',
    ],
    action: [
      'Add fit notes from customer reviews to every product page.',
      "Recommend a size from each shopper's past orders.",
    ],
    outcome: [
      'Returns fall by 25%, to 24% of orders, by November 2025.',
      'We save £1.2M a year in postage and handling.',
    ],
    ask: 'Approve £350K and assign three web developers from 1 June.',
    valueProposition: 'Shoppers get the right size first time.',
    pitch: {
      text: "Our customers send back 32% of the clothes they buy online, and that cost us £4.8 million last year. I want to add fit notes from reviews to every product page and recommend a size from each shopper's past orders. By November, returns fall by a quarter, and we save £1.2 million a year. I'm asking you to approve £350,000 and give me three web developers from 1 June.",
      targetSeconds: 45,
    },
  },
};

const SW_US: Base = {
  industry: 'software',
  spelling: 'en-US',
  slide: {
    title: 'Guided onboarding',
    headline: 'Guided onboarding will cut first-year churn from 18% to 12%',
    situation: [
      '18% of new customers cancel within their first year.',
      'Most customers who leave never add a second user.',
    ],
    action: [
      'Build an in-app setup checklist for every new account.',
      'Give every account over $20K a year its own success manager.',
    ],
    outcome: [
      'First-year churn falls from 18% to 12% by Q4 2026.',
      'We keep $3.4M in annual recurring revenue.',
    ],
    ask: 'Approve four engineers for two quarters and two success manager hires by July 1.',
    valueProposition: 'New customers get value in their first week, and they stay.',
    pitch: {
      text: "Eighteen percent of our new customers cancel in their first year, and most of them never add a second user. I want to build a setup checklist inside the product and give every account over $20,000 a year its own success manager. By the fourth quarter of 2026, first-year churn drops to 12%, and we keep $3.4 million in annual revenue that walks out the door today. I'm asking you to approve four engineers for two quarters and two success manager hires by July 1.",
      targetSeconds: 60,
    },
  },
};

const TEL_GB: Base = {
  industry: 'telecom',
  spelling: 'en-GB',
  slide: {
    title: 'Remote line tests',
    headline: 'Remote line tests will cut wasted engineer visits by 35% by 2026',
    situation: [
      'Engineers make 14,000 home visits a month for broadband faults.',
      'On one visit in three, the fault sits outside the home.',
    ],
    action: [
      'Run a remote line test before any visit goes into the diary.',
      'Send faults outside the home straight to the network team.',
    ],
    outcome: ['Wasted visits fall by 35% by January 2026.', 'Field costs drop by £2.2M a year.'],
    ask: 'Approve £900K and release two network analysts by 15 September.',
    valueProposition: 'We fix each fault at the first attempt, with no wasted trip.',
    pitch: {
      text: "Our engineers make 14,000 home visits a month for broadband faults, and on one visit in three the fault sits outside the home. I want a remote line test before any visit goes in the diary, and faults outside the home should go straight to the network team. By January that cuts wasted visits by 35% and saves £2.2 million a year. I'm asking you to approve £900,000 and release two network analysts by 15 September.",
      targetSeconds: 45,
    },
  },
};

const LOG_US: Base = {
  industry: 'logistics',
  spelling: 'en-US',
  slide: {
    title: 'Daily route planning',
    headline: 'Daily route planning will cut our fuel bill by $1.6M a year',
    situation: [
      'Our 420 vans drive 11% more miles than the best routes need.',
      'Fuel cost us $14.5M last year.',
    ],
    action: [
      'Plan every route each morning with live traffic and order data.',
      'Load vans in stop order, starting at our three Midwest depots.',
    ],
    outcome: [
      'Fuel spend falls by $1.6M a year from October 2025.',
      'On-time deliveries rise from 91% to 96%.',
    ],
    ask: 'Approve $700K for routing software and assign one depot manager per site by June 2.',
    valueProposition: 'Cheaper, more reliable deliveries for our customers.',
    pitch: {
      text: "Our 420 vans drive 11% more miles than they need to, and fuel cost us $14.5 million last year. I want to plan every route each morning with live traffic and order data, and load vans in stop order, starting at our three Midwest depots. From October that cuts fuel spend by $1.6 million a year, and on-time deliveries climb from 91% to 96%. I'm asking you to approve $700,000 for the routing software and assign one depot manager per site by June 2.",
      targetSeconds: 60,
    },
  },
};

const CON_GB: Base = {
  industry: 'construction',
  spelling: 'en-GB',
  slide: {
    title: 'Riverside bathroom pods',
    headline: 'Factory-built bathroom pods will win back ten weeks on Riverside',
    situation: [
      'Riverside has 280 flats, and wet trades run 12 weeks behind programme.',
      'Late handover costs us £9,000 a day in penalties.',
    ],
    action: [
      'Order 280 bathroom pods from a factory in Derby.',
      'Crane the pods in floor by floor as each frame goes up.',
    ],
    outcome: [
      'We win back ten of the 12 weeks and hand over by 30 June 2026.',
      'We avoid about £630K in late-handover penalties.',
    ],
    ask: 'Approve £480K extra for the pods and sign the Derby order by 20 March.',
    valueProposition: 'Tenants move in on time, and we keep the penalty money.',
    trace: {
      objective: 'Hand over every 2026 scheme on time',
      project: 'Riverside, phase 2',
    },
    pitch: {
      text: "Riverside has 280 flats, and the wet trades run 12 weeks behind programme. Every day we hand over late costs us £9,000 in penalties. I want to order 280 bathroom pods from a factory in Derby and crane them in floor by floor as each frame goes up. That wins back ten of the 12 weeks, gets us to handover by 30 June 2026, and saves about £630,000 in penalties. The pods cost £480,000 more than building bathrooms on site. I'm asking you to approve that extra spend and let me sign the Derby order by 20 March.",
      targetSeconds: 60,
    },
  },
};

const EDU_US: Base = {
  industry: 'education',
  spelling: 'en-US',
  slide: {
    title: 'Algebra I tutoring',
    audience: 'School board',
    headline: 'Small-group tutoring will lift our Algebra I pass rate to 75%',
    situation: [
      'Only 58% of our ninth graders passed Algebra I last spring.',
      'Students who fail Algebra I are four times as likely to drop out.',
    ],
    action: [
      'Give 600 struggling students three tutoring sessions a week.',
      "Hire tutors from the state university's teacher program.",
    ],
    outcome: [
      'The Algebra I pass rate rises from 58% to 75% by June 2026.',
      'We fill 200 fewer summer-school places, saving $240K.',
    ],
    ask: 'Approve $1.1M from federal recovery funds at the March 18 board meeting.',
    valueProposition: 'More students stay on track to graduate.',
    pitch: {
      text: "Last spring only 58% of our ninth graders passed Algebra I, and students who fail it are four times as likely to drop out. I want to give 600 of them three tutoring sessions a week, with tutors from the state university. By June 2026 the pass rate climbs to 75%, and we fill 200 fewer summer-school places. I'm asking the board to approve $1.1 million from federal recovery funds on March 18.",
      targetSeconds: 45,
    },
  },
};

const HOS_GB: Base = {
  industry: 'hospitality',
  spelling: 'en-GB',
  slide: {
    title: 'Kitchen waste',
    headline: 'Weighing kitchen waste will cut our food bill by €380K a year',
    situation: [
      'Our 18 hotels throw away 22% of the food they buy.',
      'Food is our second-biggest cost after staff.',
    ],
    action: [
      'Put smart waste scales in every hotel kitchen.',
      'Shrink breakfast buffets where the scales show the most waste.',
    ],
    outcome: [
      'Food waste falls from 22% to 12% by March 2026.',
      'Food costs drop by €380K a year.',
    ],
    ask: 'Approve €95K for the scales and name a head chef to lead the rollout by 1 October.',
    valueProposition: 'Lower food costs and less food in the bin.',
    pitch: {
      text: 'Our 18 hotels throw away 22% of the food they buy. I want smart waste scales in every kitchen, and smaller buffets where the scales show waste. By March 2026 waste falls to 12%, and we save €380,000 a year. Please approve €95,000 and name a head chef to lead it by 1 October.',
      targetSeconds: 30,
    },
  },
};

const FIN_GB: Base = {
  industry: 'finance',
  spelling: 'en-GB',
  slide: {
    title: 'Faster mortgage decisions',
    headline: 'Open banking checks will halve mortgage decision time to five days',
    situation: [
      'Mortgage decisions take ten working days from application.',
      'We lose 15% of applicants to faster lenders before we decide.',
    ],
    action: [
      "Read applicants' bank data directly, with consent, instead of asking for statements.",
      'Let underwriters skip manual income checks for salaried applicants.',
    ],
    outcome: [
      'Decision time halves from ten to five working days by Q1 2026.',
      'We keep 1,100 more completions a year, worth £2.6M in fees.',
    ],
    ask: 'Approve £720K and two underwriters for the pilot by 31 October.',
    valueProposition: 'Home buyers get an answer within a week.',
    pitch: {
      text: "Today a mortgage decision takes us ten working days, and 15% of applicants go to a faster lender before we answer. I want to read applicants' bank data directly, with their consent, so salaried customers can skip the manual income checks. By the first quarter of 2026 that halves our decision time to five days, and we keep 1,100 more completions a year, worth £2.6 million in fees. I'm asking you to approve £720,000 and two underwriters for the pilot by 31 October.",
      targetSeconds: 60,
    },
  },
};

const HLT_US: Base = {
  industry: 'healthcare',
  spelling: 'en-US',
  slide: {
    title: 'Discharge lounge',
    headline: 'A discharge lounge will free 14 beds a day at Mercy General',
    situation: [
      'Our emergency department holds 30 patients a night who are waiting for a bed.',
      'Patients who are ready to leave wait six hours on average for a ride or medication.',
    ],
    action: [
      'Open a staffed discharge lounge next to the pharmacy.',
      'Move patients there by 10 a.m. once a doctor signs their discharge.',
    ],
    outcome: [
      'We free 14 beds a day by January 2026.',
      'Emergency boarding drops by half, to 15 patients a night.',
    ],
    ask: 'Approve $850K a year for four nurses and a pharmacist, starting September 1.',
    valueProposition: 'Patients get a bed sooner and go home on time.',
    pitch: {
      text: "Every night our emergency department holds 30 patients who are waiting for a bed. Upstairs, patients who are ready to go home sit for six hours waiting for a ride or their medication. I want to open a discharge lounge next to the pharmacy and move those patients there by ten in the morning. By January that frees 14 beds a day and cuts boarding in half. I'm asking you to approve $850,000 a year for four nurses and a pharmacist, starting September 1.",
      targetSeconds: 45,
    },
  },
};

const RET_US: Base = {
  industry: 'retail',
  spelling: 'en-US',
  slide: {
    title: 'Shelf cameras',
    headline: 'Shelf cameras will cut empty shelves by 40% in our busiest stores',
    situation: [
      'On a typical Saturday, 8% of items in our stores are out of stock.',
      'Empty shelves cost us about $22M in lost sales last year.',
    ],
    action: [
      'Mount shelf cameras in our 120 busiest stores.',
      "Send restock alerts to store associates' handhelds.",
    ],
    outcome: [
      'Out-of-stocks fall 40%, from 8% to 4.8%, by November 2025.',
      'We win back $8.8M in sales a year.',
    ],
    ask: 'Approve $3.6M and assign a regional operations lead by May 9.',
    valueProposition: 'Shoppers find what they came for.',
    pitch: {
      text: "On a typical Saturday, 8% of the items in our stores are out of stock, and empty shelves cost us about $22 million in lost sales last year. I want to mount shelf cameras in our 120 busiest stores and send restock alerts straight to associates' handhelds. By November, out-of-stocks fall by 40%, and we win back $8.8 million in sales a year. I'm asking you to approve $3.6 million and assign a regional operations lead by May 9.",
      targetSeconds: 60,
    },
  },
};

const LOG_GB: Base = {
  industry: 'logistics',
  spelling: 'en-GB',
  slide: {
    title: 'Daventry pick-by-light',
    headline: 'Pick-by-light shelving will raise picking speed at Daventry by 20%',
    situation: [
      'Pickers at Daventry average 110 order lines an hour.',
      'We hire 60 agency staff every November to cover the peak.',
    ],
    action: [
      'Fit pick-by-light shelving in the two fastest-moving aisles.',
      'Retrain our permanent pickers over four weekends in August.',
    ],
    outcome: [
      'Picking speed rises 20%, to 132 lines an hour, by October 2025.',
      'Peak agency hiring falls from 60 to 35 people, saving £410K.',
    ],
    ask: 'Approve £560K and four weekends of overtime in August by 30 June.',
    valueProposition: 'Faster orders and a calmer peak season.',
    pitch: {
      text: "Our pickers at Daventry average 110 order lines an hour, and every November we hire 60 agency staff to get through the peak. I want to fit pick-by-light shelving in our two fastest aisles and retrain our own pickers over four weekends in August. By October picking speed rises 20%, to 132 lines an hour, and we need only 35 agency staff at peak, which saves £410,000. I'm asking you to approve £560,000 and the August overtime by 30 June.",
      targetSeconds: 45,
    },
  },
};

const SW_GB: Base = {
  industry: 'software',
  spelling: 'en-GB',
  slide: {
    title: 'Idle test servers',
    headline: 'Switching off idle test servers will save £900K a year',
    situation: [
      'Our cloud bill reached £6.2M last year, up 38%.',
      'Test servers run around the clock, but teams use them nine hours a day.',
    ],
    action: [
      'Shut test servers down automatically at 7pm and at weekends.',
      'Send each team its own cloud bill every Monday.',
    ],
    outcome: [
      'Cloud spend falls by £900K a year from January 2026.',
      'Test server hours drop by 60%.',
    ],
    ask: 'Assign two platform engineers for eight weeks, starting 3 November.',
    valueProposition: 'The same testing capacity for much less money.',
    pitch: {
      text: "Our cloud bill hit £6.2 million last year, and most of our test servers sit idle overnight. I want them to switch off automatically at 7pm and at weekends. From January that saves £900,000 a year. I'm asking you to assign two platform engineers for eight weeks, starting 3 November.",
      targetSeconds: 30,
    },
  },
};

const ENR_GB: Base = {
  industry: 'energy',
  spelling: 'en-GB',
  slide: {
    title: 'Heat pump apprentices',
    headline: 'Installer apprenticeships will double our heat pump installs by 2027',
    situation: [
      'We fit 1,800 heat pumps a year against a target of 3,600.',
      'Customers wait 14 weeks for an installation slot.',
    ],
    action: [
      'Take on 40 apprentices a year at our Bristol and Leeds training centres.',
      'Pair each apprentice with a senior fitter for six months.',
    ],
    outcome: [
      'Installs double to 3,600 a year by April 2027.',
      'Waiting time falls from 14 weeks to five.',
    ],
    ask: 'Approve £1.8M over two years and assign a training manager by 1 December.',
    valueProposition: 'Customers get a heat pump sooner, and we hit our target.',
    trace: {
      objective: 'Reach 3,600 heat pump installs a year',
      initiative: 'Installer workforce plan',
    },
    pitch: {
      text: "We fit 1,800 heat pumps a year, half our target, and customers wait 14 weeks for a slot. The problem is fitters, not demand. I want to take on 40 apprentices a year at our Bristol and Leeds centres and pair each one with a senior fitter for six months. By April 2027 that doubles our installs to 3,600 a year and cuts the wait to five weeks. I'm asking you to approve £1.8 million over two years and assign a training manager by 1 December.",
      targetSeconds: 60,
    },
  },
};

const TEL_US: Base = {
  industry: 'telecom',
  spelling: 'en-US',
  slide: {
    title: 'In-app plan changes',
    headline: 'In-app plan changes will take 90,000 calls a month off our call centers',
    situation: [
      'Customers call us 600,000 times a month, and 15% of those calls are plan changes.',
      'Each call costs us $7.40.',
    ],
    action: [
      'Let customers change plans in the app with one tap.',
      'Text callers a link to the app while they wait on hold.',
    ],
    outcome: [
      'Calls fall by 90,000 a month by March 2026.',
      'We save $8M a year in call-center costs.',
    ],
    ask: 'Approve $1.3M and three app developers for six months, starting June 1.',
    valueProposition: 'Customers change their plan in seconds, without a phone call.',
    pitch: {
      text: "Customers call us 600,000 times a month, and 15% of those calls are plan changes that cost us $7.40 each. I want customers to change plans in the app with one tap, and we text callers a link while they wait on hold. By March 2026 that takes 90,000 calls a month off our centers and saves $8 million a year. I'm asking you to approve $1.3 million and three app developers for six months, starting June 1.",
      targetSeconds: 45,
    },
  },
};

const INS_US: Base = {
  industry: 'insurance',
  spelling: 'en-US',
  slide: {
    title: 'Leak sensor pilot',
    headline: 'Free leak sensors will cut home water-damage claims by 20%',
    situation: [
      'Water damage makes up 31% of our home insurance claims.',
      'The average water claim costs us $12,400.',
    ],
    action: [
      'Mail free leak sensors to 50,000 policyholders in older homes.',
      'Give a 5% premium discount to customers who keep their sensor online.',
    ],
    outcome: [
      'Water-damage claims fall 20% in the pilot group by December 2026.',
      'Net claim savings reach $4.2M a year.',
    ],
    ask: 'Approve $2.5M for sensors and assign an actuary to track results by July 15.',
    valueProposition: 'Customers avoid ruined kitchens, and we pay fewer claims.',
    pitch: {
      text: "Water damage makes up 31% of our home claims, and the average one costs us $12,400. I want to mail free leak sensors to 50,000 policyholders in older homes and give a 5% discount to anyone who keeps the sensor online. A sensor warns the homeowner before a small drip becomes a ruined kitchen. By December 2026 water claims in that group fall by 20%, and we save $4.2 million a year, net. I'm asking you to approve $2.5 million for the sensors and assign an actuary to track results by July 15.",
      targetSeconds: 60,
    },
  },
};

const HOS_US: Base = {
  industry: 'hospitality',
  spelling: 'en-US',
  slide: {
    title: 'Mobile check-in',
    headline: 'Mobile check-in will halve Friday lines at our 12 resorts',
    situation: [
      'Guests wait 18 minutes on average to check in on Fridays.',
      'Check-in waits are the top complaint in our guest surveys.',
    ],
    action: [
      'Let guests check in on their phones and use them as room keys.',
      'Move two front-desk staff per resort into a lobby welcome role.',
    ],
    outcome: [
      'Friday check-in waits fall from 18 to nine minutes by May 2026.',
      'Guest scores rise five points, worth $1.5M a year in repeat bookings.',
    ],
    ask: 'Approve $780K for digital room keys at all 12 resorts by February 28.',
    valueProposition: 'Guests get to their rooms faster.',
    pitch: {
      text: "On Fridays our guests wait 18 minutes to check in, and it is their top complaint. With mobile check-in and phone room keys, that wait drops to nine minutes by May 2026. I'm asking you to approve $780,000 for digital keys at all 12 resorts by February 28.",
      targetSeconds: 30,
    },
  },
};

const BASES: [string, Base][] = [
  ['finance-us', FIN_US],
  ['insurance-gb', INS_GB],
  ['utilities-gb', UTIL_GB],
  ['energy-us', ENR_US],
  ['public-sector-gb', PUB_GB],
  ['healthcare-gb', HLT_GB],
  ['pharma-us', PHA_US],
  ['manufacturing-us', MFG_US],
  ['retail-gb', RET_GB],
  ['software-us', SW_US],
  ['telecom-gb', TEL_GB],
  ['logistics-us', LOG_US],
  ['construction-gb', CON_GB],
  ['education-us', EDU_US],
  ['hospitality-gb', HOS_GB],
  ['finance-gb', FIN_GB],
  ['healthcare-us', HLT_US],
  ['retail-us', RET_US],
  ['logistics-gb', LOG_GB],
  ['software-gb', SW_GB],
  ['energy-gb', ENR_GB],
  ['telecom-us', TEL_US],
  ['insurance-us', INS_US],
  ['hospitality-us', HOS_US],
];

const CLEAN: PitchCase[] = BASES.map(([name, b]) => ({
  id: `pp-clean-${name}`,
  industry: b.industry,
  spelling: b.spelling,
  pitch: b.slide,
  expect: [],
}));

// ---------------------------------------------------------------------------------------------
// pitch-too-long: over 110% of the target at 140 wpm (30 s > 77 words, 45 s > 115, 60 s > 154,
// 90 s > 231; no targetSeconds = 60 s). Positives sit just over the line, near misses just under.
// ---------------------------------------------------------------------------------------------

const TOO_LONG: PitchCase[] = [
  variant(
    'pp-long-healthcare-gb-30',
    HLT_GB,
    'One in eight of our outpatient appointments goes unattended. Each empty slot costs the trust about £160. I want to send two-way text reminders seven days and two days before every appointment, so patients can cancel with one reply. We then offer the freed slot to someone on the waiting list the same day. That cuts missed appointments from 12% to 7% by December and gives us back 9,000 slots a year. Please approve £210K and one project manager by 1 August.',
    30,
    ['pitch-too-long'],
    { note: '82 words at 30 s; the limit is 77. "two-way", "9,000" count as one word each.' },
  ),
  variant(
    'pp-long-manufacturing-us-30',
    MFG_US,
    'Line 4 scraps 6% of the door panels it stamps, and that scrap cost us $2.1 million last year. I want to install inline cameras right after the second press and stop the line the moment a camera spots a crack. The operators fix the die before the next hundred panels go bad. That cuts scrap by 30% and saves $630K a year by the end of Q3. I am asking you to approve $390K and two weeks of downtime in July.',
    30,
    ['pitch-too-long'],
    { note: '82 words at 30 s; the limit is 77. "$2.1" counts as one word.' },
  ),
  variant(
    'pp-long-hospitality-gb-30',
    HOS_GB,
    'Our 18 hotels throw away 22% of the food they buy, and food is our second biggest cost after staff. I want to put smart waste scales in every kitchen, so each head chef sees what goes in the bin, and then shrink the buffets where the scales show the most waste. By March 2026 waste falls to 12%, and we save €380K a year. Please approve €95K for the scales and name a head chef to lead it by 1 October.',
    30,
    ['pitch-too-long'],
    { note: '82 words at 30 s; the limit is 77.' },
  ),
  variant(
    'pp-long-software-gb-30',
    SW_GB,
    'Our cloud bill hit £6.2 million last year, up 38% on the year before. A big share of it goes on test servers that run around the clock, even though our teams use them for about nine hours a day. I want those servers to switch off automatically at 7pm and at weekends. From January that saves £900K a year, and test server hours drop by 60%. I am asking you to assign two platform engineers for eight weeks, starting 3 November.',
    30,
    ['pitch-too-long'],
    { note: '82 words at 30 s; the limit is 77. "£6.2" counts as one word.' },
  ),
  variant(
    'pp-long-hospitality-us-30',
    HOS_US,
    'On Fridays our guests wait 18 minutes on average to check in, and that wait is the top complaint in our guest surveys. With mobile check in, guests use their phones to check in and open their rooms, and two front desk staff at each resort move to a lobby welcome role. That cuts the Friday wait to nine minutes by May 2026. I am asking you to approve $780K for digital room keys at all 12 resorts by February 28.',
    30,
    ['pitch-too-long'],
    { note: '81 words at 30 s; the limit is 77.' },
  ),
  variant(
    'pp-long-retail-gb-30',
    RET_GB,
    'Our customers send back 32% of the clothes they buy online, and those returns cost us £4.8 million last year in postage and handling. I want to add fit notes from customer reviews to every product page and recommend a size from the past orders of each shopper. By November returns fall by a quarter, and we save £1.2 million a year. I am asking you to approve £350K and give me three web developers from 1 June.',
    30,
    ['pitch-too-long'],
    { note: '78 words at 30 s; the limit is 77. "£4.8", "£1.2" count as one word each.' },
  ),
  variant(
    'pp-long-insurance-gb-45',
    INS_GB,
    'Our motor customers wait 21 days on average for a settlement, and that wait drives most of our complaints. When I looked at where the time goes, simple glass and scratch claims take up 40% of the week for each handler. Those claims rarely need a loss adjuster, but they sit in the same queue as a write off or an injury claim. I want to send them down a fast track with fixed payouts, and train 12 handlers on a new triage checklist in April. By September average settlement drops from 21 to 14 days, and we save £310K a year in overtime. I am asking you to approve £280K and release two pricing analysts by 30 May.',
    45,
    ['pitch-too-long'],
    { note: '119 words at 45 s; the limit is 115 (110% of 105).' },
  ),
  variant(
    'pp-long-telecom-us-45',
    TEL_US,
    'Customers call us 600,000 times a month, and 15% of those calls are plan changes. Each call costs us $7.40, and the customer waits on hold for something they could do in ten seconds. I want customers to change their plan in the app with one tap. While callers wait on hold, we text them a link that takes them to the right screen. Our agents then spend their time on the hard calls: outages, billing disputes and customers who want to leave. By March 2026 that takes 90,000 calls a month off our centers and saves $8 million a year. I am asking you to approve $1.3 million and three app developers for six months, starting June 1.',
    45,
    ['pitch-too-long'],
    {
      note: '119 words at 45 s; the limit is 115. "600,000", "$7.40", "90,000", "$1.3" count as one word each.',
    },
  ),
  variant(
    'pp-long-public-sector-gb-45',
    PUB_GB,
    'Today residents wait 34 days on average for a housing benefit decision. Some of them fall behind on rent while they wait, and a few end up at our homelessness desk. My staff spend much of their week retyping paper forms into the case system, seven in every ten forms we receive. I want to launch an online claim form that feeds the case system directly, and keep a phone and paper route for anyone without internet access. By April 2026 a decision takes 17 days, half the current wait, and we save £520K a year on agency staff. I am asking cabinet to approve £640K from the transformation fund on 9 July, so we can start in October.',
    45,
    ['pitch-too-long'],
    { note: '119 words at 45 s; the limit is 115.' },
  ),
  variant(
    'pp-long-education-us-45',
    EDU_US,
    'Last spring only 58% of our ninth graders passed Algebra I. That matters, because students who fail Algebra I are four times as likely to drop out of high school. I want to give 600 struggling students three tutoring sessions a week, in groups of three, during the school day, not after it. We hire the tutors from the teacher program at the state university, and each student keeps the same tutor all year from September. By June 2026 the pass rate climbs from 58% to 75%, and we fill 200 fewer summer school places, which saves $240K. I am asking the board to approve $1.1 million from federal recovery funds at the March 18 meeting.',
    45,
    ['pitch-too-long'],
    { note: '116 words at 45 s; the limit is 115. "$1.1" counts as one word.' },
  ),
  variant(
    'pp-long-logistics-gb-45',
    LOG_GB,
    'Our pickers at Daventry average 110 order lines an hour, and every November we hire 60 agency staff to get through the peak. Agency pickers take two weeks to get up to speed, and our error rate doubles in December. I want to fit lights on the shelves in our two fastest aisles, so a light shows the picker which shelf to pick from and how many items to take. We retrain our own pickers over four weekends in August. By October picking speed rises 20%, to 132 lines an hour, and we need only 35 agency staff at peak, which saves £410K. I am asking you to approve £560K and the August overtime by 30 June.',
    45,
    ['pitch-too-long'],
    { note: '117 words at 45 s; the limit is 115.' },
  ),
  variant(
    'pp-long-finance-us-60',
    FIN_US,
    'Every month my team types in 38,000 supplier invoices by hand. It is slow work, and it goes wrong: one payment in nine goes out late, and we pay a penalty fee on each of those. Our suppliers notice, and two of our biggest have asked for better terms because of it. The payments system we already own has an automatic matching module that we have never switched on. I want to switch it on, and move six clerks from data entry onto supplier disputes, where we lose real money today. The clerks know our suppliers well, so they are the right people for that work. That cuts processing cost by $1.2 million a year from the second quarter of 2026, and late payments fall from 11% to 3% by June. I am asking you to approve $450K for the matching module by March 14, so that we can start work in the first week of April.',
    60,
    ['pitch-too-long'],
    {
      note: '157 words at 60 s; the limit is 154 (110% of 140). "38,000", "$1.2" count as one word each.',
    },
  ),
  variant(
    'pp-long-utilities-gb-60',
    UTIL_GB,
    'We lose 62 million litres of clean water every day through leaks. That is enough to fill 25 Olympic swimming pools, and we pay to treat every litre of it. Our crews usually hear about a leak only when a customer rings us, and by then the main has often burst and closed a road. I want to fit 4,000 acoustic sensors on the oldest mains in Northfield. Northfield has the oldest pipes in our region, and some of them date from the 1890s. The sensors listen for the sound of escaping water and send an alert, and we send a crew to every alert within 48 hours. That cuts leakage in Northfield by a quarter by March 2027. It also keeps us clear of a £2.4 million penalty at the next regulator review, money we would otherwise hand back to customers. I am asking the board to approve £3.1 million from the asset programme on 12 June.',
    60,
    ['pitch-too-long'],
    {
      note: '158 words at 60 s; the limit is 154. "4,000", "£2.4", "£3.1" count as one word each.',
    },
  ),
  variant(
    'pp-long-energy-us-60',
    ENR_US,
    'Last year our 140 turbines sat idle for 9,200 hours because of gearbox failures. Each failure cost us about $180K in parts, crane hire and lost power, and the crane alone can take three weeks to arrive. Today we find out that a gearbox has failed when the turbine stops. I want to put vibration sensors on every gearbox at Red Mesa and Cold Creek. Red Mesa and Cold Creek have our oldest gearboxes and account for most of the failures we had last year. The sensors pick up wear weeks before a gearbox breaks, so we can book the repair, order the parts and schedule the crane on our own terms. By December 2026 that halves unplanned downtime and cuts repair spend by $2.7 million a year. Our crews also spend less time up a broken turbine in bad weather. I need you to fund $1.9 million for the sensors and assign two reliability engineers by April 30.',
    60,
    ['pitch-too-long'],
    {
      note: '159 words at 60 s; the limit is 154. "9,200", "$2.7", "$1.9" count as one word each.',
    },
  ),
  variant(
    'pp-long-construction-gb-60',
    CON_GB,
    'Riverside has 280 flats, and the wet trades run 12 weeks behind programme. Every day we hand over late costs us £9,000 in penalties, and the housing association has told us it will not move the date. Building bathrooms on site is the slowest part of the job, because plumbers, tilers and electricians queue for the same rooms. I want to order 280 bathroom pods from a factory in Derby and crane them in floor by floor as each frame goes up. Each pod arrives with the tiles, the pipes and the lights in place. That wins back ten of the 12 weeks, gets us to handover by 30 June 2026, and saves about £630K in penalties. Two of our other schemes used the same factory, and both finished on time. The pods cost £480K more than building on site. I am asking you to approve that extra spend and let me sign the Derby order by 20 March.',
    60,
    ['pitch-too-long'],
    { note: '159 words at 60 s; the limit is 154. "£9,000" counts as one word.' },
  ),
  variant(
    'pp-long-pharma-us-default',
    PHA_US,
    'Fourteen months in, our asthma trial has enrolled 310 of the 900 patients it needs. The problem is not referrals. Our main competitor started a similar trial last spring. Doctors send us plenty of patients, but our sites turn away 60% of them at the first visit, after the patient has taken a day off work and driven an hour to get there. I want every referral to fill in a short questionnaire at home before they travel, so only patients who meet the basic criteria make the trip. I also want to add four community clinics in Texas and Ohio, closer to where our patients live. That finishes enrollment by August 2026, four months ahead of plan. Every month we save is worth $3.5 million in earlier sales, and patients get a new treatment sooner. I am asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.',
    undefined,
    ['pitch-too-long'],
    {
      note: 'No targetSeconds, so 60 s: 156 words; the limit is 154. "$3.5", "$2.2" count as one word each.',
    },
  ),
  variant(
    'pp-long-software-us-default',
    SW_US,
    'Eighteen percent of our new customers cancel in their first year. When we looked at who leaves, one pattern stood out: most of them never add a second user. A customer with one user treats us as a tool for one person, and when that person changes jobs, the account goes with them. Accounts with three or more users renew at twice the rate of accounts with one. I want to build a setup checklist inside the product that walks every new account through inviting a second and third user. I also want every account over $20K a year to have its own success manager from day one. By the fourth quarter of 2026, churn in the first year drops from 18% to 12%, and we keep $3.4 million in annual revenue that walks out the door today. I am asking you to approve four engineers for two quarters and two success manager hires by July 1.',
    undefined,
    ['pitch-too-long'],
    { note: 'No targetSeconds, so 60 s: 157 words; the limit is 154. "$3.4" counts as one word.' },
  ),
  variant(
    'pp-long-logistics-us-90',
    LOG_US,
    'Our 420 vans drive 11% more miles than they need to. I know that because we replayed three months of deliveries through a routing tool, and the same stops came out 11% shorter every week. Fuel cost us $14.5 million last year, so that gap is real money. Today our dispatchers plan routes the night before from a spreadsheet, and the plan does not change when a highway closes or a big order comes in late. Drivers then load their own vans, and they often load them in the wrong order, so they climb over boxes at every stop. I want to change two things. First, we plan every route each morning with live traffic and order data. Second, the warehouse loads each van in stop order, so the first delivery sits by the door. We start at our three Midwest depots, where the routes are longest and the gap is biggest, and we move to the other depots once the numbers hold. Each depot gets one manager who owns the change and reports the results to me every week. From October that cuts fuel spend by $1.6 million a year, and on time deliveries climb from 91% to 96%. Our customers have asked for tighter delivery windows, and this gives them that. I am asking you to approve $700K for the routing software and assign one depot manager per site by June 2.',
    90,
    ['pitch-too-long'],
    {
      note: '234 words at 90 s; the limit is 231 (110% of 210). "$14.5", "$1.6" count as one word each.',
    },
  ),
  variant(
    'pp-long-finance-gb-90',
    FIN_GB,
    'Today a mortgage decision takes us ten working days from application. In a busy market that is too slow: 15% of our applicants go to a faster lender before we answer, and most of them never come back. Most of those ten days go on one thing, checking income. We ask applicants for three months of bank statements, they send blurry photos, and our underwriters read them line by line. Some photos are so blurry that we ask twice. I want to read the bank data of applicants directly instead, with their consent, through open banking. The data arrives in minutes, and it is more accurate than a photo of a statement. For salaried applicants, whose pay arrives on the same day each month, underwriters can then skip the manual income check altogether. Self employed applicants and complex cases still go through a full review, so we keep our lending standards where they are. We start with a pilot in our two largest regions, with two underwriters who know the income rules best. By the first quarter of 2026 that halves our decision time to five working days. We keep 1,100 more completions a year, worth £2.6 million in fees. Brokers tell us that speed is the first thing they compare, so faster answers also bring us more broker business. I am asking you to approve £720K and two underwriters for the pilot by 31 October.',
    90,
    ['pitch-too-long'],
    { note: '236 words at 90 s; the limit is 231. "1,100", "£2.6" count as one word each.' },
  ),
  variant(
    'pp-long-insurance-us-90',
    INS_US,
    'Water damage makes up 31% of our home insurance claims, more than fire and theft combined. The average water claim costs us $12,400, and most of them start small: a slow leak under a sink or behind a washing machine that nobody notices for weeks. By the time the homeowner sees a stain on the ceiling, the floor needs replacing. Last winter one burst pipe in Denver cost us $90,000, and the family lived in a hotel for three months. I want to mail free leak sensors to 50,000 policyholders in older homes, where pipes fail most often. A sensor sits on the floor next to the pipes and sends an alert to the phone of the homeowner at the first drop of water. To keep sensors working, we give a 5% premium discount to every customer who keeps theirs online. That discount also gives us a simple way to check that the sensors stay connected. We run this as a pilot, with a matched group of homes that do not get sensors, so we know the savings are real. By December 2026 water damage claims in the pilot group fall by 20%, and net claim savings reach $4.2 million a year. If the pilot works, we offer sensors to every policyholder in 2027. I am asking you to approve $2.5 million for the sensors and assign an actuary to track results by July 15.',
    90,
    ['pitch-too-long'],
    {
      note: '235 words at 90 s; the limit is 231. "$12,400", "$90,000", "50,000", "$4.2", "$2.5" count as one word each.',
    },
  ),
];

const NOT_TOO_LONG: PitchCase[] = [
  variant(
    'pp-long-nm-healthcare-us-30',
    HLT_US,
    'Every night our emergency department holds 30 patients waiting for a bed. Patients who are ready to go home sit for six hours waiting for a ride. I want to open a discharge lounge and move those patients there by ten in the morning. By January that frees 14 beds a day and cuts boarding in half. I am asking you to approve $850K a year for four nurses and a pharmacist, starting September 1.',
    30,
    [],
    { nearMiss: ['pitch-too-long'], note: '75 words at 30 s; the limit is 77.' },
  ),
  variant(
    'pp-long-nm-retail-us-30',
    RET_US,
    'On a typical Saturday, 8% of the items in our stores are out of stock, and empty shelves cost us about $22 million last year. I want to mount shelf cameras in our 120 busiest stores and send restock alerts to store handhelds. By November out of stocks fall by 40%, and we win back $8.8 million a year. I am asking you to approve $3.6 million and assign a regional operations lead by May 9.',
    30,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '76 words at 30 s; the limit is 77. "$8.8", "$3.6" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-energy-gb-30',
    ENR_GB,
    'We fit 1,800 heat pumps a year, and customers wait 14 weeks for a slot. I want to take on 40 apprentices a year at our Bristol and Leeds centres and pair each one with a senior fitter for six months. By April 2027 that doubles our installs to 3,600 a year and cuts the wait to five weeks. I am asking you to approve £1.8 million over two years and a training manager by 1 December.',
    30,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '77 words at 30 s; the limit is 77. "1,800", "3,600", "£1.8" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-telecom-gb-30',
    TEL_GB,
    'Our engineers make 14,000 home visits a month for broadband faults, and on one visit in three the fault sits outside the home. I want a remote line test before any visit goes in the diary, and faults outside the home go straight to the network team. By January that cuts wasted visits by 35% and saves £2.2 million a year. I am asking you to approve £900K and release two network analysts by 15 September.',
    30,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '76 words at 30 s; the limit is 77. "14,000", "£2.2" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-finance-us-30',
    FIN_US,
    'Every month my team types in 38,000 supplier invoices by hand, and one payment in nine goes out late. I want to switch on automatic matching in the payments system we own and move six clerks onto supplier disputes. That cuts processing cost by $1.2 million a year from the second quarter of 2026, and late payments fall to 3% by June. I am asking you to approve $450K for the matching module by March 14.',
    30,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '76 words at 30 s; the limit is 77. "38,000", "$1.2" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-utilities-gb-30',
    UTIL_GB,
    'We lose 62 million litres of water a day through leaks, and our crews hear about a leak only when a customer rings us. I want to fit 4,000 acoustic sensors on the oldest mains in Northfield and send a crew to every alert within 48 hours. That cuts leakage by a quarter by March 2027 and keeps us clear of a £2.4 million penalty. I am asking the board to approve £3.1 million on 12 June.',
    30,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '77 words at 30 s; the limit is 77. "4,000", "£2.4", "£3.1" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-retail-gb-45',
    RET_GB,
    'Our customers send back 32% of the clothes they buy online, and those returns cost us £4.8 million last year in postage and handling. When we ask customers why, the answer is nearly always the same: the item did not fit. Many shoppers now order two sizes and send one back, which doubles our postage on that order. I want to add fit notes from customer reviews to every product page and recommend a size from the past orders of each shopper. By November returns fall by a quarter, and we save £1.2 million a year. I am asking you to approve £350K and give me three web developers from 1 June.',
    45,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '112 words at 45 s; the limit is 115. "£4.8", "£1.2" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-healthcare-us-45',
    HLT_US,
    'Every night our emergency department holds 30 patients who are waiting for a bed. Upstairs, patients who are ready to go home sit in those beds for six hours, waiting for a ride or their medication. I want to open a discharge lounge next to the pharmacy and move patients there by ten in the morning, once a doctor signs their discharge. The lounge has chairs, food and a nurse, and the pharmacy brings medication to the door. By January that frees 14 beds a day and cuts boarding in half, to 15 patients a night. I am asking you to approve $850K a year for four nurses and a pharmacist, starting September 1.',
    45,
    [],
    { nearMiss: ['pitch-too-long'], note: '114 words at 45 s; the limit is 115.' },
  ),
  variant(
    'pp-long-nm-telecom-gb-45',
    TEL_GB,
    'Our engineers make 14,000 home visits a month for broadband faults. On one visit in three, the engineer knocks on the door, finds nothing wrong inside the home, and has to send the job back to the network team. The customer loses a day waiting in, and we pay for a wasted trip. I want a remote line test before any visit goes in the diary. If the test shows a fault outside the home, the job goes straight to the network team. By January that cuts wasted visits by 35% and saves £2.2 million a year. I am asking you to approve £900K and release two network analysts by 15 September.',
    45,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '112 words at 45 s; the limit is 115. "14,000", "£2.2" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-insurance-gb-45',
    INS_GB,
    'Our motor customers wait 21 days on average for a settlement. Simple glass and scratch claims take up 40% of the week for each handler, and they sit in the same queue as the serious claims. I want to send those claims down a fast track with fixed payouts, and train 12 handlers on a triage checklist in April. The handlers who stay on complex claims then have the time those claims need. By September average settlement drops from 21 to 14 days, and we save £310K a year in overtime. I am asking you to approve £280K and release two pricing analysts by 30 May, so the fast track can open in June.',
    45,
    [],
    { nearMiss: ['pitch-too-long'], note: '114 words at 45 s; the limit is 115.' },
  ),
  variant(
    'pp-long-nm-hospitality-gb-45',
    HOS_GB,
    'Our 18 hotels throw away 22% of the food they buy, and food is our second biggest cost after staff. Most of that waste comes from breakfast buffets, which our kitchens fill for a full house every morning, whatever the bookings say. I want to put smart waste scales in every hotel kitchen, so each head chef sees what goes in the bin each day, and then shrink the buffets where the scales show the most waste. By March 2026 food waste falls from 22% to 12%, and our food costs drop by €380K a year. Please approve €95K for the scales and name a head chef to lead the rollout by 1 October.',
    45,
    [],
    { nearMiss: ['pitch-too-long'], note: '114 words at 45 s; the limit is 115.' },
  ),
  variant(
    'pp-long-nm-pharma-us-60',
    PHA_US,
    'Fourteen months in, our asthma trial has enrolled 310 of the 900 patients it needs. The trial runs at 40 sites today. Doctors refer plenty of patients to us, but our sites turn away 60% of them at the first visit, often after the patient has taken a day off work to get there. I want every referral to fill in a short questionnaire at home before they travel, so only patients who meet the basic criteria make the trip. I also want to add four community clinics in Texas and Ohio, closer to where our patients live. That finishes enrollment by August 2026, four months ahead of plan, and every month we save is worth $3.5 million in earlier sales. Patients with severe asthma also get a new treatment sooner. I am asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.',
    60,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '151 words at 60 s; the limit is 154. "$3.5", "$2.2" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-software-us-60',
    SW_US,
    'Eighteen percent of our new customers cancel in their first year. When we looked at who leaves, most of them never add a second user, so the account lives and dies with one person. Accounts with three or more users renew at twice the rate of accounts with one. I want to build a setup checklist inside the product that walks every new account through inviting the rest of the team. I also want every account over $20K a year to have its own success manager from the first week. By the fourth quarter of 2026, churn in the first year drops from 18% to 12%, and we keep $3.4 million in annual revenue that walks out the door today. The engineers come from the growth team, and the two success managers are new hires. I am asking you to approve four engineers for two quarters and two success manager hires by July 1.',
    60,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '154 words at 60 s; the limit is 154. "$3.4" counts as one word.',
    },
  ),
  variant(
    'pp-long-nm-retail-us-60',
    RET_US,
    'On a typical Saturday, 8% of the items in our stores are out of stock. Shoppers who find an empty shelf often buy the item somewhere else, and empty shelves cost us about $22 million in lost sales last year. Today our associates walk the aisles twice a day to spot gaps, and they miss most of them at peak hours. I want to mount shelf cameras in our 120 busiest stores and send restock alerts straight to the handhelds our associates already carry. In our pilot at two stores, associates filled gaps in under 20 minutes. By November out of stocks fall by 40%, from 8% to 4.8%, and we win back $8.8 million in sales a year. Store managers see the gaps on one screen and know which aisle needs help first. I am asking you to approve $3.6 million and assign a regional operations lead by May 9.',
    60,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '151 words at 60 s; the limit is 154. "4.8%", "$8.8", "$3.6" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-energy-gb-60',
    ENR_GB,
    'We fit 1,800 heat pumps a year against a target of 3,600, and customers wait 14 weeks for an installation slot. Demand is not the problem. We have more orders than we can fit, and we lose some of those customers to other installers while they wait. The problem is fitters: there are not enough of them, and many of the ones we have are close to retirement. Our two training centres have room for 60 trainees, and we use less than half of it. I want to take on 40 apprentices a year at our Bristol and Leeds training centres and pair each apprentice with a senior fitter for six months. By April 2027 that doubles our installs to 3,600 a year and cuts the wait from 14 weeks to five. I am asking you to approve £1.8 million over two years and assign a training manager by 1 December.',
    60,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '151 words at 60 s; the limit is 154. "1,800", "3,600", "£1.8" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-finance-gb-default',
    FIN_GB,
    'Today a mortgage decision takes us ten working days, and 15% of applicants go to a faster lender before we answer. Most of those ten days go on checking income from bank statements that applicants photograph and email to us. I want to read the bank data of applicants directly instead, with their consent, through open banking. For salaried applicants, whose pay arrives on the same day each month, our underwriters can then skip the manual income check. We tested the checks on 400 past applications, and they matched our underwriters every time. Self employed applicants still get a full review, so our lending standards stay where they are. By the first quarter of 2026 that halves our decision time to five working days, and we keep 1,100 more completions a year, worth £2.6 million in fees. I am asking you to approve £720K and two underwriters for the pilot by 31 October.',
    undefined,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: 'No targetSeconds, so 60 s: 153 words; the limit is 154. "1,100", "£2.6" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-logistics-us-default',
    LOG_US,
    'Our 420 vans drive 11% more miles than they need to, and fuel cost us $14.5 million last year. Today our dispatchers plan routes the night before, and the plan stays the same when a highway closes or a big order comes in late. I want to plan every route each morning with live traffic and order data. I also want the warehouse to load each van in stop order, so the first delivery sits by the door and drivers stop climbing over boxes. Each van then saves about 20 minutes a day at the loading dock and on the road. We start at our three Midwest depots, where the routes are longest. From October that cuts fuel spend by $1.6 million a year, and on time deliveries climb from 91% to 96%. I am asking you to approve $700K for the routing software and assign one depot manager per site by June 2.',
    undefined,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: 'No targetSeconds, so 60 s: 154 words; the limit is 154. "$14.5", "$1.6" count as one word each.',
    },
  ),
  variant(
    'pp-long-nm-construction-gb-90',
    CON_GB,
    'Riverside has 280 flats, and the wet trades run 12 weeks behind programme. Every day we hand over late costs us £9,000 in penalties, and the housing association has told us it will not move the date, because tenants have already given notice on their current homes. The bathrooms are the bottleneck. In every flat, plumbers, tilers and electricians queue for the same small room, and one late trade holds up the next two. We tried adding extra gangs, but they only got in the way of each other. I want to order 280 bathroom pods from a factory in Derby and crane them in floor by floor as each frame goes up. Each pod arrives with tiles, pipes and lights in place, and our plumbers only connect the water and waste. The Derby factory has made pods for two of our other schemes, and both went in on time. That frees our trades to finish kitchens and common areas. It wins back ten of the 12 weeks, gets us to handover by 30 June 2026, and saves about £630K in penalties. The pods cost £480K more than building bathrooms on site, so the saving pays for them and leaves £150K over. I am asking you to approve that extra spend and let me sign the Derby order by 20 March, which keeps our April slot at the factory.',
    90,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '229 words at 90 s; the limit is 231. "£9,000" counts as one word.',
    },
  ),
  variant(
    'pp-long-nm-education-us-90',
    EDU_US,
    'Last spring only 58% of our ninth graders passed Algebra I. That number matters more than most, because students who fail Algebra I are four times as likely to drop out of high school. Many of them repeat the course in summer school, and half of those fail it again. The students who struggle usually fell behind in seventh or eighth grade, and a class of thirty cannot slow down for them. I want to give 600 struggling students three tutoring sessions a week, in groups of three, during the school day rather than after it. The timing matters, because the students who need help most often have jobs or younger brothers and sisters to look after in the afternoon. We hire the tutors from the teacher program at the state university. The tutors earn classroom hours toward their teaching license, and our students keep the same tutor all year. Our pilot last year at Lincoln High gave 80 students the same tutoring, and 71 of them passed. Parents get a progress note every two weeks. By June 2026 the pass rate climbs from 58% to 75%, and we fill 200 fewer summer school places, which saves $240K. Those are students who stay on track to graduate with their class. I am asking the board to approve $1.1 million from federal recovery funds at the March 18 meeting.',
    90,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '228 words at 90 s; the limit is 231. "$1.1" counts as one word.',
    },
  ),
  variant(
    'pp-long-nm-telecom-us-90',
    TEL_US,
    'Customers call us 600,000 times a month, and 15% of those calls are simple plan changes: more data, a cheaper plan, an extra line for a teenager. Each of those calls costs us $7.40, and the customer often waits on hold for ten minutes to do something that takes ten seconds. Our app already shows customers their plan, but it does not let them change it. I want customers to change their plan in the app with one tap. When a caller picks the plan change option on the phone menu, we text them a link that opens the right screen in the app, so they can finish the change while they wait. Customers who want to talk to a person still can. When we tested one tap plan changes with 5,000 customers in Ohio, four in five of them used the app instead of calling. The three developers already know the app well. Our agents then spend their time on the calls that need a person: outages, billing disputes and customers who are thinking about leaving. By March 2026 that takes 90,000 calls a month off our call centers and saves $8 million a year. Shorter queues also mean fewer customers hang up in frustration and call back later. I am asking you to approve $1.3 million and three app developers for six months, starting June 1.',
    90,
    [],
    {
      nearMiss: ['pitch-too-long'],
      note: '228 words at 90 s; the limit is 231. "600,000", "$7.40", "5,000", "90,000", "$1.3" count as one word each.',
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// pitch-too-short: under 50% of the target (30 s < 35 words, 45 s < 52.5, 60 s < 70, 90 s < 105;
// no targetSeconds = 60 s). Positives sit just under the line, near misses on it or just over.
// ---------------------------------------------------------------------------------------------

const TOO_SHORT: PitchCase[] = [
  variant(
    'pp-short-healthcare-gb-30',
    HLT_GB,
    'One in eight of our outpatient appointments goes unattended. Two-way text reminders cut missed appointments from 12% to 7% by December. Please approve £210K and one project manager by 1 August.',
    30,
    ['pitch-too-short'],
    { note: '31 words at 30 s; the floor is 35. "Two-way" counts as one word.' },
  ),
  variant(
    'pp-short-hospitality-gb-30',
    HOS_GB,
    'Our hotels throw away 22% of their food. Waste scales cut that to 12% by March 2026 and save €380K a year. Please approve €95K and name a head chef by 1 October.',
    30,
    ['pitch-too-short'],
    { note: '33 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-manufacturing-us-30',
    MFG_US,
    'Line 4 scrapped $2.1 million of door panels last year. Inline cameras cut scrap by 30%, saving $630K a year by the end of Q3. Please approve $390K and two weeks of July downtime.',
    30,
    ['pitch-too-short'],
    { note: '34 words at 30 s; the floor is 35. "$2.1" counts as one word.' },
  ),
  variant(
    'pp-short-hospitality-us-30',
    HOS_US,
    'Friday guests wait 18 minutes to check in. Mobile check in cuts that to nine minutes by May 2026. I am asking you to approve $780K for digital room keys by February 28.',
    30,
    ['pitch-too-short'],
    { note: '33 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-software-gb-30',
    SW_GB,
    'Our test servers run all night for nobody. Switching them off at 7pm and at weekends saves £900K a year from January. Please assign two platform engineers for eight weeks from 3 November.',
    30,
    ['pitch-too-short'],
    { note: '33 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-telecom-gb-30',
    TEL_GB,
    'On one visit in three, the fault sits outside the home. Remote line tests before each visit cut wasted visits by 35% by January. Please approve £900K and two analysts by 15 September.',
    30,
    ['pitch-too-short'],
    { note: '33 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-insurance-gb-45',
    INS_GB,
    'Our motor customers wait 21 days for a settlement, because simple glass and scratch claims clog the queue. A fast track for those claims cuts average settlement to 14 days by September and saves £310K a year. I am asking you to approve £280K and two pricing analysts by 30 May.',
    45,
    ['pitch-too-short'],
    { note: '51 words at 45 s; the floor is 52.5.' },
  ),
  variant(
    'pp-short-public-sector-gb-45',
    PUB_GB,
    'Residents wait 34 days for a housing benefit decision, and my staff retype seven in ten paper forms. An online claim form cuts that wait to 17 days by April 2026 and saves £520K a year on agency staff. I am asking cabinet to approve £640K on 9 July.',
    45,
    ['pitch-too-short'],
    { note: '49 words at 45 s; the floor is 52.5.' },
  ),
  variant(
    'pp-short-education-us-45',
    EDU_US,
    'Only 58% of our ninth graders passed Algebra I last spring. Three tutoring sessions a week for 600 struggling students lift the pass rate to 75% by June 2026 and save $240K on summer school. I am asking the board to approve $1.1 million from federal recovery funds on March 18.',
    45,
    ['pitch-too-short'],
    { note: '51 words at 45 s; the floor is 52.5. "$1.1" counts as one word.' },
  ),
  variant(
    'pp-short-logistics-gb-45',
    LOG_GB,
    'Every November we hire 60 agency pickers at Daventry to get through the peak. Pick by light shelving raises picking speed by 20% by October, so we need only 35 of them, which saves £410K. I am asking you to approve £560K and the August overtime by 30 June.',
    45,
    ['pitch-too-short'],
    { note: '49 words at 45 s; the floor is 52.5.' },
  ),
  variant(
    'pp-short-telecom-us-45',
    TEL_US,
    'Plan changes make up 15% of the 600,000 calls we take each month, at $7.40 a call. In app plan changes take 90,000 calls a month off our centers by March 2026 and save $8 million a year. I am asking you to approve $1.3 million and three developers, starting June 1.',
    45,
    ['pitch-too-short'],
    {
      note: '52 words at 45 s; the floor is 52.5. "600,000", "$7.40", "90,000", "$1.3" count as one word each.',
    },
  ),
  variant(
    'pp-short-finance-us-60',
    FIN_US,
    'Every month my team types in 38,000 supplier invoices by hand, and one payment in nine goes out late with a penalty. Automatic matching in the payments system we already own cuts processing cost by $1.2 million a year from the second quarter of 2026, and late payments fall to 3% by June. I am asking you to approve $450K for the matching module by March 14.',
    60,
    ['pitch-too-short'],
    { note: '67 words at 60 s; the floor is 70. "38,000", "$1.2" count as one word each.' },
  ),
  variant(
    'pp-short-utilities-gb-60',
    UTIL_GB,
    'We lose 62 million litres of water a day to leaks, and we usually learn about a leak from a customer. Acoustic sensors on the oldest Northfield mains cut leakage there by a quarter by March 2027 and keep us clear of a £2.4 million penalty. I am asking the board to approve £3.1 million from the asset programme on 12 June.',
    60,
    ['pitch-too-short'],
    { note: '62 words at 60 s; the floor is 70. "£2.4", "£3.1" count as one word each.' },
  ),
  variant(
    'pp-short-energy-us-60',
    ENR_US,
    'Gearbox failures kept our 140 turbines idle for 9,200 hours last year, at about $180K a failure. Vibration sensors at Red Mesa and Cold Creek let us fix gearboxes before they break. By December 2026 that halves unplanned downtime and cuts repair spend by $2.7 million a year. I need you to fund $1.9 million and assign two reliability engineers by April 30.',
    60,
    ['pitch-too-short'],
    { note: '63 words at 60 s; the floor is 70. "9,200", "$2.7", "$1.9" count as one word each.' },
  ),
  variant(
    'pp-short-construction-gb-60',
    CON_GB,
    'Riverside runs 12 weeks behind programme, and every late day costs us £9,000 in penalties. Bathroom pods from a factory in Derby win back ten of those weeks, get us to handover by 30 June 2026 and save about £630K in penalties. The pods cost £480K more than building on site. I am asking you to approve that extra spend and let me sign the order by 20 March.',
    60,
    ['pitch-too-short'],
    { note: '69 words at 60 s; the floor is 70. "£9,000" counts as one word.' },
  ),
  variant(
    'pp-short-pharma-us-default',
    PHA_US,
    'After 14 months our asthma trial has 310 of the 900 patients it needs, because sites turn away 60% of referrals. A home questionnaire and four community clinics in Texas and Ohio finish enrollment by August 2026, four months early, and each month we save is worth $3.5 million. I am asking you to approve $2.2 million and name a sponsor lead by May 15.',
    undefined,
    ['pitch-too-short'],
    {
      note: 'No targetSeconds, so 60 s: 65 words; the floor is 70. "$3.5", "$2.2" count as one word each.',
    },
  ),
  variant(
    'pp-short-retail-us-default',
    RET_US,
    'On a typical Saturday 8% of our items are out of stock, and empty shelves cost us about $22 million in lost sales last year. Shelf cameras in our 120 busiest stores cut out of stocks by 40% by November and win back $8.8 million in sales a year. I am asking you to approve $3.6 million and assign a regional operations lead by May 9.',
    undefined,
    ['pitch-too-short'],
    {
      note: 'No targetSeconds, so 60 s: 66 words; the floor is 70. "$8.8", "$3.6" count as one word each.',
    },
  ),
  variant(
    'pp-short-logistics-us-90',
    LOG_US,
    'Our 420 vans drive 11% more miles than they need to, and fuel cost us $14.5 million last year. Today our dispatchers plan routes the night before, and the plan stays the same when traffic changes. I want to plan every route each morning with live traffic and order data, and load vans in stop order, starting at our three Midwest depots. From October that cuts fuel spend by $1.6 million a year, and on time deliveries climb from 91% to 96%. I am asking you to approve $700K for the routing software and assign one depot manager per site by June 2.',
    90,
    ['pitch-too-short'],
    { note: '103 words at 90 s; the floor is 105. "$14.5", "$1.6" count as one word each.' },
  ),
  variant(
    'pp-short-finance-gb-90',
    FIN_GB,
    'Today a mortgage decision takes us ten working days, and 15% of applicants go to a faster lender before we answer. Most of that time goes on checking income from bank statements that applicants photograph and email to us. I want to read the bank data of applicants directly, with their consent, so salaried customers skip the manual income check. By the first quarter of 2026 that halves our decision time to five days, and we keep 1,100 more completions a year, worth £2.6 million in fees. I am asking you to approve £720K and two underwriters for the pilot by 31 October.',
    90,
    ['pitch-too-short'],
    { note: '103 words at 90 s; the floor is 105. "1,100", "£2.6" count as one word each.' },
  ),
  variant(
    'pp-short-insurance-us-90',
    INS_US,
    'Water damage makes up 31% of our home claims, and the average one costs us $12,400. Most of those claims start with a slow leak. I want to mail free leak sensors to 50,000 policyholders in older homes and give a 5% discount to anyone who keeps the sensor online. A sensor warns the homeowner before a small drip becomes a ruined kitchen. By December 2026 water claims in that group fall by 20%, and we save $4.2 million a year, net. I am asking you to approve $2.5 million for the sensors and assign an actuary to track results by July 15.',
    90,
    ['pitch-too-short'],
    {
      note: '103 words at 90 s; the floor is 105. "$12,400", "50,000", "$4.2", "$2.5" count as one word each.',
    },
  ),
];

const NOT_TOO_SHORT: PitchCase[] = [
  variant(
    'pp-short-nm-healthcare-gb-30',
    HLT_GB,
    'One in eight of our outpatient appointments goes unattended. Two-way text reminders cut missed appointments from 12% to 7% by December. Please approve £210K for the reminder service and one project manager by 1 August.',
    30,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '35 words at 30 s; the floor is 35. "Two-way" counts as one word.',
    },
  ),
  variant(
    'pp-short-nm-hospitality-gb-30',
    HOS_GB,
    'Our 18 hotels throw away 22% of the food they buy. Waste scales cut that to 12% by March 2026 and save €380K a year. Please approve €95K and name a head chef by 1 October.',
    30,
    [],
    { nearMiss: ['pitch-too-short'], note: '36 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-nm-manufacturing-us-30',
    MFG_US,
    'Line 4 scraps 6% of its door panels, which cost us $2.1 million last year. Inline cameras cut scrap by 30%, saving $630K a year by Q3. Please approve $390K and two weeks of downtime in July.',
    30,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '37 words at 30 s; the floor is 35. "$2.1" counts as one word.',
    },
  ),
  variant(
    'pp-short-nm-hospitality-us-30',
    HOS_US,
    'On Fridays our guests wait 18 minutes to check in. Mobile check in cuts that wait to nine minutes by May 2026. I am asking you to approve $780K for digital room keys by February 28.',
    30,
    [],
    { nearMiss: ['pitch-too-short'], note: '36 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-nm-software-gb-30',
    SW_GB,
    'Our test servers run all night and every weekend for nobody. Switching them off at 7pm and at weekends saves £900K a year from January. Please assign two platform engineers for eight weeks from 3 November.',
    30,
    [],
    { nearMiss: ['pitch-too-short'], note: '36 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-nm-retail-gb-30',
    RET_GB,
    'Our customers send back 32% of the clothes they buy online. Fit notes and size advice on every product page cut returns by a quarter by November. Please approve £350K and three web developers from 1 June.',
    30,
    [],
    { nearMiss: ['pitch-too-short'], note: '37 words at 30 s; the floor is 35.' },
  ),
  variant(
    'pp-short-nm-insurance-gb-45',
    INS_GB,
    'Our motor customers wait 21 days for a settlement, and simple glass and scratch claims take up 40% of the week for our handlers. A fast track cuts average settlement to 14 days by September and saves £310K a year. I am asking you to approve £280K and release two pricing analysts by 30 May.',
    45,
    [],
    { nearMiss: ['pitch-too-short'], note: '55 words at 45 s; the floor is 52.5.' },
  ),
  variant(
    'pp-short-nm-public-sector-gb-45',
    PUB_GB,
    'Today residents wait 34 days for a housing benefit decision, and my staff retype seven in ten paper forms. An online claim form that feeds our case system cuts that wait to 17 days by April 2026 and saves £520K a year on agency staff. I am asking cabinet to approve £640K on 9 July.',
    45,
    [],
    { nearMiss: ['pitch-too-short'], note: '55 words at 45 s; the floor is 52.5.' },
  ),
  variant(
    'pp-short-nm-healthcare-us-45',
    HLT_US,
    'Every night our emergency department holds 30 patients waiting for a bed, while patients ready to go home wait six hours for a ride. A discharge lounge frees 14 beds a day by January and cuts boarding in half. I am asking you to approve $850K a year for four nurses and a pharmacist.',
    45,
    [],
    { nearMiss: ['pitch-too-short'], note: '54 words at 45 s; the floor is 52.5.' },
  ),
  variant(
    'pp-short-nm-telecom-gb-45',
    TEL_GB,
    'Our engineers make 14,000 home visits a month, and on one visit in three the fault sits outside the home. A remote line test before each visit cuts wasted visits by 35% by January and saves £2.2 million a year. I am asking you to approve £900K and release two network analysts by 15 September.',
    45,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '55 words at 45 s; the floor is 52.5. "14,000", "£2.2" count as one word each.',
    },
  ),
  variant(
    'pp-short-nm-education-us-45',
    EDU_US,
    'Only 58% of our ninth graders passed Algebra I, and students who fail it are four times as likely to drop out. Three tutoring sessions a week for 600 students lift the pass rate to 75% by June 2026. I am asking the board to approve $1.1 million from federal recovery funds on March 18.',
    45,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '55 words at 45 s; the floor is 52.5. "$1.1" counts as one word.',
    },
  ),
  variant(
    'pp-short-nm-software-us-60',
    SW_US,
    'Eighteen percent of our customers cancel in their first year, and most of them never add a second user. A setup checklist inside the product and a success manager for every account over $20K a year cut churn in the first year to 12% by the fourth quarter of 2026 and keep $3.4 million in revenue. I am asking you to approve four engineers and two success manager hires by July 1.',
    60,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '72 words at 60 s; the floor is 70. "$3.4" counts as one word.',
    },
  ),
  variant(
    'pp-short-nm-retail-us-60',
    RET_US,
    'On Saturdays 8% of the items in our stores are out of stock, and empty shelves cost us about $22 million in lost sales last year. Shelf cameras in our 120 busiest stores send restock alerts to store handhelds. By November out of stocks fall by 40%, and we win back $8.8 million a year. I am asking you to approve $3.6 million and assign a regional operations lead by May 9.',
    60,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '72 words at 60 s; the floor is 70. "$8.8", "$3.6" count as one word each.',
    },
  ),
  variant(
    'pp-short-nm-energy-gb-60',
    ENR_GB,
    'We fit 1,800 heat pumps a year, half our target, and customers wait 14 weeks for a slot. I want to take on 40 apprentices a year and pair each one with a senior fitter. By April 2027 that doubles our installs to 3,600 a year and cuts the wait to five weeks. I am asking you to approve £1.8 million over two years and a training manager by 1 December.',
    60,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '71 words at 60 s; the floor is 70. "1,800", "3,600", "£1.8" count as one word each.',
    },
  ),
  variant(
    'pp-short-nm-logistics-us-60',
    LOG_US,
    'Our 420 vans drive 11% more miles than they need to, and fuel cost us $14.5 million last year. Planning every route each morning with live traffic data, and loading vans in stop order, cuts fuel spend by $1.6 million a year from October and lifts on time deliveries from 91% to 96%. I am asking you to approve $700K for the software and one depot manager per site by June 2.',
    60,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '72 words at 60 s; the floor is 70. "$14.5", "$1.6" count as one word each.',
    },
  ),
  variant(
    'pp-short-nm-finance-us-default',
    FIN_US,
    'Every month my team types in 38,000 supplier invoices by hand, and one payment in nine goes out late. I want to switch on automatic matching in the payments system we already own. That cuts processing cost by $1.2 million a year from the second quarter of 2026, and late payments fall from 11% to 3% by June. I am asking you to approve $450K for the matching module by March 14.',
    undefined,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: 'No targetSeconds, so 60 s: 72 words; the floor is 70. "38,000", "$1.2" count as one word each.',
    },
  ),
  variant(
    'pp-short-nm-utilities-gb-default',
    UTIL_GB,
    'We lose 62 million litres of clean water every day through leaks, and our crews usually hear about a leak from a customer. I want to fit 4,000 acoustic sensors on the oldest mains in Northfield. That cuts leakage there by a quarter by March 2027 and keeps us clear of a £2.4 million penalty at the next regulator review. I am asking the board to approve £3.1 million on 12 June.',
    undefined,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: 'No targetSeconds, so 60 s: 72 words; the floor is 70. "4,000", "£2.4", "£3.1" count as one word each.',
    },
  ),
  variant(
    'pp-short-nm-construction-gb-90',
    CON_GB,
    'Riverside has 280 flats, and the wet trades run 12 weeks behind programme. Every day we hand over late costs us £9,000 in penalties. I want to order 280 bathroom pods from a factory in Derby and crane them in floor by floor as each frame goes up. Each pod arrives with tiles, pipes and lights in place. That wins back ten of the 12 weeks, gets us to handover by 30 June 2026, and saves about £630K in penalties. The pods cost £480K more than building on site. I am asking you to approve that extra spend and let me sign the Derby order by 20 March.',
    90,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '108 words at 90 s; the floor is 105. "£9,000" counts as one word.',
    },
  ),
  variant(
    'pp-short-nm-pharma-us-90',
    PHA_US,
    'Fourteen months in, our asthma trial has enrolled 310 of the 900 patients it needs. Our main competitor started a similar trial last spring. Our sites turn away 60% of referrals at the first visit. I want every referral to fill in a short questionnaire at home before they travel to a site, and I want to add four community clinics in Texas and Ohio. That finishes enrollment by August 2026, four months ahead of plan, and every month we save is worth $3.5 million in earlier sales. I am asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.',
    90,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '108 words at 90 s; the floor is 105. "$3.5", "$2.2" count as one word each.',
    },
  ),
  variant(
    'pp-short-nm-energy-us-90',
    ENR_US,
    'Last year our 140 turbines sat idle for 9,200 hours because of gearbox failures, and each failure cost us about $180K. I want to put vibration sensors on every gearbox at Red Mesa and Cold Creek, and fix gearboxes when the readings cross a warning line, before they break. Red Mesa and Cold Creek have our oldest gearboxes and most of the failures. By December 2026 that halves unplanned downtime and cuts repair spend by $2.7 million a year. Our crews also spend less time up broken turbines. I need you to fund $1.9 million for the sensors and assign two reliability engineers by April 30.',
    90,
    [],
    {
      nearMiss: ['pitch-too-short'],
      note: '106 words at 90 s; the floor is 105. "9,200", "$2.7", "$1.9" count as one word each.',
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// pitch-missing-metric: the outcome has numbers and the pitch says none of them in any form.
// Positives still carry numbers, but only situation, action or ask numbers; they also leave out
// the outcome's dates and before-values, so nothing in them could count as an outcome number.
// Near misses say an outcome number only in another form than the slide's.
// ---------------------------------------------------------------------------------------------

const MISSING_METRIC: PitchCase[] = [
  variant(
    'pp-metric-finance-us',
    FIN_US,
    "Every month my team types in 38,000 supplier invoices by hand, and too many payments go out late with a penalty fee. I want to switch on automatic matching in the payments system we already own and move six clerks onto supplier disputes. Processing gets cheaper, and suppliers get their money on time. I'm asking you to approve $450,000 for the matching module by March 14.",
    30,
    ['pitch-missing-metric'],
    {
      note: 'Numbers from the situation (38,000), action (six clerks) and ask ($450,000, March 14) only; nothing of $1.2M, 11% to 3% or the 2026 dates.',
    },
  ),
  variant(
    'pp-metric-insurance-gb',
    INS_GB,
    "Simple glass and scratch claims take up 40% of a handler's week, and they sit in the same queue as everything else. I want to send them down a same-day fast track with fixed payouts and train 12 handlers on a triage checklist in April. Customers get their money much sooner, and overtime comes down. I'm asking you to approve £280,000 and release two pricing analysts by 30 May.",
    45,
    ['pitch-missing-metric'],
    {
      note: '40% and 12 handlers are situation and action numbers; the outcome (21 to 14 days, £310K) is only "much sooner" and "comes down".',
    },
  ),
  variant(
    'pp-metric-utilities-gb',
    UTIL_GB,
    "We lose 62 million litres of clean water a day through leaks. I want to fit 4,000 acoustic sensors on the oldest mains in Northfield and send a crew to every alert within 48 hours. We find leaks before customers do, we lose far less water, and we stay clear of the regulator's penalty. I'm asking the board to approve £3.1 million from the asset programme on 12 June.",
    45,
    ['pitch-missing-metric'],
    { note: 'Mentions the penalty but not its £2.4M, and "far less water" instead of 25%.' },
  ),
  variant(
    'pp-metric-energy-us',
    ENR_US,
    'Last year our 140 turbines sat idle for 9,200 hours because of gearbox failures, at about $180,000 a failure. Vibration sensors at Red Mesa and Cold Creek let us fix gearboxes before they break, which means far less downtime and a much smaller repair bill. I need you to fund $1.9 million and assign two reliability engineers by April 30.',
    30,
    ['pitch-missing-metric'],
    {
      note: '9,200 hours is last year (situation); the outcome 50% / 4,600 hours / $2.7M never appears.',
    },
  ),
  variant(
    'pp-metric-public-sector-gb',
    PUB_GB,
    "My staff retype seven in ten housing benefit forms by hand. An online claim form that feeds our case system directly gets residents a decision much faster and cuts our agency bill. I'm asking cabinet to approve £640,000 from the transformation fund on 9 July.",
    30,
    ['pitch-missing-metric'],
    { note: '"seven in ten" is the situation\'s 70%; neither 17 days nor £520K appears.' },
  ),
  variant(
    'pp-metric-healthcare-gb',
    HLT_GB,
    'Each empty clinic slot costs the trust about £160, and the patients who lose out are the ones on our waiting list. Two-way text reminders let patients cancel in time, and we offer the slot to someone else the same day. Please approve £210,000 and one project manager by 1 August.',
    30,
    ['pitch-missing-metric'],
    {
      note: "£160 is the cost of one slot (situation), not the outcome's 9,000 slots, £1.4M or 12% to 7%.",
    },
  ),
  variant(
    'pp-metric-pharma-us',
    PHA_US,
    "Our asthma trial has enrolled 310 of the 900 patients it needs, and sites turn away 60% of referrals at the first visit. A short home questionnaire and four new community clinics in Texas and Ohio fill the trial well ahead of plan. I'm asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.",
    45,
    ['pitch-missing-metric'],
    {
      note: '"four" counts the clinics (action), not the outcome\'s four months; "well ahead of plan" gives no number and the $3.5M is missing.',
    },
  ),
  variant(
    'pp-metric-manufacturing-us',
    MFG_US,
    "Line 4 scraps 6% of its door panels, and that cost us $2.1 million last year. Inline cameras after the second press stop the line the moment they spot a crack, so bad panels stop piling up. I'm asking you to approve $390,000 and two weeks of downtime in July.",
    30,
    ['pitch-missing-metric'],
    {
      note: "6% and $2.1M are today's scrap (situation); the 30% cut and $630K saving are missing.",
    },
  ),
  variant(
    'pp-metric-retail-gb',
    RET_GB,
    "Our customers send back 32% of the clothes they buy online, and that cost us £4.8 million last year. Fit notes from reviews and a size recommendation on every product page mean fewer parcels coming back and a smaller postage bill. I'm asking you to approve £350,000 and give me three web developers from 1 June.",
    30,
    ['pitch-missing-metric'],
    { note: '32% and £4.8M are the situation; the outcome 25% / 24% / £1.2M never appears.' },
  ),
  variant(
    'pp-metric-software-us',
    SW_US,
    "Most customers who cancel in their first year never add a second user. I want a setup checklist inside the product, and a success manager for every account over $20,000 a year. More new customers stay past their first renewal, and we keep revenue that walks out the door today. I'm asking you to approve four engineers for two quarters and two success manager hires by July 1.",
    45,
    ['pitch-missing-metric'],
    { note: '$20,000 is the account threshold (action); "first" is an ordinal. No 12%, no $3.4M.' },
  ),
  variant(
    'pp-metric-telecom-gb',
    TEL_GB,
    "Our engineers make 14,000 home visits a month for broadband faults, and on one visit in three the fault sits outside the home. A remote line test before each visit sends those faults straight to the network team, so engineers stop knocking on doors for nothing. I'm asking you to approve £900,000 and release two network analysts by 15 September.",
    30,
    ['pitch-missing-metric'],
    {
      note: '14,000 visits and one in three are the situation; the 35% cut and £2.2M are missing.',
    },
  ),
  variant(
    'pp-metric-logistics-us',
    LOG_US,
    "Our 420 vans drive 11% more miles than they need to, and fuel cost us $14.5 million last year. Planning every route each morning with live traffic data, and loading vans in stop order, cuts that waste and gets more deliveries there on time. I'm asking you to approve $700,000 for the routing software and assign one depot manager per site by June 2.",
    30,
    ['pitch-missing-metric'],
    { note: '11% and $14.5M are the situation; the outcome $1.6M and 91% to 96% never appear.' },
  ),
  variant(
    'pp-metric-construction-gb',
    CON_GB,
    "Riverside has 280 flats, and every day we hand over late costs us £9,000 in penalties. Factory-built bathroom pods from Derby let our trades catch up most of the lost time. They cost £480,000 more than building on site, and the penalties they save more than pay for them. I'm asking you to approve that extra spend and let me sign the Derby order by 20 March.",
    45,
    ['pitch-missing-metric'],
    {
      note: '£9,000 a day is the situation and £480,000 the ask; "most of the lost time" is not "ten of the 12 weeks", and the £630K is missing.',
    },
  ),
  variant(
    'pp-metric-education-us',
    EDU_US,
    "Students who fail Algebra I are four times as likely to drop out. I want to give 600 struggling ninth graders three tutoring sessions a week, with tutors from the state university. Far more of them pass, and far fewer need summer school. I'm asking the board to approve $1.1 million from federal recovery funds on March 18.",
    30,
    ['pitch-missing-metric'],
    {
      note: 'Only situation (four times), action (600, three) and ask numbers; no 75%, 200 places or $240K.',
    },
  ),
  variant(
    'pp-metric-hospitality-gb',
    HOS_GB,
    'Food is our second-biggest cost after staff, and across our 18 hotels a lot of it ends up in the bin. Smart waste scales in every kitchen show each head chef where the waste is, and we shrink the buffets to match. Please approve €95,000 for the scales and name a head chef to lead the rollout by 1 October.',
    30,
    ['pitch-missing-metric'],
    { note: '18 hotels is the situation; the outcome 22% to 12% and €380K never appear.' },
  ),
  variant(
    'pp-metric-finance-gb',
    FIN_GB,
    "We lose 15% of mortgage applicants to faster lenders before we decide. Reading their bank data directly, with consent, lets salaried customers skip the manual income checks and get an answer far sooner. I'm asking you to approve £720,000 and two underwriters for the pilot by 31 October.",
    30,
    ['pitch-missing-metric'],
    { note: '15% is the situation; no five days, 1,100 completions or £2.6M.' },
  ),
  variant(
    'pp-metric-healthcare-us',
    HLT_US,
    "Every night our emergency department holds 30 patients waiting for a bed, while patients who are ready to go home wait six hours for a ride or medication. A discharge lounge next to the pharmacy clears those beds by mid-morning. I'm asking you to approve $850,000 a year for four nurses and a pharmacist, starting September 1.",
    30,
    ['pitch-missing-metric'],
    {
      note: '30 patients and six hours are the situation; the outcome 14 beds / half / 15 patients is missing.',
    },
  ),
  variant(
    'pp-metric-retail-us',
    RET_US,
    "Empty shelves cost us about $22 million in lost sales last year. Shelf cameras in our 120 busiest stores send restock alerts straight to associates' handhelds, so associates fill gaps within minutes. I'm asking you to approve $3.6 million and assign a regional operations lead by May 9.",
    30,
    ['pitch-missing-metric'],
    { note: '$22M is the situation and 120 stores the action; 40%, 4.8% and $8.8M are missing.' },
  ),
  variant(
    'pp-metric-software-gb',
    SW_GB,
    "Our cloud bill hit £6.2 million last year, up 38%, and our test servers run all night with nobody using them. Switching them off automatically at 7pm and at weekends cuts the bill sharply. I'm asking you to assign two platform engineers for eight weeks, starting 3 November.",
    30,
    ['pitch-missing-metric'],
    { note: '£6.2M and 38% are the situation; "sharply" replaces the £900K and 60%.' },
  ),
  variant(
    'pp-metric-telecom-us',
    TEL_US,
    "Plan changes are one of the top reasons customers call us, and each call costs us $7.40. Letting customers change plans in the app with one tap cuts our call volume and our costs. I'm asking you to approve $1.3 million and three app developers for six months, starting June 1.",
    30,
    ['pitch-missing-metric'],
    { note: '$7.40 is the situation; neither 90,000 calls nor $8M appears.' },
  ),
  variant(
    'pp-metric-insurance-us',
    INS_US,
    "Water damage makes up 31% of our home claims, at $12,400 a claim. Free leak sensors for 50,000 policyholders in older homes warn people before a drip becomes a flood. I'm asking you to approve $2.5 million and assign an actuary to track results by July 15.",
    30,
    ['pitch-missing-metric'],
    { note: '31% and $12,400 are the situation, 50,000 the action; 20% and $4.2M are missing.' },
  ),
  variant(
    'pp-metric-logistics-gb',
    LOG_GB,
    "Our pickers at Daventry average 110 order lines an hour. Pick-by-light shelving in our two fastest aisles speeds them up and cuts the agency staff we need at peak. I'm asking you to approve £560,000 and four weekends of overtime in August by 30 June.",
    30,
    ['pitch-missing-metric'],
    { note: "110 lines is today's speed (situation); no 20%, 132, 60 to 35 or £410K." },
  ),
  variant(
    'pp-metric-hospitality-us',
    HOS_US,
    "Check-in waits are the top complaint in our guest surveys. With mobile check-in, guests use their phones as room keys, and two front-desk staff at each resort move to a welcome role in the lobby. Lines get much shorter. I'm asking you to approve $780,000 for digital keys at all 12 resorts by February 28.",
    30,
    ['pitch-missing-metric'],
    {
      note: 'Two staff (action), 12 resorts and $780,000 (ask); the outcome 18 to nine minutes, five points and $1.5M never appear.',
    },
  ),
  variant(
    'pp-metric-energy-gb',
    ENR_GB,
    "We fit 1,800 heat pumps a year, and customers wait months for a slot. Taking on 40 apprentices a year at our Bristol and Leeds centres, and pairing each one with a senior fitter, lets us fit far more and cut the wait. I'm asking you to approve £1.8 million over two years and assign a training manager by 1 December.",
    30,
    ['pitch-missing-metric'],
    {
      note: '1,800 is today\'s rate (situation); "far more" is not "double" or 3,600, and five weeks is missing.',
    },
  ),
];

const NOT_MISSING_METRIC: PitchCase[] = [
  variant(
    'pp-metric-nm-finance-us',
    FIN_US,
    "Every month my team types in 38,000 supplier invoices by hand, and one payment in nine goes out late with a penalty fee. I want to switch on automatic matching in the payments system we already own. That cuts processing cost by 1.2 million dollars a year. I'm asking you to approve $450,000 for the matching module by March 14.",
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"1.2 million dollars" is the outcome\'s $1.2M.' },
  ),
  variant(
    'pp-metric-nm-retail-gb',
    RET_GB,
    "Our customers send back 32% of the clothes they buy online. Fit notes from reviews and a size recommendation on every product page cut returns by a quarter. I'm asking you to approve £350,000 and three web developers from 1 June.",
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"a quarter" is the outcome\'s 25%.' },
  ),
  variant(
    'pp-metric-nm-energy-us',
    ENR_US,
    'Gearbox failures kept our 140 turbines idle for 9,200 hours last year. Vibration sensors at Red Mesa and Cold Creek let us fix gearboxes before they break, and that cuts unplanned downtime in half. I need you to fund $1.9 million and assign two reliability engineers by April 30.',
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"in half" is the outcome\'s 50%.' },
  ),
  variant(
    'pp-metric-nm-healthcare-us',
    HLT_US,
    "Every night our emergency department holds 30 patients waiting for a bed. A discharge lounge next to the pharmacy frees fourteen beds a day, so those patients get upstairs sooner. I'm asking you to approve $850,000 a year for four nurses and a pharmacist, starting September 1.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"fourteen beds" is the outcome\'s 14 beds, in words.',
    },
  ),
  variant(
    'pp-metric-nm-utilities-gb',
    UTIL_GB,
    "We lose 62 million litres of clean water a day through leaks. I want to fit 4,000 acoustic sensors on the oldest mains in Northfield and send a crew to every alert within 48 hours. That cuts leakage in Northfield by 25 per cent. I'm asking the board to approve £3.1 million from the asset programme on 12 June.",
    45,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"25 per cent" is the outcome\'s 25%.' },
  ),
  variant(
    'pp-metric-nm-insurance-gb',
    INS_GB,
    "Our motor customers wait three weeks for a settlement, mostly because simple glass and scratch claims clog the queue. A same-day fast track with fixed payouts brings that down to two weeks. I'm asking you to approve £280,000 and release two pricing analysts by 30 May.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric', 'pitch-contradicts-slide'],
      note: "Two weeks is the outcome's 14 days and three weeks its 21: same values in weeks, so neither missing nor contradicting.",
    },
  ),
  variant(
    'pp-metric-nm-hospitality-us',
    HOS_US,
    "Friday check-in is the top complaint from our guests. Mobile check-in and phone room keys shorten the wait, and better guest scores bring in one and a half million dollars a year in repeat bookings. I'm asking you to approve $780,000 for digital keys at all 12 resorts by February 28.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"one and a half million dollars" is the outcome\'s $1.5M.',
    },
  ),
  variant(
    'pp-metric-nm-logistics-gb',
    LOG_GB,
    "Our pickers at Daventry average 110 order lines an hour, and every November we hire agency staff to get through the peak. Pick-by-light shelving in our two fastest aisles makes them a fifth faster. I'm asking you to approve £560,000 and the August overtime by 30 June.",
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"a fifth faster" is the outcome\'s 20%.' },
  ),
  variant(
    'pp-metric-nm-construction-gb',
    CON_GB,
    "Riverside has 280 flats, and every day we hand over late costs us nine thousand pounds in penalties. Bathroom pods from a factory in Derby let us win back most of the lost time and save about six hundred and thirty thousand pounds in penalties. I'm asking you to approve the extra £480,000 and let me sign the Derby order by 20 March.",
    45,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"about six hundred and thirty thousand pounds" is the outcome\'s "about £630K", in words.',
    },
  ),
  variant(
    'pp-metric-nm-healthcare-gb',
    HLT_GB,
    'One in eight of our outpatient appointments goes unattended. Two-way text reminders let patients cancel in time, and we give the slot to someone on the waiting list, which recovers nine thousand clinic slots a year. Please approve £210,000 and one project manager by 1 August.',
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"nine thousand clinic slots" is the outcome\'s 9,000 slots.',
    },
  ),
  variant(
    'pp-metric-nm-software-gb',
    SW_GB,
    "Our test servers run all night with nobody using them. Switching them off at 7pm and at weekends saves nine hundred thousand pounds a year. I'm asking you to assign two platform engineers for eight weeks, starting 3 November.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"nine hundred thousand pounds" is the outcome\'s £900K.',
    },
  ),
  variant(
    'pp-metric-nm-education-us',
    EDU_US,
    "Students who fail Algebra I are four times as likely to drop out. Three tutoring sessions a week for 600 struggling students mean three in four of our ninth graders pass by June 2026. I'm asking the board to approve $1.1 million from federal recovery funds on March 18.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"three in four" is the outcome\'s 75% pass rate.',
    },
  ),
  variant(
    'pp-metric-nm-telecom-gb',
    TEL_GB,
    "On one engineer visit in three, the fault sits outside the home. A remote line test before each visit cuts those wasted visits by thirty-five per cent. I'm asking you to approve £900,000 and release two network analysts by 15 September.",
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"thirty-five per cent" is the outcome\'s 35%.' },
  ),
  variant(
    'pp-metric-nm-retail-us',
    RET_US,
    "Empty shelves cost us about $22 million in lost sales last year. Shelf cameras in our 120 busiest stores send restock alerts to associates' handhelds, and we win back nearly nine million dollars in sales a year. I'm asking you to approve $3.6 million and assign a regional operations lead by May 9.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric', 'pitch-contradicts-slide'],
      note: '"nearly nine million dollars" rounds the outcome\'s $8.8M (2% off, with "nearly").',
    },
  ),
  variant(
    'pp-metric-nm-finance-gb',
    FIN_GB,
    "We lose 15% of mortgage applicants to faster lenders before we decide. Reading their bank data directly, with consent, lets salaried customers skip the manual income checks, so they get an answer in one working week instead of two. I'm asking you to approve £720,000 and two underwriters for the pilot by 31 October.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric', 'pitch-contradicts-slide'],
      note: "One working week is the outcome's five working days, two weeks its ten.",
    },
  ),
  variant(
    'pp-metric-nm-public-sector-gb',
    PUB_GB,
    "My staff retype seven in ten housing benefit forms by hand. An online claim form that feeds our case system gets residents a decision in seventeen days. I'm asking cabinet to approve £640,000 from the transformation fund on 9 July.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"seventeen days" is the outcome\'s 17 days, in words.',
    },
  ),
  variant(
    'pp-metric-nm-energy-gb',
    ENR_GB,
    "We fit 1,800 heat pumps a year, and customers wait months for a slot. Taking on 40 apprentices a year and pairing each one with a senior fitter lets us fit twice as many heat pumps. I'm asking you to approve £1.8 million over two years and assign a training manager by 1 December.",
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"twice as many" is the outcome\'s "double".' },
  ),
  variant(
    'pp-metric-nm-software-us',
    SW_US,
    "Most customers who cancel in their first year never add a second user. A setup checklist inside the product and a success manager for every account over $20,000 a year bring first-year churn down to twelve percent. I'm asking you to approve four engineers for two quarters and two success manager hires by July 1.",
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"twelve percent" is the outcome\'s 12%.' },
  ),
  variant(
    'pp-metric-nm-logistics-us',
    LOG_US,
    "Our 420 vans drive 11% more miles than they need to. Planning every route each morning with live traffic data, and loading vans in stop order, cuts our fuel spend by one point six million dollars a year. I'm asking you to approve $700,000 for the routing software and assign one depot manager per site by June 2.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"one point six million dollars" is the outcome\'s $1.6M.',
    },
  ),
  variant(
    'pp-metric-nm-pharma-us',
    PHA_US,
    "Our asthma trial has enrolled 310 of the 900 patients it needs. A short home questionnaire and four community clinics in Texas and Ohio finish enrollment early, and every month we save is worth three and a half million dollars in earlier sales. I'm asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.",
    45,
    [],
    {
      nearMiss: ['pitch-missing-metric'],
      note: '"three and a half million dollars" is the outcome\'s $3.5M.',
    },
  ),
  variant(
    'pp-metric-nm-manufacturing-us',
    MFG_US,
    "Line 4 scraps 6% of its door panels, and that cost us $2.1 million last year. Inline cameras after the second press catch cracks early and cut scrap by nearly a third. I'm asking you to approve $390,000 and two weeks of downtime in July.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric', 'pitch-contradicts-slide'],
      note: '"nearly a third" rounds the outcome\'s 30% (33% with "nearly", within 10%).',
    },
  ),
  variant(
    'pp-metric-nm-hospitality-gb',
    HOS_GB,
    'Food is our second-biggest cost after staff. Smart waste scales in every kitchen and smaller buffets cut our food bill by about €32,000 a month. Please approve €95,000 for the scales and name a head chef to lead the rollout by 1 October.',
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric', 'pitch-contradicts-slide'],
      note: "About €32,000 a month is the outcome's €380K a year (€31,700 a month).",
    },
  ),
  variant(
    'pp-metric-nm-insurance-us',
    INS_US,
    "Water damage makes up 31% of our home claims, at $12,400 a claim. Free leak sensors for 50,000 policyholders in older homes mean a fifth fewer water claims in the pilot group. I'm asking you to approve $2.5 million and assign an actuary to track results by July 15.",
    30,
    [],
    { nearMiss: ['pitch-missing-metric'], note: '"a fifth fewer" is the outcome\'s 20%.' },
  ),
  variant(
    'pp-metric-nm-telecom-us',
    TEL_US,
    "Plan changes are one of the top reasons customers call us, at $7.40 a call. Letting them change plans in the app with one tap takes about a million calls a year off our centers. I'm asking you to approve $1.3 million and three app developers for six months, starting June 1.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-metric', 'pitch-contradicts-slide'],
      note: "About a million calls a year is the outcome's 90,000 a month (1.08 million a year, within 10%).",
    },
  ),
];

// ---------------------------------------------------------------------------------------------
// pitch-missing-ask: the slide has an ask and the pitch never makes a request. Positives end on
// the result, state the cost or mention approval, need, asking or signing off only as a report.
// Near misses make the request in words other than "approve" / "I'm asking for".
// ---------------------------------------------------------------------------------------------

const MISSING_ASK: PitchCase[] = [
  variant(
    'pp-ask-finance-us',
    FIN_US,
    'Every month my team types in 38,000 supplier invoices by hand, and one payment in nine goes out late with a penalty. The payments system we already own has an automatic matching module, and it costs $450,000 to switch on. With it, processing cost falls by $1.2 million a year from the second quarter of 2026, and late payments drop from 11% to 3% by June.',
    30,
    ['pitch-missing-ask'],
    { note: 'States what the module costs but never asks for the money.' },
  ),
  variant(
    'pp-ask-insurance-gb',
    INS_GB,
    "Our motor customers wait 21 days for a settlement, and simple glass and scratch claims take up 40% of a handler's week. Last year the approval process for a new claims route took six weeks, so we have kept this one simple: a same-day fast track with fixed payouts. By September average settlement drops to 14 days, and overtime falls by £310,000 a year.",
    45,
    ['pitch-missing-ask'],
    {
      note: '"the approval process took six weeks" reports a past approval; nothing is requested.',
    },
  ),
  variant(
    'pp-ask-utilities-gb',
    UTIL_GB,
    'We lose 62 million litres of clean water every day through leaks. Customers need to know we take that seriously. Acoustic sensors on the oldest Northfield mains tell us about a leak before a customer does, and a crew reaches every alert within 48 hours. That cuts leakage by a quarter by March 2027 and keeps us clear of a £2.4 million penalty.',
    45,
    ['pitch-missing-ask'],
    {
      note: '"Customers need to know" is not a request to the board; the pitch ends on the result.',
    },
  ),
  variant(
    'pp-ask-energy-us',
    ENR_US,
    'Last year our 140 turbines sat idle for 9,200 hours because of gearbox failures. Vibration sensors at Red Mesa and Cold Creek pick up wear weeks before a gearbox breaks, so we book the repair on our terms. By December 2026 unplanned downtime halves, and repair spend drops by $2.7 million a year. That is power we sell instead of power we lose.',
    30,
    ['pitch-missing-ask'],
  ),
  variant(
    'pp-ask-public-sector-gb',
    PUB_GB,
    'Residents wait 34 days for a housing benefit decision, and my staff retype seven in ten paper forms. An online claim form that feeds our case system directly changes that. By April 2026 a decision takes 17 days, and we save £520,000 a year on agency staff. The transformation fund has the money this year.',
    30,
    ['pitch-missing-ask'],
    { note: 'Points at the fund but never asks cabinet to release it.' },
  ),
  variant(
    'pp-ask-healthcare-gb',
    HLT_GB,
    "One in eight of our outpatient appointments goes unattended, and each empty slot costs us about £160. Patients asked us for text reminders in last year's survey. Two-way reminders cut missed appointments from 12% to 7% by December and give us back 9,000 slots a year.",
    30,
    ['pitch-missing-ask'],
    { note: '"Patients asked us" reports a request made to us, not one made to the audience.' },
  ),
  variant(
    'pp-ask-pharma-us',
    PHA_US,
    'Our asthma trial has enrolled 310 of the 900 patients it needs, and sites turn away 60% of referrals at the first visit. A home questionnaire screens patients before they travel, and four community clinics in Texas and Ohio bring the trial closer to them. Enrollment finishes by August 2026, four months ahead of plan, and every month we save is worth $3.5 million in earlier sales.',
    45,
    ['pitch-missing-ask'],
  ),
  variant(
    'pp-ask-manufacturing-us',
    MFG_US,
    'Line 4 scraps 6% of its door panels, and that cost us $2.1 million last year. I asked the line team to test a camera after the second press for a week, and it caught every crack. Inline cameras cut scrap by 30% and save $630,000 a year by the end of Q3.',
    30,
    ['pitch-missing-ask'],
    { note: '"I asked the line team" is a report of an earlier request to someone else.' },
  ),
  variant(
    'pp-ask-retail-gb',
    RET_GB,
    'Our customers send back 32% of the clothes they buy online, and most of them tell us the item did not fit. Fit notes from reviews and a size recommendation on every product page fix that. By November returns fall by a quarter, and we save £1.2 million a year. Three web developers can build it in one quarter.',
    30,
    ['pitch-missing-ask'],
    { note: 'Says what the work takes, not that the audience should provide it.' },
  ),
  variant(
    'pp-ask-software-us',
    SW_US,
    'Eighteen percent of our new customers cancel in their first year, and most of them never add a second user. A setup checklist inside the product and a success manager for every account over $20,000 a year change that. By the fourth quarter of 2026 first-year churn drops to 12%, and we keep $3.4 million in annual revenue.',
    30,
    ['pitch-missing-ask'],
  ),
  variant(
    'pp-ask-telecom-gb',
    TEL_GB,
    'Our engineers make 14,000 home visits a month, and on one visit in three the fault sits outside the home. A remote line test before each visit sends those faults straight to the network team. By January wasted visits fall by 35%, and field costs drop by £2.2 million a year. We fix the fault at the first attempt.',
    30,
    ['pitch-missing-ask'],
  ),
  variant(
    'pp-ask-logistics-us',
    LOG_US,
    'Our 420 vans drive 11% more miles than they need to, and fuel cost us $14.5 million last year. Our dispatchers need better tools: today they plan routes the night before from a spreadsheet. When we plan each route in the morning from live traffic and order data, and load vans in stop order, fuel spend falls by $1.6 million a year from October, and on-time deliveries climb from 91% to 96%.',
    45,
    ['pitch-missing-ask'],
    { note: '"Our dispatchers need better tools" describes a need; it asks nobody for anything.' },
  ),
  variant(
    'pp-ask-construction-gb',
    CON_GB,
    'Riverside has 280 flats, and the wet trades run 12 weeks behind programme. Every late day costs us £9,000 in penalties. Factory-built bathroom pods from Derby arrive ready to connect and go in floor by floor as each frame goes up. They cost £480,000 more than building on site, and they win back ten of the 12 weeks, get us to handover by 30 June 2026, and save about £630,000 in penalties. The Derby factory holds an April production slot for us until 20 March.',
    60,
    ['pitch-missing-ask'],
    {
      note: 'Gives the cost and the deadline but never asks for the spend or the go-ahead to sign.',
    },
  ),
  variant(
    'pp-ask-education-us',
    EDU_US,
    'Last spring only 58% of our ninth graders passed Algebra I, and students who fail it are four times as likely to drop out. Three tutoring sessions a week for 600 struggling students, with tutors from the state university, change that. By June 2026 the pass rate climbs to 75%, and we fill 200 fewer summer-school places, saving $240,000.',
    45,
    ['pitch-missing-ask'],
  ),
  variant(
    'pp-ask-hospitality-gb',
    HOS_GB,
    'Our 18 hotels throw away 22% of the food they buy. Smart waste scales in every kitchen show each head chef what goes in the bin, and smaller buffets do the rest. By March 2026 waste falls to 12%, and our food bill drops by €380,000 a year.',
    30,
    ['pitch-missing-ask'],
  ),
  variant(
    'pp-ask-finance-gb',
    FIN_GB,
    "Today a mortgage decision takes us ten working days, and 15% of applicants go to a faster lender before we decide. Reading bank data directly, with the applicant's consent, lets salaried customers skip the manual income checks. By the first quarter of 2026 decision time halves to five days, and we keep 1,100 more completions a year, worth £2.6 million in fees.",
    30,
    ['pitch-missing-ask'],
    { note: '"decision" here is the mortgage decision; no decision is asked of the audience.' },
  ),
  variant(
    'pp-ask-healthcare-us',
    HLT_US,
    'Every night our emergency department holds 30 patients who are waiting for a bed, while patients who are ready to leave wait six hours for a ride. A discharge lounge next to the pharmacy needs four nurses and a pharmacist. By January it frees 14 beds a day and cuts boarding in half, to 15 patients a night.',
    30,
    ['pitch-missing-ask'],
    { note: '"needs four nurses and a pharmacist" describes the lounge, not a request for them.' },
  ),
  variant(
    'pp-ask-retail-us',
    RET_US,
    'On a typical Saturday, 8% of the items in our stores are out of stock, and empty shelves cost us about $22 million last year. Shelf cameras in our 120 busiest stores send restock alerts to store handhelds. By November out-of-stocks fall by 40%, and we win back $8.8 million in sales a year. Our regional operations team supports the plan.',
    30,
    ['pitch-missing-ask'],
    { note: '"supports the plan" reports backing from a team; nothing is asked of the audience.' },
  ),
  variant(
    'pp-ask-logistics-gb',
    LOG_GB,
    'Our pickers at Daventry average 110 order lines an hour, and every November we hire 60 agency staff for the peak. Pick-by-light shelving in our two fastest aisles raises picking speed by 20%, to 132 lines an hour, by October. At peak we then need only 35 agency staff, which saves £410,000.',
    30,
    ['pitch-missing-ask'],
  ),
  variant(
    'pp-ask-software-gb',
    SW_GB,
    'Our cloud bill hit £6.2 million last year, and our test servers run all night with nobody using them. From January, switching them off at 7pm and at weekends saves £900,000 a year. The platform team signed off the design last week.',
    30,
    ['pitch-missing-ask'],
    { note: '"signed off" reports a past sign-off by another team.' },
  ),
  variant(
    'pp-ask-insurance-us',
    INS_US,
    'Water damage makes up 31% of our home claims, and the average one costs us $12,400. Free leak sensors for 50,000 policyholders in older homes warn people before a drip ruins a kitchen. By December 2026 water claims in the pilot group fall by 20%, and net savings reach $4.2 million a year. Our actuaries asked for a matched control group, and we have built one in.',
    45,
    ['pitch-missing-ask'],
    { note: '"Our actuaries asked for" reports a request to us.' },
  ),
  variant(
    'pp-ask-hospitality-us',
    HOS_US,
    'On Fridays our guests wait 18 minutes to check in, and it is their top complaint. Mobile check-in and phone room keys cut that wait to nine minutes by May 2026, and better guest scores bring in $1.5 million a year in repeat bookings. Digital keys for all 12 resorts cost $780,000.',
    30,
    ['pitch-missing-ask'],
    { note: 'Ends on the cost, with no request.' },
  ),
  variant(
    'pp-ask-energy-gb',
    ENR_GB,
    'We fit 1,800 heat pumps a year, half our target, and customers wait 14 weeks for a slot. The shortage is fitters, not demand. Forty apprentices a year, each working beside a senior fitter, double our installs to 3,600 a year by April 2027 and cut the wait to five weeks.',
    30,
    ['pitch-missing-ask'],
  ),
];

const NOT_MISSING_ASK: PitchCase[] = [
  variant(
    'pp-ask-nm-finance-us',
    FIN_US,
    'Every month my team types in 38,000 supplier invoices by hand. Automatic matching in the payments system we already own cuts processing cost by $1.2 million a year from the second quarter of 2026. Can I count on your backing for $450,000 by March 14?',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-insurance-gb',
    INS_GB,
    "Our motor customers wait 21 days for a settlement. A same-day fast track for simple glass and scratch claims brings that down to 14 days by September and saves £310,000 a year in overtime. I'm asking you to sign off £280,000 and two pricing analysts by 30 May.",
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-software-us',
    SW_US,
    'Eighteen percent of our new customers cancel in their first year. A setup checklist inside the product and a success manager for every account over $20,000 a year bring that down to 12% by the fourth quarter of 2026, and we keep $3.4 million in annual revenue. What I need from you is four engineers for two quarters and two success manager hires by July 1.',
    45,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-utilities-gb',
    UTIL_GB,
    'We lose 62 million litres of clean water a day through leaks. Acoustic sensors on the oldest Northfield mains cut leakage there by a quarter by March 2027 and keep us clear of a £2.4 million penalty. We need a decision on the £3.1 million at the 12 June board.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-energy-us',
    ENR_US,
    'Gearbox failures kept our 140 turbines idle for 9,200 hours last year. Vibration sensors at Red Mesa and Cold Creek halve unplanned downtime by December 2026 and cut repair spend by $2.7 million a year. Will you fund $1.9 million for the sensors and give me two reliability engineers by April 30?',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-public-sector-gb',
    PUB_GB,
    "Today residents wait 34 days for a housing benefit decision. An online claim form that feeds our case system directly cuts that to 17 days by April 2026 and saves £520,000 a year on agency staff. I'd like cabinet to release £640,000 from the transformation fund on 9 July.",
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-healthcare-gb',
    HLT_GB,
    'One in eight of our outpatient appointments goes unattended. Two-way text reminders cut that from 12% to 7% by December and give us back 9,000 slots a year. Give me £210,000 and a project manager by 1 August, and we start in September.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-pharma-us',
    PHA_US,
    'Our asthma trial has enrolled 310 of the 900 patients it needs. A home questionnaire and four community clinics in Texas and Ohio finish enrollment by August 2026, four months ahead of plan, and every month we save is worth $3.5 million in earlier sales. My request is $2.2 million for the clinic contracts and a named sponsor lead by May 15.',
    45,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-manufacturing-us',
    MFG_US,
    'Line 4 scraps 6% of its door panels. Inline cameras after the second press cut that scrap by 30% and save $630,000 a year by the end of Q3. Let me spend $390,000 on the cameras and take Line 4 down for two weeks in July.',
    30,
    [],
    {
      nearMiss: ['pitch-missing-ask'],
      note: '"Let me spend… and take Line 4 down" asks permission.',
    },
  ),
  variant(
    'pp-ask-nm-retail-gb',
    RET_GB,
    "Our customers send back 32% of the clothes they buy online. Fit notes and size advice on every product page cut returns by a quarter by November and save £1.2 million a year. Say yes today to £350,000 and three web developers from 1 June, and we'll be live before the Christmas peak.",
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-telecom-gb',
    TEL_GB,
    'On one engineer visit in three, the fault sits outside the home. A remote line test before each visit cuts wasted visits by 35% by January and saves £2.2 million a year. The decision I need from you today is £900,000 and two network analysts by 15 September.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-logistics-us',
    LOG_US,
    'Our 420 vans drive 11% more miles than they need to. Planning routes each morning with live traffic data cuts fuel spend by $1.6 million a year from October and lifts on-time deliveries from 91% to 96%. Can you green-light $700,000 for the software and put one depot manager on each site by June 2?',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-construction-gb',
    CON_GB,
    "Riverside runs 12 weeks behind programme, and every late day costs us £9,000. Bathroom pods from a factory in Derby win back ten of those weeks, get us to handover by 30 June 2026 and save about £630,000 in penalties. I'd like your go-ahead to spend the extra £480,000 and sign the Derby order by 20 March.",
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-education-us',
    EDU_US,
    "Only 58% of our ninth graders passed Algebra I last spring. Three tutoring sessions a week for 600 struggling students lift the pass rate to 75% by June 2026. Tonight I'm looking for the board's vote on $1.1 million from federal recovery funds.",
    30,
    [],
    {
      nearMiss: ['pitch-missing-ask'],
      note: 'Spoken at the March 18 board meeting the slide names, so "tonight" is that date.',
    },
  ),
  variant(
    'pp-ask-nm-hospitality-gb',
    HOS_GB,
    'Our 18 hotels throw away 22% of the food they buy. Smart waste scales in every kitchen cut that to 12% by March 2026 and save €380,000 a year. Could you find €95,000 for the scales and name a head chef to lead it by 1 October?',
    30,
    [],
    {
      nearMiss: ['pitch-missing-ask'],
      note: '"Could you find…" is a polite request, not a hedge.',
    },
  ),
  variant(
    'pp-ask-nm-finance-gb',
    FIN_GB,
    'Today 15% of our mortgage applicants go to a faster lender before we decide. Reading bank data directly, with consent, halves our decision time to five days by the first quarter of 2026. I want your agreement today to £720,000 and two underwriters, so the pilot starts by 31 October.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-healthcare-us',
    HLT_US,
    'Every night our emergency department holds 30 patients waiting for a bed. A discharge lounge next to the pharmacy frees 14 beds a day by January and cuts boarding in half. Back the lounge with $850,000 a year for four nurses and a pharmacist, starting September 1.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-retail-us',
    RET_US,
    'Empty shelves cost us about $22 million in lost sales last year. Shelf cameras in our 120 busiest stores cut out-of-stocks by 40% by November and win back $8.8 million a year. Put $3.6 million and a regional operations lead behind this by May 9, and the cameras go in this summer.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-logistics-gb',
    LOG_GB,
    'Every November we hire 60 agency pickers at Daventry to get through the peak. Pick-by-light shelving raises picking speed by 20% by October, so we need only 35 of them, which saves £410,000. Are you willing to release £560,000 and the August overtime by 30 June?',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-software-gb',
    SW_GB,
    'Our test servers run all night and every weekend with nobody using them. Switching them off at 7pm and at weekends saves £900,000 a year from January. Lend me two platform engineers for eight weeks from 3 November.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-energy-gb',
    ENR_GB,
    "We fit 1,800 heat pumps a year, half our target, and customers wait 14 weeks for a slot. Forty apprentices a year, each working beside a senior fitter, double our installs to 3,600 a year by April 2027. I'm after £1.8 million over two years and a training manager by 1 December.",
    30,
    [],
    { nearMiss: ['pitch-missing-ask'], note: '"I\'m after" is British for "I want": a request.' },
  ),
  variant(
    'pp-ask-nm-telecom-us',
    TEL_US,
    'Plan changes make up 15% of the 600,000 calls we take each month. Letting customers change plans in the app takes 90,000 calls a month off our centers by March 2026 and saves $8 million a year. Fund it: $1.3 million and three app developers for six months, starting June 1.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-insurance-us',
    INS_US,
    'Water damage makes up 31% of our home claims. Free leak sensors for 50,000 policyholders in older homes cut water claims in the pilot group by 20% by December 2026 and save $4.2 million a year. I need a yes on $2.5 million and an actuary to track results by July 15.',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
  variant(
    'pp-ask-nm-hospitality-us',
    HOS_US,
    'On Fridays our guests wait 18 minutes to check in, and it is the top complaint in our surveys. Mobile check-in cuts that to nine minutes by May 2026. Will you commit $780,000 for digital room keys at all 12 resorts by February 28?',
    30,
    [],
    { nearMiss: ['pitch-missing-ask'] },
  ),
];

// ---------------------------------------------------------------------------------------------
// pitch-contradicts-slide: the pitch states an amount, percentage, count or date that differs
// from the slide's for the same thing. Positives keep a correct outcome number unless marked.
// ---------------------------------------------------------------------------------------------

const CONTRADICTS: PitchCase[] = [
  variant(
    'pp-contra-finance-us',
    FIN_US,
    'Every month my team types in 38,000 supplier invoices by hand. Automatic matching in the payments system we already own cuts processing cost by $1.2 million a year from the second quarter of 2026. I need $600,000 for the matching module by March 14.',
    30,
    ['pitch-contradicts-slide'],
    { note: 'The slide asks for $450K; the pitch for $600,000.' },
  ),
  variant(
    'pp-contra-insurance-gb',
    INS_GB,
    "Our motor customers wait 21 days for a settlement. A same-day fast track for simple glass and scratch claims brings that down to ten days by September and saves £310,000 a year in overtime. I'm asking you to approve £280,000 and two pricing analysts by 30 May.",
    30,
    ['pitch-contradicts-slide'],
    {
      note: 'Slide: from 21 to 14 days. Pitch: down to ten days. £310,000 still carries the metric.',
    },
  ),
  variant(
    'pp-contra-utilities-gb',
    UTIL_GB,
    "We lose 62 million litres of clean water a day through leaks. Acoustic sensors on the oldest Northfield mains cut leakage there by a third by March 2027 and keep us clear of a £2.4 million penalty. I'm asking the board to approve £3.1 million on 12 June.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: 25%. Pitch: a third.' },
  ),
  variant(
    'pp-contra-energy-us',
    ENR_US,
    'Gearbox failures kept our 140 turbines idle for 9,200 hours last year. Vibration sensors at Red Mesa and Cold Creek halve unplanned downtime by December 2026 and cut repair spend by $2.7 million a year. I need you to fund $1.9 million and assign four reliability engineers by April 30.',
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: two reliability engineers. Pitch: four.' },
  ),
  variant(
    'pp-contra-public-sector-gb',
    PUB_GB,
    "Residents wait 34 days for a housing benefit decision. An online claim form cuts that to 17 days by April 2026 and saves £520,000 a year on agency staff. I'm asking cabinet to approve £640,000 from the transformation fund on 16 July.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: the 9 July cabinet. Pitch: 16 July.' },
  ),
  variant(
    'pp-contra-healthcare-gb',
    HLT_GB,
    'One in eight of our outpatient appointments goes unattended. Two-way text reminders cut missed appointments to 5% by December and give us back 9,000 slots a year. Please approve £210,000 and one project manager by 1 August.',
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: from 12% to 7%. Pitch: to 5%.' },
  ),
  variant(
    'pp-contra-pharma-us',
    PHA_US,
    "Our asthma trial has enrolled 310 of the 900 patients it needs. A home questionnaire and four community clinics in Texas and Ohio finish enrollment by June 2026, and every month we save is worth $3.5 million in earlier sales. I'm asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.",
    45,
    ['pitch-contradicts-slide'],
    { note: 'Slide: enrollment completes by August 2026. Pitch: by June 2026.' },
  ),
  variant(
    'pp-contra-manufacturing-us',
    MFG_US,
    "Line 4 scraps 6% of its door panels. Inline cameras after the second press cut that scrap by 30% and save $630,000 a year by the end of Q3. I'm asking you to approve $390,000 and three weeks of downtime in July.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: two weeks of line downtime. Pitch: three weeks.' },
  ),
  variant(
    'pp-contra-retail-gb',
    RET_GB,
    "Our customers send back 32% of the clothes they buy online. Fit notes and size advice on every product page cut returns by a quarter by November. I'm asking you to approve £350,000 and five web developers from 1 June.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: three web developers. Pitch: five.' },
  ),
  variant(
    'pp-contra-software-us',
    SW_US,
    "Eighteen percent of our new customers cancel in their first year. A setup checklist and a success manager for every large account bring that down to 12% by the fourth quarter of 2026, and we keep $4.3 million in annual revenue. I'm asking you to approve four engineers and two success manager hires by July 1.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: $3.4M kept. Pitch: $4.3 million. 12% still carries the metric.' },
  ),
  variant(
    'pp-contra-telecom-gb',
    TEL_GB,
    "On one engineer visit in three, the fault sits outside the home. A remote line test before each visit cuts wasted visits by half by January and saves £2.2 million a year. I'm asking you to approve £900,000 and release two network analysts by 15 September.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: wasted visits fall 35%. Pitch: by half.' },
  ),
  variant(
    'pp-contra-logistics-us',
    LOG_US,
    "Our 420 vans drive 11% more miles than they need to. Planning routes each morning with live traffic data cuts fuel spend by $1.6 million a year from October and lifts on-time deliveries from 91% to 99%. I'm asking you to approve $700,000 for the software and one depot manager per site by June 2.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: 91% to 96%. Pitch: to 99%.' },
  ),
  variant(
    'pp-contra-construction-gb',
    CON_GB,
    "Riverside runs 12 weeks behind programme, and every late day costs us £9,000. Bathroom pods from a factory in Derby get us to handover by the end of April 2026 and save about £630,000 in penalties. I'm asking you to approve the extra £480,000 for the pods and let me sign the Derby order by 20 March.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: hand over by 30 June 2026. Pitch: by the end of April 2026.' },
  ),
  variant(
    'pp-contra-education-us',
    EDU_US,
    "Only 58% of our ninth graders passed Algebra I last spring. Three tutoring sessions a week for 600 struggling students lift the pass rate to 75% by June 2026. I'm asking the board to approve $1.5 million from federal recovery funds on March 18.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: $1.1M. Pitch: $1.5 million.' },
  ),
  variant(
    'pp-contra-hospitality-gb',
    HOS_GB,
    'Our 18 hotels throw away 22% of the food they buy. Smart waste scales in every kitchen cut that to 12% by March 2026 and save us €500,000 a year. Please approve €95,000 and name a head chef to lead it by 1 October.',
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: €380K a year. Pitch: €500,000. 12% still carries the metric.' },
  ),
  variant(
    'pp-contra-finance-gb',
    FIN_GB,
    "Today a mortgage decision takes us ten working days. Reading bank data directly, with consent, halves that to five days by the first quarter of 2026, and we keep 2,000 more completions a year. I'm asking you to approve £720,000 and two underwriters for the pilot by 31 October.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: 1,100 more completions. Pitch: 2,000.' },
  ),
  variant(
    'pp-contra-healthcare-us',
    HLT_US,
    "Every night our emergency department holds 30 patients waiting for a bed. A discharge lounge next to the pharmacy frees 20 beds a day by January and cuts boarding in half. I'm asking you to approve $850,000 a year for four nurses and a pharmacist, starting September 1.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: 14 beds a day. Pitch: 20. "in half" still carries the metric.' },
  ),
  variant(
    'pp-contra-retail-us',
    RET_US,
    "Empty shelves cost us about $22 million in lost sales last year. Shelf cameras in our 200 busiest stores cut out-of-stocks by 40% by November and win back $8.8 million a year. I'm asking you to approve $3.6 million and assign a regional operations lead by May 9.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide action: 120 busiest stores. Pitch: 200.' },
  ),
  variant(
    'pp-contra-logistics-gb',
    LOG_GB,
    "Every November we hire 60 agency pickers at Daventry to get through the peak. Pick-by-light shelving raises picking speed by 20% by October, so we need only 20 agency staff at peak. I'm asking you to approve £560,000 and the August overtime by 30 June.",
    30,
    ['pitch-contradicts-slide'],
    {
      note: 'Slide: from 60 to 35 agency staff. Pitch: only 20. 20% speed still carries the metric.',
    },
  ),
  variant(
    'pp-contra-software-gb',
    SW_GB,
    "Our test servers run all night and every weekend with nobody using them. Switching them off at 7pm and at weekends saves £900,000 a year from January. I'm asking you to assign two platform engineers for 12 weeks, starting 3 November.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: eight weeks. Pitch: 12 weeks.' },
  ),
  variant(
    'pp-contra-energy-gb',
    ENR_GB,
    "We fit 1,800 heat pumps a year, and customers wait 14 weeks for a slot. Forty apprentices a year, each working beside a senior fitter, double our installs to 3,600 a year by April 2026. I'm asking you to approve £1.8 million over two years and a training manager by 1 December.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: by April 2027. Pitch: by April 2026.' },
  ),
  variant(
    'pp-contra-telecom-us',
    TEL_US,
    "Customers call us 600,000 times a month, and plan change calls cost us $4 each. Letting customers change plans in the app takes 90,000 calls a month off our centers by March 2026. I'm asking you to approve $1.3 million and three app developers for six months, starting June 1.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide situation: $7.40 a call. Pitch: $4.' },
  ),
  variant(
    'pp-contra-insurance-us',
    INS_US,
    "Water damage makes up 31% of our home claims. Free leak sensors for 15,000 policyholders in older homes cut water claims in the pilot group by 20% by December 2026. I'm asking you to approve $2.5 million and assign an actuary to track results by July 15.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide action: 50,000 policyholders. Pitch: 15,000.' },
  ),
  variant(
    'pp-contra-hospitality-us',
    HOS_US,
    "On Fridays our guests wait 18 minutes to check in, and it is their top complaint. Mobile check-in cuts that wait to five minutes by May 2026, and guest scores rise five points. I'm asking you to approve $780,000 for digital room keys at all 12 resorts by February 28.",
    30,
    ['pitch-contradicts-slide'],
    { note: 'Slide: from 18 to nine minutes. Pitch: to five minutes. Five points is right.' },
  ),
  variant(
    'pp-contra-metric-retail-gb',
    RET_GB,
    "Our customers send back 32% of the clothes they buy online. Fit notes and size advice on every product page cut returns by 30%. I'm asking you to approve £350,000 and three web developers from 1 June.",
    30,
    ['pitch-contradicts-slide', 'pitch-missing-metric'],
    {
      note: "30% contradicts the outcome's 25%, and no outcome number (25%, 24%, £1.2M) is said in any form.",
    },
  ),
  variant(
    'pp-contra-metric-insurance-us',
    INS_US,
    "Water damage makes up 31% of our home claims, at $12,400 a claim. Free leak sensors for 50,000 policyholders in older homes cut water claims by 30% and save us $6 million a year. I'm asking you to approve $2.5 million and assign an actuary to track results by July 15.",
    30,
    ['pitch-contradicts-slide', 'pitch-missing-metric'],
    {
      note: 'Slide: 20% and $4.2M. Pitch: 30% and $6 million, so both outcome numbers are wrong and none is carried.',
    },
  ),
  variant(
    'pp-contra-metric-software-gb',
    SW_GB,
    "Our test servers run all night and every weekend with nobody using them. Switching them off at 7pm and at weekends saves £600,000 a year. I'm asking you to assign two platform engineers for eight weeks, starting 3 November.",
    30,
    ['pitch-contradicts-slide', 'pitch-missing-metric'],
    { note: 'Slide: £900K a year. Pitch: £600,000; the 60% is not said either.' },
  ),
];

const NOT_CONTRADICTS: PitchCase[] = [
  variant(
    'pp-contra-nm-finance-us',
    FIN_US,
    "Every month my team types in 38,000 supplier invoices by hand. Automatic matching in the payments system we already own cuts processing cost by 1.2 million dollars a year from the second quarter of 2026. I'm asking you to approve four hundred and fifty thousand dollars for the matching module by March 14.",
    30,
    [],
    { nearMiss: ['pitch-contradicts-slide'], note: '$1.2M and $450K said in words.' },
  ),
  variant(
    'pp-contra-nm-insurance-gb',
    INS_GB,
    "Today our motor customers wait 21 days for a settlement. A same-day fast track for simple glass and scratch claims brings that down to 14 days by the end of September. I'm asking you to approve £280,000 and two pricing analysts by 30 May.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '21 days is the before value; "by the end of September" is the slide\'s "by September 2025".',
    },
  ),
  variant(
    'pp-contra-nm-utilities-gb',
    UTIL_GB,
    "We lose about 60 million litres of clean water a day through leaks. Acoustic sensors on the oldest Northfield mains cut leakage there by a quarter by March 2027. I'm asking the board to approve £3.1 million from the asset programme on 12 June.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '"about 60 million" rounds 62 million (3%); a quarter = 25%.',
    },
  ),
  variant(
    'pp-contra-nm-energy-us',
    ENR_US,
    'Last year our 140 turbines sat idle for about 9,000 hours because of gearbox failures, and our crane contractor charges $25,000 a lift. Vibration sensors at two wind farms, Red Mesa and Cold Creek, cut unplanned downtime by 50% by December 2026. I need you to fund $1.9 million and assign two reliability engineers by April 30.',
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '"about 9,000" rounds 9,200; $25,000 a lift is not on the slide; "two wind farms" is a different thing from the two engineers.',
    },
  ),
  variant(
    'pp-contra-nm-public-sector-gb',
    PUB_GB,
    "Our team handles 1,200 housing benefit claims a month, and residents wait 34 days for a decision. An online claim form cuts that to 17 days by April 2026. I'm asking cabinet to approve £640,000 from the transformation fund on 9 July.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '1,200 claims a month is not on the slide; 34 days is the before value.',
    },
  ),
  variant(
    'pp-contra-nm-healthcare-gb',
    HLT_GB,
    'Missed appointments cost the trust about £160 a slot. Two-way text reminders cut them from one in eight to about one in fourteen by December, which gives us back 9,000 slots a year. Please approve £210,000 and one project manager by 1 August.',
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: "One in eight is about 12%, about one in fourteen is 7.1%: the slide's 12% to 7%.",
    },
  ),
  variant(
    'pp-contra-nm-pharma-us',
    PHA_US,
    "We run this trial at 40 sites today, and after 14 months we have 310 of the 900 patients we need. A home questionnaire and four community clinics in Texas and Ohio finish enrollment by the end of August 2026, a full four months ahead of plan. I'm asking you to approve $2.2 million for the clinic contracts and name a sponsor lead by May 15.",
    45,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '40 sites is not on the slide; "by the end of August 2026" = "by August 2026".',
    },
  ),
  variant(
    'pp-contra-nm-manufacturing-us',
    MFG_US,
    "Line 4 scraps 6% of its door panels. Inline cameras after the second press cut that scrap by 30% and save $630,000 a year by the end of September. I'm asking you to approve $390,000 and the first two weeks of July for the installation.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: 'The end of September is the end of Q3 2025; the first two weeks of July are the two weeks of downtime in July.',
    },
  ),
  variant(
    'pp-contra-nm-retail-gb',
    RET_GB,
    "Our customers send back almost a third of the clothes they buy online. Fit notes and size advice on every product page cut returns by a quarter by November. I'm asking you to approve three hundred and fifty thousand pounds and 3 web developers from 1 June.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '"almost a third" rounds 32%; £350K in words; "3" = three.',
    },
  ),
  variant(
    'pp-contra-nm-software-us',
    SW_US,
    "Eighteen percent of our new customers cancel in their first year. A setup checklist and a success manager for every account over $20,000 a year bring that down to 12% by the fourth quarter of 2026 and keep about three and a half million dollars in annual revenue. I'm asking you to approve four engineers and two success manager hires by July 1.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '"about three and a half million" rounds $3.4M (3%).',
    },
  ),
  variant(
    'pp-contra-nm-telecom-gb',
    TEL_GB,
    "Our engineers make about 170,000 home visits a year, and on one visit in three the fault sits outside the home. A remote line test before each visit cuts wasted visits by 35% by January. I'm asking you to approve £900,000 and release two network analysts by 15 September.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '14,000 a month is 168,000 a year: "about 170,000 a year" is the same figure.',
    },
  ),
  variant(
    'pp-contra-nm-logistics-us',
    LOG_US,
    "We run 420 vans from depots in five states, and they drive 11% more miles than they need to. Planning routes each morning with live traffic data cuts fuel spend by $1.6 million a year from October. I'm asking you to approve $700,000 for the software and one depot manager for each of our three Midwest depots by June 2.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: 'Five states is not on the slide; three Midwest depots matches the action.',
    },
  ),
  variant(
    'pp-contra-nm-construction-gb',
    CON_GB,
    "Riverside runs 12 weeks behind programme, and late handover costs us about £63,000 a week in penalties. Bathroom pods from a factory in Derby win back ten weeks, get us to handover by the end of June 2026 and save about £630,000. I'm asking you to approve the extra £480,000 and let me sign the Derby order by 20 March.",
    45,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '£9,000 a day is £63,000 a week; the end of June 2026 is the 30 June handover.',
    },
  ),
  variant(
    'pp-contra-nm-education-us',
    EDU_US,
    "We have 2,400 ninth graders, and last spring only 58% of them passed Algebra I. Three tutoring sessions a week for the 600 who struggle most lift the pass rate to 75% by June 2026. I'm asking the board to approve $1.1 million from federal recovery funds on March 18.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '2,400 ninth graders is not on the slide; 58% is the before value.',
    },
  ),
  variant(
    'pp-contra-nm-hospitality-gb',
    HOS_GB,
    'Our 18 hotels throw away 22% of the food they buy. Smart waste scales in every kitchen cut that to 12% by March 2026 and save us about €32,000 a month. Please approve €95,000 and name a head chef to lead it by 1 October.',
    30,
    [],
    { nearMiss: ['pitch-contradicts-slide'], note: '€380K a year is €31,700 a month.' },
  ),
  variant(
    'pp-contra-nm-finance-gb',
    FIN_GB,
    "A mortgage decision takes us two working weeks today. Reading bank data directly, with consent, cuts that to one working week by the first quarter of 2026 and keeps 1,100 more completions a year. I'm asking you to approve £720,000 and two underwriters for the pilot by 31 October.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: 'Two working weeks = ten working days, one working week = five.',
    },
  ),
  variant(
    'pp-contra-nm-healthcare-us',
    HLT_US,
    "Our 400-bed hospital holds 30 patients a night in the emergency department, waiting for a bed. A discharge lounge next to the pharmacy frees fourteen beds a day by January. I'm asking you to approve $850,000 a year for four nurses and a pharmacist, starting September 1.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: 'The 400 beds are not on the slide; "fourteen" = 14.',
    },
  ),
  variant(
    'pp-contra-nm-retail-us',
    RET_US,
    "On a typical Saturday 8% of our items are out of stock. Shelf cameras in our 120 busiest stores bring that down to under 5% by November and win back 8.8 million dollars a year. I'm asking you to approve $3.6 million and assign a regional operations lead by May 9.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '8% is the before value; "under 5%" fits the slide\'s 4.8%; $8.8M in words.',
    },
  ),
  variant(
    'pp-contra-nm-logistics-gb',
    LOG_GB,
    "Today we hire 60 agency pickers at Daventry every November. Pick-by-light shelving makes our own pickers a fifth faster by October, so next November we need 35. I'm asking you to approve £560,000 and the August overtime by 30 June.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '60 is the before value of "from 60 to 35"; a fifth = 20%.',
    },
  ),
  variant(
    'pp-contra-nm-software-gb',
    SW_GB,
    "Our cloud bill hit just over £6 million last year. Switching idle test servers off at 7pm and at weekends saves £75,000 a month from January. I'm asking you to assign two platform engineers for about two months, starting 3 November.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide', 'pitch-missing-metric'],
      note: '"just over £6 million" rounds £6.2M; £75,000 a month is the £900K a year; about two months is the eight weeks.',
    },
  ),
  variant(
    'pp-contra-nm-energy-gb',
    ENR_GB,
    "Today customers wait 14 weeks for a heat pump slot. Forty apprentices a year, each working beside a senior fitter, double our installs to 3,600 a year by April 2027. I'm asking you to approve £900,000 a year for two years and a training manager by 1 December.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '£900,000 a year for two years is the £1.8M over two years; 14 weeks is the before value.',
    },
  ),
  variant(
    'pp-contra-nm-telecom-us',
    TEL_US,
    "Plan changes make up 15% of the 600,000 calls we take each month. Letting customers change plans in the app takes about a million calls a year off our centers by March 2026 and saves eight million dollars a year. I'm asking you to approve $1.3 million and three app developers for six months, starting June 1.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '90,000 a month is 1.08 million a year ("about a million"); $8M in words.',
    },
  ),
  variant(
    'pp-contra-nm-insurance-us',
    INS_US,
    "Water damage makes up 31% of our home claims, and each one costs us about $12,000. Free leak sensors for 50,000 policyholders in older homes cut water claims in the pilot group by 20% and save four point two million dollars a year. I'm asking you to approve $2.5 million and assign an actuary to track results by July 15.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '"about $12,000" rounds $12,400 (3%); $4.2M in words.',
    },
  ),
  variant(
    'pp-contra-nm-hospitality-us',
    HOS_US,
    "On Fridays guests at our 12 resorts wait 18 minutes to check in. Mobile check-in cuts that to nine minutes by May 2026, and guest scores rise five points. I'm asking you to approve seven hundred and eighty thousand dollars for digital room keys by February 28.",
    30,
    [],
    {
      nearMiss: ['pitch-contradicts-slide'],
      note: '12 resorts and five points are other things with numbers; $780K in words.',
    },
  ),
];

export const SPOKEN_PITCHES: PitchCase[] = [
  ...CLEAN,
  ...TOO_LONG,
  ...NOT_TOO_LONG,
  ...TOO_SHORT,
  ...NOT_TOO_SHORT,
  ...MISSING_METRIC,
  ...NOT_MISSING_METRIC,
  ...MISSING_ASK,
  ...NOT_MISSING_ASK,
  ...CONTRADICTS,
  ...NOT_CONTRADICTS,
];
