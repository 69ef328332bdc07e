/**
 * Held-out test set for the advice engine: written from LABELLING.md alone, without reading or
 * running the engine or the rest of the corpus. Labels are what a careful reviewer would raise.
 * Word counts in notes follow the guide: a word is a run of letters/digits ("$1.2M",
 * "low-complexity", "Q3", "14,000-box" are one word each).
 */
import type { CorpusPitch, PitchCase, SentenceCase } from './types';

export const ROUND_2_SENTENCES: SentenceCase[] = [
  // ───────────────────────── headline-length: fires ─────────────────────────
  {
    id: 'h-s-hlen-01', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Gate delays halved",
    expect: ['headline-length'],
    note: 'Airline. 3 words: a result, so a claim, but under 4 words.',
  },
  {
    id: 'h-s-hlen-02', industry: 'utilities', spelling: 'en-GB', field: 'headline',
    text: "Leak repairs now take four days instead of eleven, because crews carry the parts in the van from the start",
    expect: ['headline-length'],
    note: 'Water utility. 20 words.',
  },
  {
    id: 'h-s-hlen-03', industry: 'education', spelling: 'en-GB', field: 'headline',
    text: "Clearing offers went out within 48 hours this August, twice as fast as last year, with no extra admissions staff",
    expect: ['headline-length'],
    note: 'University. 20 words.',
  },
  {
    id: 'h-s-hlen-04', industry: 'energy', spelling: 'en-GB', field: 'headline',
    text: "Haulage down 18%",
    expect: ['headline-length'],
    note: 'Mining. 3 words ("18%" is one word); it states a result, so only the length is wrong.',
  },
  {
    id: 'h-s-hlen-05', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Our Felixstowe crane crews now turn a feeder ship round in nine hours rather than the old fourteen",
    expect: ['headline-length'],
    note: 'Shipping port. 18 words.',
  },
  {
    id: 'h-s-hlen-06', industry: 'public-sector', spelling: 'en-GB', field: 'headline',
    text: "Donations up 40%",
    expect: ['headline-length'],
    note: 'Charity. 3 words.',
  },
  {
    id: 'h-s-hlen-07', industry: 'public-sector', spelling: 'en-GB', field: 'headline',
    text: "Swapping the Tuesday and Friday bus timetables in Wrexham will fill the empty seats we pay for now",
    expect: ['headline-length'],
    note: 'Local buses. 18 words.',
  },
  {
    id: 'h-s-hlen-08', industry: 'retail', spelling: 'en-GB', field: 'headline',
    text: "The generic switch saves every one of our 212 pharmacies about £1,900 a month on the top twenty prescriptions",
    expect: ['headline-length'],
    note: 'Pharmacy chain. 19 words.',
  },
  {
    id: 'h-s-hlen-09', industry: 'construction', spelling: 'en-US', field: 'headline',
    text: "Vacancy rate falls",
    expect: ['headline-length'],
    note: 'Real estate. 3 words; a (thin) claim, too short.',
  },

  // ───────────────────────── headline-length: near misses ─────────────────────────
  {
    id: 'h-s-hlen-nm-01', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Q3 berth waits halved",
    expect: [], nearMiss: ['headline-length'],
    note: 'Shipping port. Exactly 4 words ("Q3" is one word).',
  },
  {
    id: 'h-s-hlen-nm-02', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Moving cabin-crew rosters to two-week cycles cuts last-minute sick-cover call-outs by a third at Gatwick",
    expect: [], nearMiss: ['headline-length'],
    note: 'Airline. Exactly 15 words; hyphenated compounds are one word each (22 if split on hyphens).',
  },
  {
    id: 'h-s-hlen-nm-03', industry: 'retail', spelling: 'en-GB', field: 'headline',
    text: "Twenty-four-hour self-service lockers at the 40 busiest branches cut over-the-counter collection queues by half",
    expect: [], nearMiss: ['headline-length'],
    note: 'Pharmacy chain. 14 words; 20 if hyphens split words.',
  },
  {
    id: 'h-s-hlen-nm-04', industry: 'manufacturing', spelling: 'en-GB', field: 'headline',
    text: "Yield per hectare doubled",
    expect: [], nearMiss: ['headline-length'],
    note: 'Agriculture. Exactly 4 words; "doubled" is an active intransitive verb here.',
  },
  {
    id: 'h-s-hlen-nm-05', industry: 'education', spelling: 'en-GB', field: 'headline',
    text: "The weekend shuttle between campus and station will carry 1,400 students a week by October",
    expect: [], nearMiss: ['headline-length'],
    note: 'University. Exactly 15 words.',
  },
  {
    id: 'h-s-hlen-nm-06', industry: 'telecom', spelling: 'en-GB', field: 'headline',
    text: "Q4: €3.4M above plan",
    expect: [], nearMiss: ['headline-length', 'headline-not-claim'],
    note: 'Media group. 4 words ("Q4", "€3.4M", "above", "plan"); telegraphic but it states a result.',
  },
  {
    id: 'h-s-hlen-nm-07', industry: 'finance', spelling: 'en-GB', field: 'headline',
    text: "One in five conveyancing files now closes within three weeks, up from one in twelve",
    expect: [], nearMiss: ['headline-length'],
    note: 'Legal services. Exactly 15 words; numbers written as words.',
  },
  {
    id: 'h-s-hlen-nm-08', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Night-time dredging keeps the port open – and earns £2.1M a year from larger ships",
    expect: [], nearMiss: ['headline-length'],
    note: 'Shipping port. 14 words; the dash is not a word.',
  },

  // ───────────────────────── headline-not-claim: fires ─────────────────────────
  {
    id: 'h-s-hnc-01', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Fleet renewal programme: progress and next steps",
    expect: ['headline-not-claim'],
    note: 'Airline. Status label, no result. 7 words.',
  },
  {
    id: 'h-s-hnc-02', industry: 'utilities', spelling: 'en-GB', field: 'headline',
    text: "Where we stand on the Ridgeway mains replacement",
    expect: ['headline-not-claim'],
    note: 'Water utility. Status line. 8 words.',
  },
  {
    id: 'h-s-hnc-03', industry: 'education', spelling: 'en-GB', field: 'headline',
    text: "Should the faculty move to a trimester calendar?",
    expect: ['headline-not-claim'],
    note: 'University. A question. 8 words.',
  },
  {
    id: 'h-s-hnc-04', industry: 'public-sector', spelling: 'en-GB', field: 'headline',
    text: "Q2 donor retention review",
    expect: ['headline-not-claim'],
    note: 'Charity. Topic label, 4 words.',
  },
  {
    id: 'h-s-hnc-05', industry: 'energy', spelling: 'en-GB', field: 'headline',
    text: "Tailings dam monitoring – status update for the board",
    expect: ['headline-not-claim'],
    note: 'Mining. Status label. 8 words.',
  },
  {
    id: 'h-s-hnc-06', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Options for the container yard after the crane outage",
    expect: ['headline-not-claim'],
    note: 'Shipping port. Topic. 9 words.',
  },
  {
    id: 'h-s-hnc-07', industry: 'manufacturing', spelling: 'en-GB', field: 'headline',
    text: "Why we need a second packhouse before harvest",
    expect: ['headline-not-claim'],
    note: 'Agriculture. Argument label with no result. 8 words.',
  },
  {
    id: 'h-s-hnc-08', industry: 'finance', spelling: 'en-GB', field: 'headline',
    text: "Litigation support spend for this financial year",
    expect: ['headline-not-claim'],
    note: 'Legal services. Topic label. 7 words.',
  },
  {
    id: 'h-s-hnc-09', industry: 'construction', spelling: 'en-US', field: 'headline',
    text: "The case for self-serve rent payments",
    expect: ['headline-not-claim'],
    note: 'Real estate. Topic label. 6 words.',
  },

  // ───────────────────────── headline-not-claim: near misses ─────────────────────────
  {
    id: 'h-s-hnc-nm-01', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Fleet renewal: three A321s replace five older jets by March",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'Airline. Starts like a label but the colon is followed by a result. 10 words.',
  },
  {
    id: 'h-s-hnc-nm-02', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Why we are closing two depots: each loses £600K a year",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'Port logistics. "Why ..." opening, but it states the decision and the reason. 11 words.',
  },
  {
    id: 'h-s-hnc-nm-03', industry: 'utilities', spelling: 'en-GB', field: 'headline',
    text: "Update the tariff now and bad debt falls by a fifth",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'Water utility. "Update" is the imperative here, with a result. 11 words.',
  },
  {
    id: 'h-s-hnc-nm-04', industry: 'education', spelling: 'en-GB', field: 'headline',
    text: "Approve the pilot and exam marking finishes a week sooner",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'University. Imperative with a result. 10 words.',
  },
  {
    id: 'h-s-hnc-nm-05', industry: 'public-sector', spelling: 'en-GB', field: 'headline',
    text: "Q2 donor retention rose to 71%, our best quarter yet",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'Charity. Same words as the label "Q2 donor retention review", but a result. 10 words.',
  },
  {
    id: 'h-s-hnc-nm-06', industry: 'energy', spelling: 'en-GB', field: 'headline',
    text: "Tailings dam status: all four sensors back online, no seepage since June",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'Mining. "status" word, but it reports a result. 12 words.',
  },
  {
    id: 'h-s-hnc-nm-07', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Next steps: crane 4 back in service on 9 May",
    expect: [], nearMiss: ['headline-not-claim', 'hedging'],
    note: 'Shipping port. "Next steps" but states what happens and when; "May" is the month. 10 words.',
  },
  {
    id: 'h-s-hnc-nm-08', industry: 'public-sector', spelling: 'en-GB', field: 'headline',
    text: "Where the money goes: 82p in every pound reaches the shelters",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'Charity. Label-like opening, then a claim. 11 words.',
  },
  {
    id: 'h-s-hnc-nm-09', industry: 'construction', spelling: 'en-US', field: 'headline',
    text: "What changed: self-serve payments cut arrears calls by 35%",
    expect: [], nearMiss: ['headline-not-claim'],
    note: 'Real estate. 9 words, a result after the colon.',
  },

  // ───────────────────────── bullet-too-long: fires ─────────────────────────
  {
    id: 'h-s-blong-01', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "We moved the Manchester maintenance hangar to a night shift in March, and since then aircraft on the ground have dropped from six a week to two",
    expect: ['bullet-too-long'],
    note: 'Airline. 27 words.',
  },
  {
    id: 'h-s-blong-02', industry: 'utilities', spelling: 'en-GB', field: 'bullet',
    text: "Field teams fix about 340 burst mains each winter, and each repair keeps a street without water for roughly nine hours",
    expect: ['bullet-too-long'],
    note: 'Water utility. 21 words: just over.',
  },
  {
    id: 'h-s-blong-03', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "Our three biggest donors gave £2.4M last year, which is 38% of all income, so losing any one of them would hurt the helpline badly",
    expect: ['bullet-too-long'],
    note: 'Charity. 25 words.',
  },
  {
    id: 'h-s-blong-04', industry: 'energy', spelling: 'en-US', field: 'bullet',
    text: "Haul trucks at the north pit idle for about 50 minutes a shift while they queue at the single crusher, which burns diesel and driver time",
    expect: ['bullet-too-long'],
    note: 'Mining. 26 words.',
  },
  {
    id: 'h-s-blong-05', industry: 'manufacturing', spelling: 'en-GB', field: 'bullet',
    text: "Growers on the co-op's eastern farms lose roughly one tonne in eight of their strawberries between picking and the cold store because the lorries arrive late",
    expect: ['bullet-too-long'],
    note: 'Agriculture. 26 words.',
  },
  {
    id: 'h-s-blong-06', industry: 'finance', spelling: 'en-US', field: 'bullet',
    text: "Our payments team clears about 1,200 exceptions a day by hand, and each one takes an analyst between four and seven minutes to research and close",
    expect: ['bullet-too-long'],
    note: 'Banking operations. 26 words.',
  },
  {
    id: 'h-s-blong-07', industry: 'software', spelling: 'en-US', field: 'bullet',
    text: "Player churn peaks in week two. Most leavers never finish the tutorial, and the ones who do stay three times longer on average.",
    expect: ['bullet-too-long'],
    note: 'Gaming. Two short sentences, 23 words in the bullet.',
  },
  {
    id: 'h-s-blong-08', industry: 'construction', spelling: 'en-US', field: 'bullet',
    text: "Leasing agents in the Phoenix office spend most of Monday re-keying applications from the website into the tenant system, which adds two days to every approval",
    expect: ['bullet-too-long'],
    note: 'Real estate. 26 words.',
  },
  {
    id: 'h-s-blong-09', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "The Army's spares contract with the current supplier ends in October 2026, and a new tender needs at least fourteen months from notice to signature",
    expect: ['bullet-too-long'],
    note: 'Defence procurement. 25 words.',
  },

  // ───────────────────────── bullet-too-long: near misses ─────────────────────────
  {
    id: 'h-s-blong-nm-01', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "Since March the hangar night shift has cut aircraft on the ground from six a week to two at Manchester",
    expect: [], nearMiss: ['bullet-too-long', 'passive-voice'],
    note: 'Airline. Exactly 20 words; "has cut" is active.',
  },
  {
    id: 'h-s-blong-nm-02', industry: 'energy', spelling: 'en-GB', field: 'bullet',
    text: "Twelve-hour, day-and-night crusher cover at the north pit ends truck queues and saves 1.1 million litres of diesel a year",
    expect: [], nearMiss: ['bullet-too-long'],
    note: 'Mining. Exactly 20 words; 24 if hyphens split words.',
  },
  {
    id: 'h-s-blong-nm-03', industry: 'manufacturing', spelling: 'en-GB', field: 'bullet',
    text: "Strawberry losses between field and cold store fell from one tonne in eight to one in twenty-five this June",
    expect: [], nearMiss: ['bullet-too-long'],
    note: 'Agriculture. 19 words.',
  },
  {
    id: 'h-s-blong-nm-04', industry: 'finance', spelling: 'en-US', field: 'bullet',
    text: "Payments exceptions fell to 300 a day after the 24-hour auto-match rule went live, freeing six analysts for fraud work",
    expect: [], nearMiss: ['bullet-too-long'],
    note: 'Banking operations. Exactly 20 words.',
  },
  {
    id: 'h-s-blong-nm-05', industry: 'construction', spelling: 'en-GB', field: 'bullet',
    text: "Decarbonisation, electrification and refurbishment of the Aldgate portfolio's mechanical infrastructure costs £14.2 million",
    expect: ['hard-to-read'], nearMiss: ['bullet-too-long'],
    note: 'Real estate. Only 13 words, not over 20. Relabelled by the lead: hard-to-read is about long abstract words, and LABELLING.md\'s "15+ words" was an example, not a floor; five four- and five-syllable words in 13 read far above grade 12.',
  },
  {
    id: 'h-s-blong-nm-06', industry: 'software', spelling: 'en-US', field: 'bullet',
    text: "Week-two churn is our biggest leak. Players who finish the tutorial stay three times longer than players who skip it.",
    expect: [], nearMiss: ['bullet-too-long'],
    note: 'Gaming. Two sentences, exactly 20 words.',
  },
  {
    id: 'h-s-blong-nm-07', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "The 06:45 and 07:15 buses from Rhyl carry 90% of the college's students and run full by Prestatyn every weekday",
    expect: [], nearMiss: ['bullet-too-long', 'passive-voice'],
    note: 'Local buses. Exactly 20 words ("06:45" is one word). "run full by Prestatyn": by a place, no passive.',
  },
  {
    id: 'h-s-blong-nm-08', industry: 'retail', spelling: 'en-GB', field: 'bullet',
    text: "Each of our 212 pharmacies throws away about £640 of out-of-date stock a month, mostly slow-moving creams and inhalers",
    expect: [], nearMiss: ['bullet-too-long'],
    note: 'Pharmacy chain. 19 words.',
  },

  // ───────────────────────── vague-ask: fires ─────────────────────────
  {
    id: 'h-s-vask-01', industry: 'logistics', spelling: 'en-GB', field: 'ask',
    text: "Your continued backing for the fleet plan would mean a lot.",
    expect: ['vague-ask'],
    note: 'Airline. No request verb, no amount, owner or date.',
  },
  {
    id: 'h-s-vask-02', industry: 'utilities', spelling: 'en-GB', field: 'ask',
    text: "We need to talk about funding for the reservoir work.",
    expect: ['vague-ask'],
    note: 'Water utility. "funding" is a noun; nothing is requested, no amount or date.',
  },
  {
    id: 'h-s-vask-03', industry: 'education', spelling: 'en-GB', field: 'ask',
    text: "Approve the new admissions system.",
    expect: ['vague-ask'],
    note: 'University. Request verb, but no amount, owner or date.',
  },
  {
    id: 'h-s-vask-04', industry: 'energy', spelling: 'en-GB', field: 'ask',
    text: "Support the mine's water strategy.",
    expect: ['vague-ask'],
    note: 'Mining. "support" with nothing concrete.',
  },
  {
    id: 'h-s-vask-05', industry: 'logistics', spelling: 'en-GB', field: 'ask',
    text: "Please back the port's expansion plans as they develop.",
    expect: ['vague-ask'],
    note: 'Shipping port. Verb "back", but no amount, owner or date ("as they develop" is not a date).',
  },
  {
    id: 'h-s-vask-06', industry: 'manufacturing', spelling: 'en-GB', field: 'ask',
    text: "Let us know your thoughts on the packhouse proposal.",
    expect: ['vague-ask'],
    note: 'Agriculture co-op.',
  },
  {
    id: 'h-s-vask-07', industry: 'telecom', spelling: 'en-US', field: 'ask',
    text: "Help us make the case for more newsroom investment.",
    expect: ['vague-ask'],
    note: 'Media.',
  },
  {
    id: 'h-s-vask-08', industry: 'finance', spelling: 'en-GB', field: 'ask',
    text: "Endorse the direction of travel on shared legal services.",
    expect: ['vague-ask'],
    note: 'Legal services. Request verb, nothing concrete.',
  },
  {
    id: 'h-s-vask-09', industry: 'public-sector', spelling: 'en-GB', field: 'ask',
    text: "We would welcome the committee's views on rolling this out further.",
    expect: ['vague-ask'],
    note: 'Defence procurement.',
  },

  // ───────────────────────── vague-ask: near misses ─────────────────────────
  {
    id: 'h-s-vask-nm-01', industry: 'manufacturing', spelling: 'en-GB', field: 'ask',
    text: "Back us with £180K so the second packhouse opens before the June harvest.",
    expect: [], nearMiss: ['vague-ask'],
    note: 'Agriculture. "Back" as the request verb, with an amount and a date.',
  },
  {
    id: 'h-s-vask-nm-02', industry: 'construction', spelling: 'en-GB', field: 'ask',
    text: "Please support the bid by assigning two quantity surveyors from the Leeds team until August.",
    expect: [], nearMiss: ['vague-ask', 'passive-voice'],
    note: 'Construction bid. Opens with "support" but assigns named people until a date.',
  },
  {
    id: 'h-s-vask-nm-03', industry: 'public-sector', spelling: 'en-GB', field: 'ask',
    text: "Decide at the 14 May council meeting whether Route 12 keeps its Sunday service.",
    expect: [], nearMiss: ['vague-ask', 'hedging'],
    note: 'Local buses. "May" is the month.',
  },
  {
    id: 'h-s-vask-nm-04', industry: 'logistics', spelling: 'en-GB', field: 'ask',
    text: "We need your sign-off on £2.3M for dredging by 30 September.",
    expect: [], nearMiss: ['vague-ask'],
    note: 'Shipping port. Nominal request ("your sign-off"), with amount and deadline: concrete.',
  },
  {
    id: 'h-s-vask-nm-05', industry: 'retail', spelling: 'en-GB', field: 'ask',
    text: "Extend the locum pharmacist contract to 31 March for the six Cardiff branches.",
    expect: [], nearMiss: ['vague-ask'],
    note: 'Pharmacy chain.',
  },
  {
    id: 'h-s-vask-nm-06', industry: 'pharma', spelling: 'en-US', field: 'ask',
    text: "Choose one of the two sites for the new biotech lab by the end of next week.",
    expect: [], nearMiss: ['vague-ask'],
    note: 'Biotech.',
  },
  {
    id: 'h-s-vask-nm-07', industry: 'utilities', spelling: 'en-GB', field: 'ask',
    text: "Release the £75,000 we set aside in January for the flood-warning texts.",
    expect: [], nearMiss: ['vague-ask'],
    note: 'Water utility. Request verb plus amount.',
  },
  {
    id: 'h-s-vask-nm-08', industry: 'telecom', spelling: 'en-GB', field: 'ask',
    text: "Commit one senior editor three days a week to the archive project from July.",
    expect: [], nearMiss: ['vague-ask'],
    note: 'Media.',
  },
  {
    id: 'h-s-vask-nm-09', industry: 'telecom', spelling: 'en-GB', field: 'ask',
    text: "Authorise the newsroom to hire two data reporters on one-year contracts.",
    expect: [], nearMiss: ['vague-ask'],
    note: 'Media. Owner and headcount, no date needed.',
  },

  // ───────────────────────── passive-voice: fires ─────────────────────────
  {
    id: 'h-s-pass-01', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "Three A320 departures were delayed last week because the tug crew was short.",
    expect: ['passive-voice'],
    note: 'Airline. "were delayed" (past passive); "was short" is be + adjective.',
  },
  {
    id: 'h-s-pass-02', industry: 'utilities', spelling: 'en-GB', field: 'bullet',
    text: "The new meters will be rolled out street by street from October.",
    expect: ['passive-voice'],
    note: 'Water utility. Future passive.',
  },
  {
    id: 'h-s-pass-03', industry: 'public-sector', spelling: 'en-GB', field: 'pitch',
    text: "The contract has been signed off by the procurement board, and we start in May.",
    expect: ['passive-voice'],
    note: 'Defence. Perfect passive with a by-agent; "May" is the month.',
  },
  {
    id: 'h-s-pass-04', industry: 'education', spelling: 'en-GB', field: 'bullet',
    text: "About 400 student records are being migrated each night to the new system.",
    expect: ['passive-voice'],
    note: 'University. Progressive passive.',
  },
  {
    id: 'h-s-pass-05', industry: 'energy', spelling: 'en-GB', field: 'trace',
    text: "Two grading shovels got moved to the south pit after the flood.",
    expect: ['passive-voice'],
    note: 'Mining. Get-passive.',
  },
  {
    id: 'h-s-pass-06', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "Every shipment manifest must be checked against the customs file before release.",
    expect: ['passive-voice'],
    note: 'Shipping port. Modal passive.',
  },
  {
    id: 'h-s-pass-07', industry: 'public-sector', spelling: 'en-GB', field: 'valueProposition',
    text: "Our late-night weekend buses are used by nurses and bar staff who have no other way home.",
    expect: ['passive-voice'],
    note: 'Local buses. Present passive naming its agent with "by".',
  },
  {
    id: 'h-s-pass-08', industry: 'manufacturing', spelling: 'en-GB', field: 'pitch',
    text: "Last spring a quarter of our seed potatoes got rejected at the buyer's depot.",
    expect: ['passive-voice'],
    note: 'Agriculture. Get-passive.',
  },
  {
    id: 'h-s-pass-09', industry: 'construction', spelling: 'en-GB', field: 'bullet',
    text: "Rent reviews for the 40 retail units could be completed a month earlier with the new tool.",
    expect: ['passive-voice'],
    note: 'Real estate. Modal passive; "could" alone is not one of the listed hedges.',
  },

  // ───────────────────────── passive-voice: near misses ─────────────────────────
  {
    id: 'h-s-pass-nm-01', industry: 'retail', spelling: 'en-GB', field: 'bullet',
    text: "One in eight prescriptions at our pharmacies is collected late.",
    expect: [], nearMiss: ['passive-voice'],
    note: 'Pharmacy chain. Simple present without an agent describing a state, the guide\'s "one in eight appointments is missed" case.',
  },
  {
    id: 'h-s-pass-nm-02', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "Our dispatch team is based in Hull and covers every depot north of the Humber.",
    expect: [], nearMiss: ['passive-voice'],
    note: 'Freight. "is based" is be + adjective.',
  },
  {
    id: 'h-s-pass-nm-03', industry: 'utilities', spelling: 'en-GB', field: 'bullet',
    text: "Crews finished the Westgate mains by May, three weeks early.",
    expect: [], nearMiss: ['passive-voice', 'hedging'],
    note: 'Water utility. "by May" is a time with an active verb; "May" is the month.',
  },
  {
    id: 'h-s-pass-nm-04', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "Complaints fell by 20% after we sorted the backlog by hand.",
    expect: [], nearMiss: ['passive-voice'],
    note: 'Council. "by 20%", "by hand" with active verbs.',
  },
  {
    id: 'h-s-pass-nm-05', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "We have delayed the second runway survey so the team can finish the noise study first.",
    expect: [], nearMiss: ['passive-voice', 'filler-words'],
    note: 'Airport. Active perfect; "so" mid-sentence is not a filler.',
  },
  {
    id: 'h-s-pass-nm-06', industry: 'education', spelling: 'en-GB', field: 'bullet',
    text: "If the intake is automated by September, clearing staff can move to student support.",
    expect: [], nearMiss: ['passive-voice'],
    note: 'University. Condition in the simple present, the guide\'s "if triage is automated by May" case.',
  },
  {
    id: 'h-s-pass-nm-07', industry: 'telecom', spelling: 'en-GB', field: 'bullet',
    text: "All four archive rooms are closed on Sundays, so the digitisation crew works Saturdays.",
    expect: [], nearMiss: ['passive-voice'],
    note: 'Media archive. "are closed" is be + adjective (a state).',
  },
  {
    id: 'h-s-pass-nm-08', industry: 'finance', spelling: 'en-GB', field: 'valueProposition',
    text: "Costs increased 6% last year, but our fixed-price deal holds fees flat until 2027.",
    expect: [], nearMiss: ['passive-voice'],
    note: 'Legal services. "increased" is an active past tense.',
  },
  {
    id: 'h-s-pass-nm-09', industry: 'finance', spelling: 'en-US', field: 'trace',
    text: "Card payments are scored in real time, and the team reviews the flagged ones the same morning.",
    expect: [], nearMiss: ['passive-voice'],
    note: 'Banking operations. The guide\'s "payments are scored in real time" case; "flagged" is an adjective.',
  },

  // ───────────────────────── hedging: fires ─────────────────────────
  {
    id: 'h-s-hedge-01', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "I think the new slot plan will cut gate delays at Stansted by a third.",
    expect: ['hedging'],
    note: 'Airline. "I think".',
  },
  {
    id: 'h-s-hedge-02', industry: 'utilities', spelling: 'en-GB', field: 'bullet',
    text: "Smart meters should probably pay for themselves within four years.",
    expect: ['hedging'],
    note: 'Water utility. "probably".',
  },
  {
    id: 'h-s-hedge-03', industry: 'education', spelling: 'en-GB', field: 'ask',
    text: "We would like you to perhaps approve £60K by June for lecture capture in the two biggest halls.",
    expect: ['hedging'],
    note: 'University. "perhaps". The ask has a verb, amount and date, so it is not vague.',
  },
  {
    id: 'h-s-hedge-04', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "We hope to lift regular giving to 9,000 donors by December.",
    expect: ['hedging'],
    note: 'Charity. "we hope to".',
  },
  {
    id: 'h-s-hedge-05', industry: 'energy', spelling: 'en-US', field: 'pitch',
    text: "The new crusher may cut queue times at the north pit by around half.",
    expect: ['hedging'],
    note: 'Mining. Modal "may".',
  },
  {
    id: 'h-s-hedge-06', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "Larger vessels seem to prefer Rotterdam because our cranes reach only 18 rows.",
    expect: ['hedging'],
    note: 'Shipping port. "seem to".',
  },
  {
    id: 'h-s-hedge-07', industry: 'manufacturing', spelling: 'en-GB', field: 'valueProposition',
    text: "To some extent, the new grading line lets growers sell more of each crop at top price.",
    expect: ['hedging'],
    note: 'Agriculture. "To some extent".',
  },
  {
    id: 'h-s-hedge-08', industry: 'telecom', spelling: 'en-GB', field: 'trace',
    text: "We will try to merge the two newsroom rotas before the election coverage starts.",
    expect: ['hedging'],
    note: 'Media. "try to".',
  },
  {
    id: 'h-s-hedge-09', industry: 'finance', spelling: 'en-GB', field: 'bullet',
    text: "Moving conveyancing onto the portal might save each paralegal a day a week.",
    expect: ['hedging'],
    note: 'Legal services. "might" as a verb.',
  },
  {
    id: 'h-s-hedge-10', industry: 'finance', spelling: 'en-US', field: 'pitch',
    text: "Hopefully the new screening step catches most of the fraud before payments leave.",
    expect: ['hedging'],
    note: 'Banking operations. "Hopefully".',
  },

  // ───────────────────────── hedging: near misses ─────────────────────────
  {
    id: 'h-s-hedge-nm-01', industry: 'logistics', spelling: 'en-GB', field: 'headline',
    text: "Night flights to Faro start on 1 May and fill 90% of seats",
    expect: [], nearMiss: ['hedging'],
    note: 'Airline. "May" the month. 13-word claim.',
  },
  {
    id: 'h-s-hedge-nm-02', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "The harbour crews worked with all their might through the February storm.",
    expect: [], nearMiss: ['hedging'],
    note: 'Shipping port. "might" the noun.',
  },
  {
    id: 'h-s-hedge-nm-03', industry: 'retail', spelling: 'en-GB', field: 'bullet',
    text: "Tamworth is the only possible depot site with rail access and room for 40 lorries.",
    expect: [], nearMiss: ['hedging'],
    note: 'Retail distribution. "possible" as a plain adjective of fact.',
  },
  {
    id: 'h-s-hedge-nm-04', industry: 'retail', spelling: 'en-GB', field: 'pitch',
    text: "We tried the self-check kiosks in Leeds and Bristol, and queues fell by a third.",
    expect: [], nearMiss: ['hedging'],
    note: 'Pharmacy chain. "We tried the kiosks" reports a trial, not "try to".',
  },
  {
    id: 'h-s-hedge-nm-05', industry: 'healthcare', spelling: 'en-GB', field: 'bullet',
    text: "This is a new kind of clinic: pharmacists see minor ailments without an appointment.",
    expect: [], nearMiss: ['hedging'],
    note: 'Pharmacy clinic. "kind of" names a type.',
  },
  {
    id: 'h-s-hedge-nm-06', industry: 'construction', spelling: 'en-GB', field: 'valueProposition',
    text: "We serve the sort of tenant who pays on time but hates phoning the office.",
    expect: [], nearMiss: ['hedging'],
    note: 'Real estate. "the sort of tenant" names a type.',
  },
  {
    id: 'h-s-hedge-nm-07', industry: 'energy', spelling: 'en-GB', field: 'bullet',
    text: "Our models put the probability of a tailings breach at one in 10,000 a year.",
    expect: [], nearMiss: ['hedging'],
    note: 'Mining. "probability" is a measured quantity.',
  },
  {
    id: 'h-s-hedge-nm-08', industry: 'education', spelling: 'en-GB', field: 'bullet',
    text: "The May intake starts with 120 nursing students, our largest spring cohort yet.",
    expect: [], nearMiss: ['hedging'],
    note: 'University. "May" the month.',
  },
  {
    id: 'h-s-hedge-nm-09', industry: 'finance', spelling: 'en-GB', field: 'trace',
    text: "Our client appears before the tribunal on 3 March; the hearing lasts two days.",
    expect: [], nearMiss: ['hedging'],
    note: 'Legal services. "appears before the tribunal" is literal, not "appears to".',
  },
  {
    id: 'h-s-hedge-nm-10', industry: 'software', spelling: 'en-US', field: 'pitch',
    text: "Our players hope for one thing from a patch: that it fixes the crash on level nine.",
    expect: [], nearMiss: ['hedging'],
    note: 'Gaming. Reports what players want; not the speaker hedging ("we hope to").',
  },

  // ───────────────────────── jargon: fires ─────────────────────────
  {
    id: 'h-s-jarg-01', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "We will leverage our booking data to upsell seats on the Lisbon route.",
    expect: ['jargon'],
    note: 'Airline. "leverage" as a verb.',
  },
  {
    id: 'h-s-jarg-02', industry: 'utilities', spelling: 'en-GB', field: 'pitch',
    text: "Going forward, the water quality team will test the Eastfield reservoirs every week.",
    expect: ['jargon'],
    note: 'Water utility. "Going forward," as the sentence opener.',
  },
  {
    id: 'h-s-jarg-03', industry: 'education', spelling: 'en-GB', field: 'valueProposition',
    text: "A seamless, end-to-end solution for student accommodation bookings.",
    expect: ['jargon'],
    note: 'University. "seamless" and "end-to-end" as praise.',
  },
  {
    id: 'h-s-jarg-04', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "The merger unlocks synergies worth £1.3M between the two charities' fundraising teams.",
    expect: ['jargon'],
    note: 'Charity. "synergies".',
  },
  {
    id: 'h-s-jarg-05', industry: 'energy', spelling: 'en-GB', field: 'trace',
    text: "Our deep dive into haul road data surfaced some low-hanging fruit on fuel.",
    expect: ['jargon'],
    note: 'Mining. "deep dive", "low-hanging fruit".',
  },
  {
    id: 'h-s-jarg-06', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "The port team lacks the bandwidth to run the customs pilot before March.",
    expect: ['jargon'],
    note: 'Shipping port. "bandwidth" meaning people\'s time.',
  },
  {
    id: 'h-s-jarg-07', industry: 'manufacturing', spelling: 'en-GB', field: 'pitch',
    text: "We need to empower growers with actionable insights from the soil sensors.",
    expect: ['jargon'],
    note: 'Agriculture. "empower", "actionable insights".',
  },
  {
    id: 'h-s-jarg-08', industry: 'telecom', spelling: 'en-US', field: 'bullet',
    text: "A best-in-class paywall will move the needle on digital subscriptions this year.",
    expect: ['jargon'],
    note: 'Media. "best-in-class", "move the needle".',
  },
  {
    id: 'h-s-jarg-09', industry: 'construction', spelling: 'en-GB', field: 'trace',
    text: "Key learnings from the Bristol pilot: tenants want proactive repair updates by text.",
    expect: ['jargon'],
    note: 'Real estate. "learnings", "proactive".',
  },
  {
    id: 'h-s-jarg-10', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "We will utilise the existing depot staff to operationalise the new timetable.",
    expect: ['jargon'],
    note: 'Local buses. "utilise", "operationalise".',
  },

  // ───────────────────────── jargon: near misses ─────────────────────────
  {
    id: 'h-s-jarg-nm-01', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "Group leverage rises to 3.4x after the terminal purchase, still inside our bank covenant.",
    expect: [], nearMiss: ['jargon'],
    note: 'Shipping port. "leverage" the finance noun.',
  },
  {
    id: 'h-s-jarg-nm-02', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "End-to-end journey time from Wrexham to Chester drops from 58 to 41 minutes.",
    expect: [], nearMiss: ['jargon'],
    note: 'Local buses. A literal measure.',
  },
  {
    id: 'h-s-jarg-nm-03', industry: 'finance', spelling: 'en-US', field: 'bullet',
    text: "We run end-to-end tests of the payment flow every night before release.",
    expect: [], nearMiss: ['jargon'],
    note: 'Banking operations. Literal test type.',
  },
  {
    id: 'h-s-jarg-nm-04', industry: 'pharma', spelling: 'en-US', field: 'bullet',
    text: "The new site link gives the lab 10 Gbps of network bandwidth for sequencing files.",
    expect: [], nearMiss: ['jargon'],
    note: 'Biotech. Literal network bandwidth; Gbps is a unit.',
  },
  {
    id: 'h-s-jarg-nm-05', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "We are going forward with the Kettering site because it has the rail siding.",
    expect: [], nearMiss: ['jargon'],
    note: 'Freight. "going forward with" = proceeding; not the padding adverb.',
  },
  {
    id: 'h-s-jarg-nm-06', industry: 'public-sector', spelling: 'en-GB', field: 'ask',
    text: "Assign two planners to own the tender end to end, starting 1 September.",
    expect: [], nearMiss: ['jargon', 'vague-ask'],
    note: 'Defence procurement. "end to end" as an adverb.',
  },
  {
    id: 'h-s-jarg-nm-07', industry: 'retail', spelling: 'en-GB', field: 'bullet',
    text: "Value-added tax on the new gift bundles costs us £210K a year.",
    expect: [], nearMiss: ['jargon'],
    note: 'Pharmacy chain. "Value-added tax", not "value-add".',
  },
  {
    id: 'h-s-jarg-nm-08', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "The 47 bus loops round the estate and circles back to the station every 20 minutes.",
    expect: [], nearMiss: ['jargon'],
    note: 'Local buses. A bus literally circling back.',
  },
  {
    id: 'h-s-jarg-nm-09', industry: 'utilities', spelling: 'en-GB', field: 'bullet',
    text: "Seamless steel pipe lasts 60 years in our clay soils, against 35 for the welded kind.",
    expect: [], nearMiss: ['jargon'],
    note: 'Water utility. "Seamless steel pipe" is a product type.',
  },

  // ───────────────────────── hard-to-read: fires ─────────────────────────
  {
    id: 'h-s-hard-01', industry: 'education', spelling: 'en-GB', field: 'trace',
    text: "Institutional reconfiguration of departmental timetabling responsibilities necessitates considerable administrative realignment across every faculty and professional services directorate.",
    expect: ['hard-to-read'],
    note: 'University. 17 words, mostly four syllables or more.',
  },
  {
    id: 'h-s-hard-02', industry: 'logistics', spelling: 'en-GB', field: 'valueProposition',
    text: "Comprehensive rationalisation of maintenance subcontracting arrangements would materially improve operational predictability and reduce unplanned aircraft unavailability significantly.",
    expect: ['hard-to-read'],
    note: 'Airline. 17 words.',
  },
  {
    id: 'h-s-hard-03', industry: 'utilities', spelling: 'en-GB', field: 'pitch',
    text: "Implementation of differentiated tariff methodologies necessitates considerable regulatory engagement and sophisticated communication with vulnerable residential customers.",
    expect: ['hard-to-read'],
    note: 'Water utility. 16 words.',
  },
  {
    id: 'h-s-hard-04', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "Consolidation of philanthropic relationship management responsibilities requires reprioritisation of organisational development expenditure across regional fundraising directorates.",
    expect: ['hard-to-read'],
    note: 'Charity. 16 words (under the bullet limit).',
  },
  {
    id: 'h-s-hard-05', industry: 'energy', spelling: 'en-GB', field: 'trace',
    text: "Geotechnical characterisation of the eastern tailings facility identified considerable variability in consolidation behaviour, necessitating supplementary instrumentation and recalibrated monitoring methodologies.",
    expect: ['hard-to-read'],
    note: 'Mining. 20 words.',
  },
  {
    id: 'h-s-hard-06', industry: 'logistics', spelling: 'en-US', field: 'valueProposition',
    text: "Optimization of intermodal container repositioning methodologies materially enhances terminal operational efficiency and substantially diminishes unproductive equipment dwell.",
    expect: ['hard-to-read'],
    note: 'Shipping port. 17 words.',
  },
  {
    id: 'h-s-hard-07', industry: 'manufacturing', spelling: 'en-US', field: 'pitch',
    text: "Our agronomic recommendations incorporate sophisticated probabilistic modeling of precipitation variability, facilitating individualized irrigation determinations for participating agricultural cooperatives.",
    expect: ['hard-to-read'],
    note: 'Agriculture. 18 words.',
  },
  {
    id: 'h-s-hard-08', industry: 'finance', spelling: 'en-US', field: 'trace',
    text: "Contractual harmonization across subsidiary litigation portfolios necessitates comprehensive reevaluation of engagement documentation and associated remuneration methodologies.",
    expect: ['hard-to-read'],
    note: 'Legal services. 16 words.',
  },
  {
    id: 'h-s-hard-09', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "Prioritising interoperability considerations within defence procurement inevitably lengthens qualification timelines for prospective international equipment suppliers considerably.",
    expect: ['hard-to-read'],
    note: 'Defence procurement. 16 words, nearly all long.',
  },

  // ───────────────────────── hard-to-read: near misses ─────────────────────────
  {
    id: 'h-s-hard-nm-01', industry: 'pharma', spelling: 'en-GB', field: 'bullet',
    text: "Pharmacogenomic testing tells us which patients need a lower dose.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'Biotech. One long technical word in a short plain sentence.',
  },
  {
    id: 'h-s-hard-nm-02', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "We fly the first plane out at six, and if it leaves late, every plane that day leaves late, so we now tow it to the gate the night before.",
    expect: [], nearMiss: ['hard-to-read', 'filler-words'],
    note: 'Airline. 30 words, but short common words: long, not hard. "so" mid-sentence.',
  },
  {
    id: 'h-s-hard-nm-03', industry: 'utilities', spelling: 'en-GB', field: 'bullet',
    text: "Electrochlorination at the Hillside works replaces the chlorine lorries that now cross town twice a week.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'Water utility. 16 words, one long technical word, the rest plain.',
  },
  {
    id: 'h-s-hard-nm-04', industry: 'education', spelling: 'en-GB', field: 'trace',
    text: "The university's accommodation office handles 6,000 applications each summer with nine staff.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'University. Some long words, but 12 words and plain.',
  },
  {
    id: 'h-s-hard-nm-05', industry: 'construction', spelling: 'en-GB', field: 'valueProposition',
    text: "Tenants report repairs on their phone, see who is coming and when, and rate the job after.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'Real estate. 17 short words.',
  },
  {
    id: 'h-s-hard-nm-06', industry: 'pharma', spelling: 'en-US', field: 'pitch',
    text: "Immunohistochemistry slides take eleven days to come back; with the new scanner they take three.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'Biotech. One very long word, otherwise plain.',
  },
  {
    id: 'h-s-hard-nm-07', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "Our 'interoperability' problem is simple: the two radios cannot talk to each other.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'Defence. One long word, then plain words.',
  },
  {
    id: 'h-s-hard-nm-08', industry: 'retail', spelling: 'en-GB', field: 'ask',
    text: "Approve the £1.9M for automated pharmaceutical dispensing cabinets by 30 June.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'Pharmacy chain. Long words, but an 11-word concrete ask.',
  },
  {
    id: 'h-s-hard-nm-09', industry: 'finance', spelling: 'en-US', field: 'trace',
    text: "Over the last two years we have cut the time it takes to pay a supplier from a month to nine days.",
    expect: [], nearMiss: ['hard-to-read'],
    note: 'Banking operations. 22 plain words.',
  },

  // ───────────────────────── filler-words: fires (pitch field) ─────────────────────────
  {
    id: 'h-s-fill-01', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "So, the short version is that we cut gate delays at Luton by a third.",
    expect: ['filler-words'],
    note: 'Airline. "So," opening.',
  },
  {
    id: 'h-s-fill-02', industry: 'utilities', spelling: 'en-GB', field: 'pitch',
    text: "Basically, every burst main costs us about £9,000 in fines and overtime.",
    expect: ['filler-words'],
    note: 'Water utility.',
  },
  {
    id: 'h-s-fill-03', industry: 'education', spelling: 'en-GB', field: 'pitch',
    text: "We've, um, got 1,400 students on the waiting list for halls this September.",
    expect: ['filler-words'],
    note: 'University. "um".',
  },
  {
    id: 'h-s-fill-04', industry: 'public-sector', spelling: 'en-GB', field: 'pitch',
    text: "Honestly, the Leeds shop makes more money than any of our other charity shops.",
    expect: ['filler-words'],
    note: 'Charity.',
  },
  {
    id: 'h-s-fill-05', industry: 'energy', spelling: 'en-US', field: 'pitch',
    text: "The crusher is literally the only thing holding the north pit back.",
    expect: ['filler-words'],
    note: 'Mining. "literally".',
  },
  {
    id: 'h-s-fill-06', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "We're, like, two cranes short on every night shift at the container berth.",
    expect: ['filler-words'],
    note: 'Shipping port. "like" as a filler.',
  },
  {
    id: 'h-s-fill-07', industry: 'manufacturing', spelling: 'en-GB', field: 'pitch',
    text: "Right, what we need is £120K for a second cold store before the June harvest.",
    expect: ['filler-words'],
    note: 'Agriculture. "Right," opening.',
  },
  {
    id: 'h-s-fill-08', industry: 'telecom', spelling: 'en-GB', field: 'pitch',
    text: "To be honest, the paywall brought in fewer subscribers than we planned for.",
    expect: ['filler-words'],
    note: 'Media.',
  },
  {
    id: 'h-s-fill-09', industry: 'construction', spelling: 'en-US', field: 'pitch',
    text: "You know, most tenants would rather report a leak by text than phone us.",
    expect: ['filler-words'],
    note: 'Real estate.',
  },
  {
    id: 'h-s-fill-10', industry: 'public-sector', spelling: 'en-GB', field: 'pitch',
    text: "The tender process actually takes fourteen months from notice to signature.",
    expect: ['filler-words'],
    note: 'Defence procurement. "actually" as a filler.',
  },

  // ───────────────────────── filler-words: near misses ─────────────────────────
  {
    id: 'h-s-fill-nm-01', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "I mean to have the Luton slot change live by the end of June.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Airline. "I mean to" = I intend to.',
  },
  {
    id: 'h-s-fill-nm-02', industry: 'manufacturing', spelling: 'en-GB', field: 'pitch',
    text: "Our growers like the Ely packhouse because it sits next to the A10.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Agriculture. "like" the verb.',
  },
  {
    id: 'h-s-fill-nm-03', industry: 'utilities', spelling: 'en-GB', field: 'pitch',
    text: "Actual spend on overtime was £2.1M last year, against a budget of £1.4M.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Water utility. "Actual" the adjective.',
  },
  {
    id: 'h-s-fill-nm-04', industry: 'public-sector', spelling: 'en-GB', field: 'pitch',
    text: "A total of 38 charity shops now take card donations at the till.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Charity. "total" the noun.',
  },
  {
    id: 'h-s-fill-nm-05', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "We moved two cranes so that night shifts at berth four have a full team.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Shipping port. "so that".',
  },
  {
    id: 'h-s-fill-nm-06', industry: 'logistics', spelling: 'en-GB', field: 'pitch',
    text: "The right-hand lane at the cargo gate now goes to trucks with pre-booked slots.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Airport cargo. "right-hand".',
  },
  {
    id: 'h-s-fill-nm-07', industry: 'retail', spelling: 'en-GB', field: 'bullet',
    text: "Basically every branch runs out of flu vaccine in the first week of October.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Pharmacy chain. Written in a slide bullet, not the spoken pitch: filler-words is judged on the pitch only.',
  },
  {
    id: 'h-s-fill-nm-08', industry: 'telecom', spelling: 'en-GB', field: 'pitch',
    text: "Well over half of our readers now pay by direct debit.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Media. "Well over half" is a quantity; "Well" is not followed by a comma.',
  },
  {
    id: 'h-s-fill-nm-09', industry: 'construction', spelling: 'en-GB', field: 'pitch',
    text: "Right now, three in ten tenants wait more than a week for a repair.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Real estate. "Right now," is a time adverb; "Right" is not followed by a comma.',
  },
  {
    id: 'h-s-fill-nm-10', industry: 'telecom', spelling: 'en-GB', field: 'pitch',
    text: "So far, the new rota has cut overtime on the news desk by 15%.",
    expect: [], nearMiss: ['filler-words'],
    note: 'Media. "So far," is a time adverb; "So" is not followed by a comma.',
  },

  // ───────────────────────── acronyms: fires ─────────────────────────
  {
    id: 'h-s-acro-01', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "Move MRO, AOG cover and ETOPS checks to the Glasgow hangar.",
    expect: ['acronyms'],
    note: 'Airline. Three unexplained acronyms.',
  },
  {
    id: 'h-s-acro-02', industry: 'utilities', spelling: 'en-GB', field: 'trace',
    text: "We moved SCADA alarms into the GIS and linked them to the DMA leakage reports.",
    expect: ['acronyms'],
    note: 'Water utility. SCADA, GIS, DMA.',
  },
  {
    id: 'h-s-acro-03', industry: 'education', spelling: 'en-GB', field: 'bullet',
    text: "UCAS, HESA and TEF submissions all draw on the same student record.",
    expect: ['acronyms'],
    note: 'University. Sector acronyms, none explained.',
  },
  {
    id: 'h-s-acro-04', industry: 'software', spelling: 'en-US', field: 'pitch',
    text: "Our LTV, CPA and ARPU numbers all moved the right way after the March patch.",
    expect: ['acronyms'],
    note: 'Gaming.',
  },
  {
    id: 'h-s-acro-05', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "TEU moves, VGM checks and TOS uptime all improved at berth six in June.",
    expect: ['acronyms'],
    note: 'Shipping port.',
  },
  {
    id: 'h-s-acro-06', industry: 'healthcare', spelling: 'en-GB', field: 'ask',
    text: "Approve £300K for the EPR, PACS and LIMS links at the Leeds lab by 1 July.",
    expect: ['acronyms'],
    note: 'Hospital lab. Concrete ask, three unexplained acronyms.',
  },
  {
    id: 'h-s-acro-07', industry: 'finance', spelling: 'en-US', field: 'valueProposition',
    text: "Faster SAR filing, cleaner CDD files and fewer PEP false alerts for the operations team.",
    expect: ['acronyms'],
    note: 'Banking operations.',
  },
  {
    id: 'h-s-acro-08', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "The MoD wants ITAR-free parts, an AQAP 2110 plan and a signed DEFCON 658 before award.",
    expect: ['acronyms'],
    note: 'Defence procurement. MoD, ITAR, AQAP, DEFCON.',
  },
  {
    id: 'h-s-acro-09', industry: 'finance', spelling: 'en-US', field: 'trace',
    text: "We cut DSO at the firm by moving WIP billing and AR chasing into one team.",
    expect: ['acronyms'],
    note: 'Legal services. DSO, WIP, AR.',
  },

  // ───────────────────────── acronyms: near misses ─────────────────────────
  {
    id: 'h-s-acro-nm-01', industry: 'finance', spelling: 'en-GB', field: 'bullet',
    text: "Know Your Customer (KYC) checks, AML screening and PEP reviews now run overnight.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Banking operations. Three acronyms, KYC spelled out, so only two unexplained.',
  },
  {
    id: 'h-s-acro-nm-02', industry: 'healthcare', spelling: 'en-GB', field: 'bullet',
    text: "The CEO and CFO signed the NHS contract for flu jabs in Q3.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Pharmacy chain. All universally known.',
  },
  {
    id: 'h-s-acro-nm-03', industry: 'logistics', spelling: 'en-GB', field: 'trace',
    text: "Our MRO partner in Glasgow now covers AOG call-outs at night.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Airline. Only two acronyms.',
  },
  {
    id: 'h-s-acro-nm-04', industry: 'public-sector', spelling: 'en-GB', field: 'bullet',
    text: "We URGENTLY NEED two more drivers on the SHORT routes.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Local buses. Capitals for emphasis are not acronyms.',
  },
  {
    id: 'h-s-acro-nm-05', industry: 'retail', spelling: 'en-GB', field: 'pitch',
    text: "Fixing our VAT errors in FY26 gave us £80K back in Q1.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Pharmacy chain. VAT, FY, Q1 are on the known list.',
  },
  {
    id: 'h-s-acro-nm-06', industry: 'energy', spelling: 'en-GB', field: 'valueProposition',
    text: "A 40 MW solar farm on the old spoil heaps, selling power to the UK grid at 6p per kWh.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Mining. Units and UK only.',
  },
  {
    id: 'h-s-acro-nm-07', industry: 'logistics', spelling: 'en-GB', field: 'bullet',
    text: "The Port Community System (PCS) replaces paper notes for TIR and CMR loads.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Shipping port. PCS spelled out; TIR and CMR are two unexplained.',
  },
  {
    id: 'h-s-acro-nm-08', industry: 'education', spelling: 'en-GB', field: 'ask',
    text: "Fund one HR adviser and one IT analyst for the AI marking pilot from September.",
    expect: [], nearMiss: ['acronyms', 'vague-ask'],
    note: 'University. HR, IT, AI are known; concrete ask.',
  },
  {
    id: 'h-s-acro-nm-09', industry: 'finance', spelling: 'en-US', field: 'trace',
    text: "Our ESG report and the TCFD note share one data set.",
    expect: [], nearMiss: ['acronyms'],
    note: 'Banking. Two acronyms.',
  },

  // ───────────────────────── clean sentences ─────────────────────────
  { id: 'h-s-clean-01', industry: 'logistics', spelling: 'en-GB', field: 'headline', text: "Rebooking app cuts missed connections at Heathrow by 30% this winter", expect: [], note: 'Airline. 11 words.' },
  { id: 'h-s-clean-02', industry: 'utilities', spelling: 'en-GB', field: 'headline', text: "Pressure valves on the Millbrook ring save 1.4 million litres a day", expect: [], note: 'Water. 12 words.' },
  { id: 'h-s-clean-03', industry: 'education', spelling: 'en-GB', field: 'headline', text: "Online enrolment halves the September queue at the student hub", expect: [], note: '10 words.' },
  { id: 'h-s-clean-04', industry: 'public-sector', spelling: 'en-GB', field: 'bullet', text: "Gift Aid claims run three months behind, so £210,000 sits unclaimed at any one time.", expect: [], note: 'Charity. 15 words.' },
  { id: 'h-s-clean-05', industry: 'energy', spelling: 'en-US', field: 'bullet', text: "The north pit crusher handles 2,100 tons an hour; trucks arrive with 2,600.", expect: [] },
  { id: 'h-s-clean-06', industry: 'logistics', spelling: 'en-GB', field: 'ask', text: "Approve £2.3M for dredging the outer berth by 30 September.", expect: [] },
  { id: 'h-s-clean-07', industry: 'manufacturing', spelling: 'en-GB', field: 'pitch', text: "Every tonne of strawberries we lose between field and cold store costs the co-op about £1,800.", expect: [] },
  { id: 'h-s-clean-08', industry: 'telecom', spelling: 'en-GB', field: 'valueProposition', text: "Readers get the local news they care about for £4 a month, with no adverts.", expect: [] },
  { id: 'h-s-clean-09', industry: 'finance', spelling: 'en-GB', field: 'trace', text: "We ran the fixed-fee pilot with 60 conveyancing clients in Sheffield from January to April.", expect: [] },
  { id: 'h-s-clean-10', industry: 'construction', spelling: 'en-US', field: 'bullet', text: "Vacancy across our 14 Phoenix buildings sits at 11%, double the market average.", expect: [] },
  { id: 'h-s-clean-11', industry: 'public-sector', spelling: 'en-GB', field: 'ask', text: "Sign off the two-year spares contract with Halden Engineering at the 12 June board.", expect: [] },
  { id: 'h-s-clean-12', industry: 'software', spelling: 'en-US', field: 'headline', text: "Fixing the level-nine crash brings back 4,000 players a week", expect: [], note: 'Gaming. 10 words.' },
  { id: 'h-s-clean-13', industry: 'public-sector', spelling: 'en-GB', field: 'bullet', text: "Route 12 carries 380 passengers on a Sunday, a quarter of its weekday load.", expect: [] },
  { id: 'h-s-clean-14', industry: 'retail', spelling: 'en-GB', field: 'pitch', text: "Our 212 pharmacies throw away £1.6M of out-of-date stock a year, most of it slow-moving creams.", expect: [] },
  { id: 'h-s-clean-15', industry: 'pharma', spelling: 'en-US', field: 'trace', text: "The lab has sequenced 9,400 samples since March, about 300 a week.", expect: [] },
  { id: 'h-s-clean-16', industry: 'finance', spelling: 'en-US', field: 'bullet', text: "Wire exceptions now take analysts four minutes each, down from eleven in January.", expect: [] },
  { id: 'h-s-clean-17', industry: 'manufacturing', spelling: 'en-GB', field: 'headline', text: "Second packhouse at Ely lifts top-grade apples from 62% to 75%", expect: [], note: 'Agriculture. 11 words.' },
  { id: 'h-s-clean-18', industry: 'education', spelling: 'en-GB', field: 'valueProposition', text: "One monthly bill, with no surprise charges for students who stay over the summer.", expect: [] },
  { id: 'h-s-clean-19', industry: 'insurance', spelling: 'en-US', field: 'ask', text: "Hire three claims analysts for the Denver team before the October peak.", expect: [] },
  { id: 'h-s-clean-20', industry: 'logistics', spelling: 'en-GB', field: 'bullet', text: "Air traffic control strikes cost us 140 flights last summer, mostly on the Spanish routes.", expect: [] },
  { id: 'h-s-clean-21', industry: 'energy', spelling: 'en-US', field: 'pitch', text: "Fixing the crusher queue saves 1.1 million liters of diesel a year, and I'm asking for $900K this month to do it.", expect: [] },
  { id: 'h-s-clean-22', industry: 'public-sector', spelling: 'en-GB', field: 'headline', text: "Card-only fares speed up the 47 bus by four minutes a trip", expect: [], note: 'Local buses. 12 words.' },
  { id: 'h-s-clean-23', industry: 'hospitality', spelling: 'en-GB', field: 'bullet', text: "Our three Lake District hotels turn away about 40 walk-in guests a week in August.", expect: [] },
  { id: 'h-s-clean-24', industry: 'telecom', spelling: 'en-US', field: 'ask', text: "Assign two field engineers to the rural mast upgrades from March 3 to April 25.", expect: [] },
];

// ═════════════════════════════ pitches ═════════════════════════════

type Seconds = NonNullable<CorpusPitch['pitch']>['targetSeconds'];

/** The same slide with a different spoken pitch. */
function say(base: CorpusPitch, text: string, targetSeconds: Seconds = 60): CorpusPitch {
  return { ...base, pitch: { text, targetSeconds } };
}

/** The spoken text of a pitch already defined above. */
function spoken(base: CorpusPitch): string {
  return base.pitch?.text ?? '';
}

/** The same slide with no elevator pitch at all. */
function withoutPitch(base: CorpusPitch): CorpusPitch {
  const copy = { ...base };
  delete copy.pitch;
  return copy;
}

/** Airline ground operations, Luton (en-GB). */
const luton: CorpusPitch = {
  headline: "Towing first-wave aircraft overnight cuts morning delays at Luton by a third",
  situation: [
    "Our first six departures from Luton leave late on about one morning in four.",
    "A late first wave knocks on to 40 flights a day and costs £9,000 in crew overtime.",
  ],
  action: [
    "Tow the six first-wave aircraft to their gates the night before.",
    "Board those flights from both doors, using the rear steps.",
    "Add one dispatcher to the 05:00 shift.",
  ],
  outcome: [
    "Morning departure delays fall by a third by the end of October.",
    "Crew overtime drops by £3,000 a day, about £1.1M a year.",
  ],
  ask: "Approve £180K for two extra tow tractors by 15 June.",
  valueProposition: "Passengers on the first wave leave on time, and so does everyone after them.",
  pitch: {
    text: "Morning delays at Luton start with our first six flights. About one morning in four they leave late, and the knock-on hits 40 flights and costs £9,000 in crew overtime that day. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift. That cuts morning delays by a third by the end of October and saves about £1.1 million a year in overtime. To do it we need two more tow tractors, so I'm asking you to approve £180,000 for them by 15 June.",
    targetSeconds: 60,
  },
};

/** Water utility, burst mains (en-GB). */
const millbrook: CorpusPitch = {
  headline: "Smart valves on the Millbrook network halve burst mains",
  situation: [
    "Millbrook had 212 burst mains last year, the worst rate in our region.",
    "Each burst leaves about 300 homes without water for nine hours.",
  ],
  action: [
    "Fit 46 smart pressure valves across the Millbrook network.",
    "Lower night-time pressure by a fifth when demand drops.",
  ],
  outcome: [
    "Burst mains fall from 212 a year to under 110 by March 2027.",
    "Leakage drops by 1.4 million litres a day.",
  ],
  ask: "Approve £2.6M from next year's capital budget at the 9 July board.",
  trace: {
    objective: "Fewer supply interruptions for customers",
    initiative: "Night-time pressure control",
    project: "Millbrook valves, after the 2023 Eastfield trial where 12 valves cut bursts by 48%",
  },
  pitch: {
    text: "Millbrook had 212 burst mains last year, more than anywhere else in our region, and each one left about 300 homes without water for nine hours. Most bursts happen at night, when demand drops and the pressure in the pipes climbs. We plan to fit 46 smart valves that lower night pressure by a fifth. That takes bursts down to under 110 a year by March 2027 and saves 1.4 million litres of water a day. I'm asking the board to approve £2.6 million from next year's capital budget on 9 July.",
    targetSeconds: 60,
  },
};

/** University enrolment (en-GB). */
const enrolment: CorpusPitch = {
  headline: "Online enrolment cuts the September hub queue from four hours to forty minutes",
  situation: [
    "About 6,500 new students enrol in person in the first week of September.",
    "Last year the hub queue peaked at four hours, and 900 students left without enrolling.",
  ],
  action: [
    "Let students enrol and upload ID documents online from 1 August.",
    "Keep the hub for students who need a face-to-face check.",
  ],
  outcome: [
    "The longest hub queue drops to forty minutes this September.",
    "Four in five students finish enrolling before they arrive on campus.",
  ],
  ask: "Assign two developers from the IT team to the enrolment portal from 2 June to 25 July.",
  pitch: {
    text: "Last September, 6,500 new students queued to enrol in person in a single week. The queue at the student hub peaked at four hours, and 900 of them gave up and went home. This year we want them to enrol online from 1 August and upload their ID documents before they travel. Only students who need a face-to-face check will come to the hub. That brings the longest queue down to forty minutes, and four in five students finish enrolling before they arrive. To build the portal, I need two developers from the IT team from 2 June to 25 July.",
    targetSeconds: 60,
  },
};

/** Charity fundraising (en-GB). */
const textGiving: CorpusPitch = {
  headline: "Monthly text giving doubles our regular donors",
  situation: [
    "We have 4,200 regular donors, and the number has fallen every year since 2021.",
    "Street fundraising costs £140 for each new donor, and half of them cancel within a year.",
  ],
  action: [
    "Put a text-to-give number on every shop till and collection tin.",
    "Follow each gift with a thank-you text and a one-tap monthly option.",
  ],
  outcome: [
    "Regular donors grow from 4,200 to 8,400 by December 2026.",
    "Cost per new donor falls from £140 to £35.",
  ],
  ask: "Approve £95,000 for the text-giving platform and a two-person digital team by 31 May.",
  valueProposition: "Giving monthly takes one tap, and every donor hears what their money did.",
  pitch: {
    text: "We have 4,200 regular donors, and that number has fallen every year since 2021. Street fundraising costs us £140 for each new donor, and half of them cancel within a year. We want to put a text-to-give number on every shop till and collection tin, then follow each gift with a thank-you text and a one-tap monthly option. That doubles our regular donors to 8,400 by December 2026 and brings the cost of a new donor down to £35. I'm asking you to approve £95,000 for the platform and a two-person digital team by 31 May.",
    targetSeconds: 60,
  },
};

/** Open-pit mine haulage (en-US). */
const crusher: CorpusPitch = {
  headline: "Second crusher feed at the north pit ends truck queues, saving $2.4M a year",
  situation: [
    "Haul trucks wait about 50 minutes a shift at the single crusher feed.",
    "The crusher takes 2,100 tons an hour, but the trucks bring 2,600.",
  ],
  action: [
    "Build a second feed hopper on the east side of the crusher.",
    "Send half the trucks to the new hopper on every shift.",
  ],
  outcome: [
    "Truck waiting time falls from 50 minutes a shift to under ten by November.",
    "Diesel and driver costs drop by $2.4M a year.",
  ],
  ask: "Approve $3.1M for the second hopper at the July 22 capital committee.",
  pitch: {
    text: "At the north pit, our haul trucks wait about 50 minutes every shift to tip at the crusher. The crusher takes 2,100 tons an hour and the trucks bring 2,600, so the line never clears. We want to build a second feed hopper on the east side and split the trucks between the two. By November, waiting time falls to under ten minutes a shift, and we save $2.4 million a year in diesel and driver time. I'm asking the capital committee to approve $3.1 million for the hopper on July 22.",
    targetSeconds: 60,
  },
};

/** Container port dredging (en-GB). */
const berth: CorpusPitch = {
  headline: "Dredging the outer berth wins back £4.2M a year of large-ship calls",
  situation: [
    "The outer berth has 12.5 metres of water at low tide; the new 14,000-box ships need 14.",
    "We turned away 31 calls last year, worth £4.2M in port fees.",
  ],
  action: [
    "Dredge the outer berth to 15 metres this winter.",
    "Book the dredger for November, when the port is quietest.",
  ],
  outcome: [
    "The outer berth takes the largest ships from March 2026.",
    "Port fees rise by £4.2M a year once the shipping lines return.",
  ],
  ask: "Approve £2.3M for dredging by 30 September so we can book the dredger.",
  pitch: {
    text: "Last year we turned away 31 ship calls worth £4.2 million in fees, because the outer berth is too shallow. The new 14,000-box ships need 14 metres of water, and we have 12.5 at low tide. We plan to dredge the berth to 15 metres in November, when the port is quietest. From March 2026 the biggest ships can come alongside, and that £4.2 million comes back every year. I'm asking you to approve £2.3 million by 30 September, so we can book the dredger in time.",
    targetSeconds: 60,
  },
};

/** Growers' co-operative, soft fruit (en-GB). */
const coldStore: CorpusPitch = {
  headline: "A second cold store at Ely cuts strawberry waste by two thirds",
  situation: [
    "Our growers lose one tonne of strawberries in eight between picking and the cold store.",
    "The Ely store fills by 11am on peak days, and lorries queue for hours.",
  ],
  action: [
    "Build a second 400-tonne cold store next to the Ely packhouse.",
    "Give each farm a fixed drop-off slot in the picking season.",
  ],
  outcome: [
    "Waste falls to one tonne in 25 by the end of the 2026 season.",
    "Growers sell about £1.3M more fruit each year.",
  ],
  ask: "Back the second cold store with £850K from the co-op reserve at the 3 March members' meeting.",
  pitch: {
    text: "Our growers lose one tonne of strawberries in eight between the field and the cold store. On a peak day the Ely store is full by eleven, and lorries sit in the yard for hours while the fruit warms up. We want to build a second cold store next to the packhouse and give every farm a fixed drop-off slot. By the end of the 2026 season, waste falls to one tonne in 25, and growers sell about £1.3 million more fruit a year. Please back it with £850,000 from the co-op reserve at the 3 March members' meeting.",
    targetSeconds: 60,
  },
};

/** Local newspaper, digital subscriptions (en-US). */
const paywall: CorpusPitch = {
  headline: "A metered paywall adds 12,000 digital subscribers to the Courier by next June",
  situation: [
    "Print sales at the Courier fall about 9% a year, and ads no longer cover the gap.",
    "Only 3,100 readers pay for digital access, though 400,000 visit each month.",
  ],
  action: [
    "Give readers five free articles a month, then ask them to subscribe.",
    "Offer a $4-a-month starter plan for the first year.",
  ],
  outcome: [
    "Digital subscribers grow from 3,100 to 15,100 by next June.",
    "Subscription revenue rises by $580,000 a year.",
  ],
  ask: "Approve $220,000 for the paywall build and two audience editors by August 1.",
  pitch: {
    text: "About 400,000 people read the Courier online every month, and only 3,100 of them pay. Print sales fall about 9% a year, and ads no longer fill the gap. We want to give readers five free articles a month, then ask them to subscribe at a $4 starter price. That adds 12,000 digital subscribers by next June and $580,000 a year in revenue. I'm asking you to approve $220,000 for the build and two audience editors by August 1.",
    targetSeconds: 60,
  },
};

/** High-street law firm, conveyancing (en-GB). */
const conveyancing: CorpusPitch = {
  headline: "Fixed-fee conveyancing wins us 600 more house sales a year",
  situation: [
    "We lose about one conveyancing quote in three to online firms on price.",
    "Our hourly fees average £1,450 a sale; the online firms charge £950 fixed.",
  ],
  action: [
    "Offer a £1,100 fixed fee for standard freehold sales.",
    "Move searches and ID checks to two paralegals in Sheffield.",
  ],
  outcome: [
    "We win 600 more sales a year by the end of 2026.",
    "Fee income grows by £660,000 a year.",
  ],
  ask: "Agree the £1,100 fixed fee and hire two paralegals for Sheffield by 1 September.",
  pitch: {
    text: "We lose about one conveyancing quote in three to online firms, and almost always on price. They charge £950 fixed, while our hourly fees average £1,450 a sale. I want to offer a £1,100 fixed fee on standard freehold sales, and move searches and ID checks to two paralegals in Sheffield. That wins us 600 more sales a year by the end of 2026, worth £660,000 in fees. I need you to agree the fixed fee and let me hire the two paralegals by 1 September.",
    targetSeconds: 60,
  },
};

/** Residential landlord, leasing (en-US). */
const leasing: CorpusPitch = {
  headline: "Online rental applications cut approval time in Phoenix from five days to two",
  situation: [
    "Our 14 Phoenix buildings have 11% of units empty, double the market average.",
    "Leasing agents re-key every paper application, and approval takes five days.",
  ],
  action: [
    "Move applications and credit checks onto the tenant portal.",
    "Let agents approve standard applications the same day.",
  ],
  outcome: [
    "Approval time drops from five days to two by October.",
    "Vacancy falls from 11% to 7% by next March.",
  ],
  ask: "Approve $140,000 and assign one developer to the portal from June 2 to September 30.",
  pitch: {
    text: "Eleven percent of the units in our 14 Phoenix buildings are empty, twice the market average. Part of the reason is speed. Our agents re-key every paper application, and approval takes five days, so good applicants sign somewhere else first. We want to move applications and credit checks onto the tenant portal and let agents approve standard cases the same day. Approval time drops to two days by October, and vacancy falls to 7% by next March. I'm asking for $140,000 and one developer on the portal from June 2 to September 30.",
    targetSeconds: 60,
  },
};

/** Pharmacy chain, stock waste (en-GB). */
const pharmacyStock: CorpusPitch = {
  headline: "Weekly stock orders cut pharmacy waste by £1M a year",
  situation: [
    "Our 212 pharmacies throw away £1.6M of out-of-date stock a year.",
    "Most of it is slow-moving creams and inhalers that branches reorder out of habit.",
  ],
  action: [
    "Switch slow-moving lines to weekly orders that follow last month's sales.",
    "Let branches swap surplus stock on the central van run.",
  ],
  outcome: [
    "Out-of-date stock falls from £1.6M to £600K a year by the end of 2026.",
  ],
  ask: "Approve £75,000 for the ordering software and one stock planner, starting in April.",
  pitch: {
    text: "Every year our 212 pharmacies throw away £1.6 million of out-of-date stock, mostly creams and inhalers that branches reorder out of habit. We want to switch those slow lines to weekly orders that follow last month's sales, and let branches swap surplus stock on the central van run. That brings waste down to £600,000 a year by the end of 2026, a saving of £1 million. I'm asking you to approve £75,000 for the ordering software and one stock planner, starting in April.",
    targetSeconds: 60,
  },
};

/** Bank payments operations (en-US). */
const wires: CorpusPitch = {
  headline: "Auto-matching wire exceptions frees six analysts for fraud work by Q3",
  situation: [
    "Our payments team clears about 1,200 wire exceptions a day by hand.",
    "Each one takes an analyst around seven minutes, so 18 analysts do nothing else.",
  ],
  action: [
    "Add a rule that matches wires to invoices on amount, date and reference.",
    "Send only the wires that fail the rule to an analyst.",
  ],
  outcome: [
    "Manual exceptions fall from 1,200 to 800 a day by the end of Q3.",
    "Six analysts move to fraud investigations in October.",
  ],
  ask: "Approve $260,000 for the matching rule and two months of vendor support by May 30.",
  pitch: {
    text: "Our payments team clears about 1,200 wire exceptions a day by hand, at around seven minutes each. That's 18 analysts doing nothing else. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them, and only the ones that fail go to an analyst. By the end of Q3, manual exceptions fall to 800 a day, and in October six analysts move to fraud work. I'm asking you to approve $260,000 for the rule and two months of vendor support by May 30.",
    targetSeconds: 60,
  },
};

/** Defence procurement, vehicle spares (en-GB). */
const spares: CorpusPitch = {
  headline: "One five-year spares contract saves the Army £11M and halves repair waits",
  situation: [
    "The Army buys vehicle spares through 140 separate orders a year.",
    "A broken gearbox waits 68 days on average for parts.",
  ],
  action: [
    "Put spares for both vehicle fleets under one five-year contract.",
    "Have the supplier hold the 30 most-used parts at the Donnington depot.",
  ],
  outcome: [
    "Average wait for parts falls from 68 days to 34 by April 2027.",
    "Spares spend drops by £11M over the five years.",
  ],
  ask: "Sign off the tender for the spares contract at the 12 June board.",
  pitch: {
    text: "Today the Army buys vehicle spares through 140 separate orders a year, and a broken gearbox waits 68 days on average for its parts. We want one five-year contract for both fleets, with the supplier keeping the 30 most-used parts at the Donnington depot. Crews stop waiting on one-off orders, and the depot always has the common parts in stock. That halves the wait to 34 days by April 2027 and saves £11 million over the five years. I need you to sign off the tender at the 12 June board.",
    targetSeconds: 60,
  },
};

/** Mobile game studio (en-US). */
const crashFix: CorpusPitch = {
  headline: "Fixing the level-nine crash wins back 4,000 weekly players by July",
  situation: [
    "One in five players who reach level nine hit a crash in the boss fight.",
    "Since the March patch, weekly players have fallen from 62,000 to 51,000.",
  ],
  action: [
    "Put three engineers on the crash for a four-week sprint.",
    "Ship the fix as a hotfix instead of waiting for the summer update.",
  ],
  outcome: [
    "Weekly players climb back to 55,000 by the end of July.",
    "In-game revenue rises by about $90,000 a month.",
  ],
  ask: "Assign three engineers from the live team to the crash fix from May 12 to June 6.",
  pitch: {
    text: "Since the March patch, weekly players have dropped from 62,000 to 51,000. Most of that is one bug: one in five players who reach level nine crash out in the boss fight, and many never come back. We want three engineers on it for a four-week sprint, and a hotfix instead of waiting for the summer update. That wins back 4,000 players a week by the end of July, worth about $90,000 a month in revenue. I need three engineers from the live team from May 12 to June 6.",
    targetSeconds: 60,
  },
};

/** Biotech contract lab, sequencing backlog (en-US). */
const sequencer: CorpusPitch = {
  headline: "A second sequencer cuts our sample backlog from six weeks to nine days",
  situation: [
    "The lab receives about 450 trial samples a week but sequences only 300.",
    "The backlog now stands at six weeks, and two trial sponsors have complained.",
  ],
  action: [
    "Lease a second sequencer and run it on a late shift.",
    "Train two lab technicians to run the late shift from August.",
  ],
  outcome: [
    "The backlog falls from six weeks to nine days by December.",
    "We keep both sponsor contracts, worth $3.8M a year.",
  ],
  ask: "Approve a $410,000 two-year lease and two technician hires by July 15.",
  pitch: {
    text: "Our lab gets about 450 trial samples a week and sequences only 300, so the backlog grows every week. It now stands at six weeks, and two trial sponsors have complained. We want to lease a second sequencer and run it on a late shift, with two technicians we train from August. That brings the backlog down to nine days by December and keeps both sponsor contracts, worth $3.8 million a year. I'm asking you to approve a $410,000 two-year lease and the two technician hires by July 15.",
    targetSeconds: 60,
  },
};

export const ROUND_2_PITCHES: PitchCase[] = [
  // ───────────────────────── clean, complete pitches ─────────────────────────
  { id: 'h-p-clean-airline', industry: 'logistics', spelling: 'en-GB', pitch: luton, expect: [] },
  { id: 'h-p-clean-water', industry: 'utilities', spelling: 'en-GB', pitch: millbrook, expect: [] },
  { id: 'h-p-clean-university', industry: 'education', spelling: 'en-GB', pitch: enrolment, expect: [] },
  { id: 'h-p-clean-charity', industry: 'public-sector', spelling: 'en-GB', pitch: textGiving, expect: [] },
  { id: 'h-p-clean-mining', industry: 'energy', spelling: 'en-US', pitch: crusher, expect: [] },
  { id: 'h-p-clean-port', industry: 'logistics', spelling: 'en-GB', pitch: berth, expect: [] },
  { id: 'h-p-clean-agriculture', industry: 'manufacturing', spelling: 'en-GB', pitch: coldStore, expect: [] },
  { id: 'h-p-clean-media', industry: 'telecom', spelling: 'en-US', pitch: paywall, expect: [] },
  { id: 'h-p-clean-legal', industry: 'finance', spelling: 'en-GB', pitch: conveyancing, expect: [] },
  { id: 'h-p-clean-real-estate', industry: 'construction', spelling: 'en-US', pitch: leasing, expect: [] },
  { id: 'h-p-clean-pharmacy', industry: 'retail', spelling: 'en-GB', pitch: pharmacyStock, expect: [] },
  { id: 'h-p-clean-banking-ops', industry: 'finance', spelling: 'en-US', pitch: wires, expect: [] },
  { id: 'h-p-clean-defence', industry: 'public-sector', spelling: 'en-GB', pitch: spares, expect: [] },
  { id: 'h-p-clean-gaming', industry: 'software', spelling: 'en-US', pitch: crashFix, expect: [] },
  { id: 'h-p-clean-biotech', industry: 'pharma', spelling: 'en-US', pitch: sequencer, expect: [] },

  // ───────────────────────── required: fires ─────────────────────────
  {
    id: 'h-p-required-01', industry: 'energy', spelling: 'en-US',
    pitch: { ...crusher, action: [] },
    expect: ['required'],
    note: 'No action bullets. The spoken pitch still describes the action; nothing else changes.',
  },
  {
    id: 'h-p-required-02', industry: 'telecom', spelling: 'en-US',
    pitch: { ...paywall, ask: '' },
    expect: ['required'],
    note: 'Empty ask. With no ask on the slide, pitch-missing-ask cannot apply, and the $220,000 the pitch asks for has no slide figure to contradict.',
  },
  {
    id: 'h-p-required-03', industry: 'utilities', spelling: 'en-GB',
    pitch: { ...millbrook, action: ['   '] },
    expect: ['required'],
    note: 'The only action bullet is whitespace, which counts as empty.',
  },
  {
    id: 'h-p-required-04', industry: 'construction', spelling: 'en-US',
    pitch: { ...leasing, ask: '   ' },
    expect: ['required'],
    note: 'Whitespace-only ask.',
  },
  {
    id: 'h-p-required-05', industry: 'finance', spelling: 'en-US',
    pitch: { ...wires, situation: [] },
    expect: ['required'],
    note: 'Relabelled by the lead to the corpus convention (LABELLING.md): an empty section raises required only; the rules about its bullets need bullets to judge.',
  },
  {
    id: 'h-p-required-06', industry: 'manufacturing', spelling: 'en-GB',
    pitch: { ...coldStore, outcome: [] },
    expect: ['required'],
    note: 'Relabelled by the lead to the corpus convention (LABELLING.md): an empty section raises required only. pitch-missing-metric needs outcome numbers, so it does not apply.',
  },
  {
    id: 'h-p-required-07', industry: 'public-sector', spelling: 'en-GB',
    pitch: { ...spares, action: ['', ''] },
    expect: ['required'],
    note: 'Two empty action bullets: the section is still empty.',
  },

  // ───────────────────────── required: near misses ─────────────────────────
  {
    id: 'h-p-required-nm-01', industry: 'education', spelling: 'en-GB',
    pitch: { ...enrolment, action: ["Let students enrol and upload ID documents online from 1 August.", ''] },
    expect: [], nearMiss: ['required'],
    note: 'One real action bullet and a trailing empty one: the section is not empty.',
  },
  {
    id: 'h-p-required-nm-02', industry: 'public-sector', spelling: 'en-GB',
    pitch: { ...textGiving, valueProposition: '', trace: {} },
    expect: [], nearMiss: ['required'],
    note: 'Empty optional fields only (blank value proposition, empty trace).',
  },
  {
    id: 'h-p-required-nm-03', industry: 'logistics', spelling: 'en-GB',
    pitch: { ...berth, pitch: { text: '', targetSeconds: 60 } },
    expect: [], nearMiss: ['required', 'pitch-too-short', 'pitch-missing-ask', 'pitch-missing-metric'],
    note: 'Empty elevator pitch: it is optional, and with no pitch text no pitch-* rule applies.',
  },
  {
    id: 'h-p-required-nm-04', industry: 'finance', spelling: 'en-GB',
    pitch: { ...conveyancing, situation: ["We lose about one conveyancing quote in three to online firms on price."] },
    expect: [], nearMiss: ['required'],
    note: 'A single situation bullet is enough. The pitch mentions £950 and £1,450, which the slide no longer gives: not a contradiction.',
  },
  {
    id: 'h-p-required-nm-05', industry: 'retail', spelling: 'en-GB',
    pitch: { ...pharmacyStock, headline: "Weekly ordering saves £1M" },
    expect: [], nearMiss: ['required', 'headline-length'],
    note: 'Short headline, exactly 4 words, and a claim.',
  },
  {
    id: 'h-p-required-nm-06', industry: 'software', spelling: 'en-US',
    pitch: { ...crashFix, trace: { project: '   ' } },
    expect: [], nearMiss: ['required'],
    note: 'Whitespace in the optional trace (project line) only.',
  },

  // ───────────────────────── overflow: fires ─────────────────────────
  {
    id: 'h-p-overflow-01', industry: 'logistics', spelling: 'en-GB',
    pitch: {
      ...luton,
      action: [
        "Tow each of the six first-wave aircraft from the remote stands to their gates the night before, using the two new tractors and the existing night crew.",
        "Board those six flights from both the front and rear doors, with the rear steps in place by 05:15 and a second gate agent on each flight.",
        "Add one dispatcher to the 05:00 shift, whose only job is to chase fuel, catering and cleaning for the first wave until the last of the six has left.",
        "Move the crew briefing for the first wave from the crew room to the aircraft, so that pilots and cabin crew save the walk across the apron each morning.",
        "Agree with the fuel supplier that the six first-wave aircraft get their fuel the evening before, rather than in the busy hour between five and six.",
        "Report first-wave punctuality to the station manager every morning at 07:00, and review any late departure with the ground team before the end of the same day.",
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Six action bullets of 26–29 words each.',
  },
  {
    id: 'h-p-overflow-02', industry: 'logistics', spelling: 'en-GB',
    pitch: {
      ...berth,
      headline: "Dredging the outer berth to 15 metres this winter lets the new 14,000-box ships come alongside at any tide from March 2026, which wins back the 31 calls a year we now turn away to Rotterdam and Antwerp, brings back £4.2M a year in port fees, and keeps the two big shipping lines on our books for the next ten years",
    },
    expect: ['overflow', 'headline-length'],
    note: 'A 61-word headline (a claim, in short words).',
  },
  {
    id: 'h-p-overflow-03', industry: 'finance', spelling: 'en-GB',
    pitch: {
      ...conveyancing,
      situation: [
        "We lose about one conveyancing quote in three to online firms, and when we ask why, nearly every buyer who leaves us says it was the price.",
        "Our hourly fees on a standard freehold sale average £1,450, while the three biggest online firms charge a fixed £950 and show that price on the first page.",
        "Clients tell us they cannot plan around an hourly bill, because they have no idea at the start what the final figure for the whole sale will be.",
        "Our solicitors spend roughly a third of each file on searches and ID checks, work that a trained paralegal does just as well at half the cost.",
        "Estate agents in Sheffield and Leeds now send most of their buyers straight to the online firms, because the fixed price is easy to explain in the branch.",
        "Our own sales from agent referrals fell from 2,300 to 1,700 over the last two years, and the fall is steepest among first-time buyers on tight budgets.",
        "The online firms lose clients on complex sales, such as leaseholds and probate, which is where our solicitors are strongest and where we still win most quotes.",
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Seven situation bullets of 27–28 words each.',
  },
  {
    id: 'h-p-overflow-04', industry: 'finance', spelling: 'en-US',
    pitch: {
      ...wires,
      outcome: [
        "Manual wire exceptions fall from about 1,200 a day to 800 a day by the end of Q3, as the new rule clears the simple matches overnight.",
        "Six analysts move from exception work to fraud investigations in October, which doubles the size of the fraud team without a single new hire this year.",
        "The average time to clear an exception stays at about seven minutes, but each analyst now spends the day on the hard cases rather than on simple matches.",
        "Late wires to suppliers drop from roughly 40 a week to fewer than ten by the end of Q3, because the rule runs every hour through the night.",
        "Overtime in the payments team falls by around $15,000 a month from August, since the morning backlog no longer spills into the evening shift each day.",
        "By December the team reviews its rule every month against the wires it failed, and adds new match keys when the same failure shows up more than twenty times.",
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Six outcome bullets of 26–29 words each. The pitch still says "800 a day".',
  },
  {
    id: 'h-p-overflow-05', industry: 'public-sector', spelling: 'en-GB',
    pitch: {
      ...textGiving,
      headline: "Putting a text-to-give number on every shop till and collection tin, and following each gift with a thank-you text and a one-tap monthly option, doubles our regular donors from 4,200 to 8,400 by December 2026, cuts the cost of each new donor from £140 to £35, and ends years of falling monthly income across the whole charity",
    },
    expect: ['overflow', 'headline-length'],
    note: 'A 57-word headline.',
  },
  {
    id: 'h-p-overflow-06', industry: 'public-sector', spelling: 'en-GB',
    pitch: {
      ...spares,
      action: [
        "Put the spares for both vehicle fleets under one five-year contract, with a single price list that the supplier holds for the first three years of the deal.",
        "Have the supplier keep the 30 most-used parts on the shelf at the Donnington depot, and refill any part within five working days of it running low.",
        "Give each workshop one named contact at the supplier who answers a parts query the same day, instead of the current chain of three separate order desks.",
        "Pay the supplier a bonus when the average wait for parts stays under 34 days for a full quarter, and hold back part of the fee when it does not.",
        "Move the 140 separate yearly orders onto one monthly call-off, so the workshops order from a single catalogue and the finance team pays one invoice.",
        "Run the tender in two lots, one for each fleet, so that smaller British firms can bid for one lot without having to cover the whole Army.",
        "Keep two of the current suppliers on short contracts for the first six months, so workshops still have a fallback while the new supplier builds up stock.",
        "Report the average wait for parts to the fleet board every month, workshop by workshop, so that any depot that starts to slip shows up within weeks.",
      ],
    },
    expect: ['overflow', 'too-many-bullets', 'bullet-too-long'],
    note: 'Eight action bullets of 25–30 words each.',
  },

  // ───────────────────────── overflow: near misses ─────────────────────────
  {
    id: 'h-p-overflow-nm-01', industry: 'utilities', spelling: 'en-GB',
    pitch: {
      ...millbrook,
      action: [
        "Fit 46 smart pressure valves.",
        "Start with the 12 worst streets.",
        "Lower night pressure by a fifth.",
        "Log every burst on the new map.",
        "Check the valves each quarter.",
        "Tell residents before each change.",
      ],
    },
    expect: ['too-many-bullets'], nearMiss: ['overflow'],
    note: 'Six bullets, but 5–7 words each: far too many, yet they fit the box.',
  },
  {
    id: 'h-p-overflow-nm-02', industry: 'education', spelling: 'en-GB',
    pitch: { ...enrolment, headline: "Online enrolment from 1 August cuts the September queue at the hub to forty minutes" },
    expect: [], nearMiss: ['overflow', 'headline-length'],
    note: 'Headline of exactly 15 words.',
  },
  {
    id: 'h-p-overflow-nm-03', industry: 'energy', spelling: 'en-US',
    pitch: {
      ...crusher,
      situation: [
        "Haul trucks wait about 50 minutes a shift at the single crusher feed before they can tip their loads.",
        "The crusher takes 2,100 tons an hour, but on a full shift the trucks bring about 2,600 tons an hour.",
        "Idle trucks burn diesel and driver time as they wait, and the queue peaks at the start of each shift.",
      ],
    },
    expect: [], nearMiss: ['overflow', 'bullet-too-long', 'too-many-bullets'],
    note: 'Three situation bullets of 19, 20 and 20 words: full, but within every limit.',
  },
  {
    id: 'h-p-overflow-nm-04', industry: 'manufacturing', spelling: 'en-GB',
    pitch: { ...coldStore, headline: "A second cold store at Ely, next to the packhouse, cuts strawberry waste by two thirds and earns growers about £1.3M more a year" },
    expect: ['headline-length'], nearMiss: ['overflow'],
    note: 'A 24-word headline: too long for the rule, but nowhere near 50 words.',
  },
  {
    id: 'h-p-overflow-nm-05', industry: 'construction', spelling: 'en-US',
    pitch: {
      ...leasing,
      outcome: [
        "Approval time for a standard application drops from five days to two by October, so most applicants hear back before they view anywhere else.",
        "Vacancy across the 14 Phoenix buildings falls from 11% to 7% by next March, which brings us much closer to the market average.",
        "Leasing agents stop re-keying paper forms and spend the time they save on showings, follow-up calls and renewals with current tenants.",
      ],
    },
    expect: ['bullet-too-long'], nearMiss: ['overflow'],
    note: 'Three outcome bullets of 24, 23 and 21 words: each too long, but three of them fit the box.',
  },
  {
    id: 'h-p-overflow-nm-06', industry: 'retail', spelling: 'en-GB',
    pitch: {
      ...pharmacyStock,
      action: [
        "Switch slow-moving lines to weekly orders that follow last month's sales.",
        "Let branches swap surplus stock on the central van run.",
        "Show each branch manager their waste figure every Monday.",
        "Stop automatic reorders on the 40 slowest creams.",
        "Return short-dated inhalers to the warehouse a month before expiry.",
      ],
    },
    expect: ['too-many-bullets'], nearMiss: ['overflow'],
    note: 'Five short action bullets (8–11 words).',
  },

  // ───────────────────────── too-many-bullets: fires ─────────────────────────
  {
    id: 'h-p-bullets-01', industry: 'logistics', spelling: 'en-GB',
    pitch: {
      ...luton,
      situation: [
        "Our first six departures from Luton leave late on about one morning in four.",
        "A late first wave knocks on to 40 flights a day.",
        "Each late morning costs about £9,000 in crew overtime.",
        "Passenger complaints about the early flights doubled last year.",
      ],
    },
    expect: ['too-many-bullets'],
    note: 'Four situation bullets.',
  },
  {
    id: 'h-p-bullets-02', industry: 'education', spelling: 'en-GB',
    pitch: {
      ...enrolment,
      action: [
        "Open online enrolment on 1 August.",
        "Let students upload ID documents from home.",
        "Send a reminder text two weeks before term.",
        "Keep the hub for face-to-face checks only.",
        "Put two staff on a live chat during freshers' week.",
      ],
    },
    expect: ['too-many-bullets'],
    note: 'Five action bullets.',
  },
  {
    id: 'h-p-bullets-03', industry: 'logistics', spelling: 'en-GB',
    pitch: {
      ...berth,
      outcome: [
        "The outer berth takes the largest ships from March 2026.",
        "Port fees rise by £4.2M a year once the shipping lines return.",
        "Pilots stop waiting for high tide to bring the big ships in.",
        "Both large shipping lines renew their contracts for five years.",
      ],
    },
    expect: ['too-many-bullets'],
    note: 'Four outcome bullets.',
  },
  {
    id: 'h-p-bullets-04', industry: 'telecom', spelling: 'en-US',
    pitch: {
      ...paywall,
      action: [
        "Give readers five free articles a month.",
        "Ask them to subscribe when they reach the limit.",
        "Offer a $4-a-month starter plan for the first year.",
        "Hire two audience editors to write the newsletters.",
      ],
    },
    expect: ['too-many-bullets'],
    note: 'Four action bullets.',
  },
  {
    id: 'h-p-bullets-05', industry: 'retail', spelling: 'en-GB',
    pitch: {
      ...pharmacyStock,
      situation: [
        "Our 212 pharmacies throw away £1.6M of out-of-date stock a year.",
        "Most of it is slow-moving creams and inhalers.",
        "Branches reorder these lines out of habit every fortnight.",
        "Nobody sees the waste figure until the year-end stocktake.",
      ],
    },
    expect: ['too-many-bullets'],
    note: 'Four situation bullets.',
  },
  {
    id: 'h-p-bullets-06', industry: 'software', spelling: 'en-US',
    pitch: {
      ...crashFix,
      outcome: [
        "Weekly players climb back to 55,000 by the end of July.",
        "In-game revenue rises by about $90,000 a month.",
        "Crash reports from level nine fall to almost zero.",
        "Store ratings recover from 3.1 to 4 stars by August.",
      ],
    },
    expect: ['too-many-bullets'],
    note: 'Four outcome bullets.',
  },
  {
    id: 'h-p-bullets-07', industry: 'finance', spelling: 'en-GB',
    pitch: {
      ...conveyancing,
      action: [
        "Offer a £1,100 fixed fee for standard freehold sales.",
        "Move searches and ID checks to two paralegals in Sheffield.",
        "Put the fixed fee on the front page of our website.",
        "Give estate agents a one-page price sheet.",
      ],
    },
    expect: ['too-many-bullets'],
    note: 'Four action bullets.',
  },

  // ───────────────────────── too-many-bullets: near misses ─────────────────────────
  {
    id: 'h-p-bullets-nm-01', industry: 'utilities', spelling: 'en-GB',
    pitch: {
      ...millbrook,
      situation: [
        "Millbrook had 212 burst mains last year, the worst rate in our region.",
        "Each burst leaves about 300 homes without water for nine hours.",
        "Night-time pressure in the network runs a fifth above what homes need.",
        '',
      ],
    },
    expect: [], nearMiss: ['too-many-bullets'],
    note: 'Four entries, but only three non-empty bullets.',
  },
  {
    id: 'h-p-bullets-nm-02', industry: 'public-sector', spelling: 'en-GB',
    pitch: {
      ...textGiving,
      situation: [...textGiving.situation, "Two in three of our donors are over 65."],
      action: [...textGiving.action, "Train shop staff to mention the text number at the till."],
      outcome: [...textGiving.outcome, "Monthly income from regular gifts passes £65,000 by December 2026."],
    },
    expect: [], nearMiss: ['too-many-bullets'],
    note: 'Three bullets in every section: nine in all, but no section has more than three.',
  },
  {
    id: 'h-p-bullets-nm-03', industry: 'energy', spelling: 'en-US',
    pitch: {
      ...crusher,
      action: [
        "Build a second feed hopper on the east side of the crusher.",
        "Send half the trucks to the new hopper on every shift.",
        "Before go-live: widen the ramp, move the light tower, repaint the lanes and brief every driver.",
      ],
    },
    expect: [], nearMiss: ['too-many-bullets'],
    note: 'Three bullets; the third lists four steps inside one bullet (16 words).',
  },
  {
    id: 'h-p-bullets-nm-04', industry: 'construction', spelling: 'en-US',
    pitch: { ...leasing, action: [...leasing.action, "Text applicants the result the same day.", '   '] },
    expect: [], nearMiss: ['too-many-bullets', 'required'],
    note: 'Three real bullets and one whitespace-only entry.',
  },
  {
    id: 'h-p-bullets-nm-05', industry: 'finance', spelling: 'en-US',
    pitch: {
      ...wires,
      outcome: [
        "Manual exceptions fall from 1,200 to 800 a day by the end of Q3. The rule clears the rest.",
        "Six analysts move to fraud investigations in October. No one leaves the team.",
        "Late supplier wires drop below ten a week. Suppliers stop chasing us.",
      ],
    },
    expect: [], nearMiss: ['too-many-bullets', 'bullet-too-long'],
    note: 'Three bullets of two short sentences each (19, 13, 12 words): six sentences, three bullets.',
  },
  {
    id: 'h-p-bullets-nm-06', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(spares, "Today the Army buys vehicle spares through 140 separate orders a year, and a broken gearbox waits 68 days on average for its parts. Our plan has five parts: one five-year contract for both fleets, the 30 most-used parts on the shelf at Donnington, one contact for each workshop, one monthly invoice, and a bonus for the supplier only when waits fall. That halves the wait to 34 days by April 2027 and saves £11 million over the five years. I need you to sign off the tender at the 12 June board."),
    expect: [], nearMiss: ['too-many-bullets'],
    note: 'The spoken pitch lists five steps; the slide sections have two bullets each.',
  },

  // ───────────────────────── no-metric: fires ─────────────────────────
  {
    id: 'h-p-nometric-01', industry: 'logistics', spelling: 'en-GB',
    pitch: {
      ...luton,
      outcome: [
        "Morning departures leave on time far more often by the end of October.",
        "Crew overtime on early shifts drops sharply from the winter timetable.",
      ],
    },
    expect: ['no-metric'],
    note: 'The headline says "by a third", but no outcome bullet has a quantity. The pitch\'s £1.1 million is a figure the slide no longer gives, so no contradiction; "a third" matches the headline.',
  },
  {
    id: 'h-p-nometric-02', industry: 'utilities', spelling: 'en-GB',
    pitch: say(
      { ...millbrook, outcome: ["Far fewer burst mains on the Millbrook network by next spring.", "Leaks waste much less water every night."] },
      "Millbrook had 212 burst mains last year, more than anywhere else in our region, and each one left about 300 homes without water for nine hours. Most bursts happen at night, when demand drops and the pressure in the pipes climbs. We plan to fit 46 smart valves that lower night pressure by a fifth. That means far fewer bursts by next spring, and leaks waste much less water every night. I'm asking the board to approve £2.6 million from next year's capital budget on 9 July.",
    ),
    expect: ['no-metric'],
    note: 'Outcome has a timeframe but only "far fewer" and "much less". The pitch says no outcome number because the outcome has none.',
  },
  {
    id: 'h-p-nometric-03', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(
      { ...textGiving, outcome: ["Many more regular donors by the end of next year.", "Each new donor costs us much less to find."] },
      "We have 4,200 regular donors, and that number has fallen every year since 2021. Street fundraising costs us £140 for each new donor, and half of them cancel within a year. We want to put a text-to-give number on every shop till and collection tin, then follow each gift with a thank-you text and a one-tap monthly option. That gives us many more regular donors by the end of next year, and each one costs far less to find. I'm asking you to approve £95,000 for the platform and a two-person digital team by 31 May.",
    ),
    expect: ['no-metric'],
    note: '"Many more", "much less": no quantity in the outcome.',
  },
  {
    id: 'h-p-nometric-04', industry: 'telecom', spelling: 'en-US',
    pitch: { ...paywall, outcome: ["Digital subscriptions become the Courier's biggest source of revenue by next June."] },
    expect: ['no-metric'],
    note: 'Outcome has a date but no quantity. The pitch\'s 12,000 matches the headline; its $580,000 is a figure the slide no longer gives.',
  },
  {
    id: 'h-p-nometric-05', industry: 'construction', spelling: 'en-US',
    pitch: {
      ...leasing,
      outcome: [
        "Most applicants get an answer within the same week by October.",
        "Vacancy moves much closer to the market average by next March.",
      ],
    },
    expect: ['no-metric'],
    note: '"Most", "much closer": no quantity. The pitch\'s two days and 7% are figures the outcome does not give (two days matches the headline).',
  },
  {
    id: 'h-p-nometric-06', industry: 'software', spelling: 'en-US',
    pitch: {
      ...crashFix,
      outcome: [
        "Weekly players climb back towards their level before the March patch by the end of July.",
        "In-game revenue recovers over the summer.",
      ],
    },
    expect: ['no-metric'],
    note: 'Dates but no quantity in the outcome. The pitch\'s 4,000 matches the headline.',
  },
  {
    id: 'h-p-nometric-07', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(
      { ...spares, outcome: ["Workshops get their parts much faster by next April.", "Spares spend falls over the life of the contract."] },
      "Today the Army buys vehicle spares through 140 separate orders a year, and a broken gearbox waits 68 days on average for its parts. We want one five-year contract for both fleets, with the supplier keeping the 30 most-used parts at the Donnington depot. Crews stop waiting on one-off orders, and the depot always has the common parts in stock. Workshops get their parts much faster by next April, and spares spend falls over the life of the contract. I need you to sign off the tender at the 12 June board.",
    ),
    expect: ['no-metric'],
    note: '"much faster", "falls": no quantity in the outcome.',
  },

  // ───────────────────────── no-metric: near misses ─────────────────────────
  {
    id: 'h-p-nometric-nm-01', industry: 'logistics', spelling: 'en-GB',
    pitch: { ...luton, outcome: ["Morning delays fall by a third by the end of October."] },
    expect: [], nearMiss: ['no-metric'],
    note: '"a third" is the only quantity, in words. The pitch says it; its £1.1 million is a figure the slide no longer gives.',
  },
  {
    id: 'h-p-nometric-nm-02', industry: 'education', spelling: 'en-GB',
    pitch: { ...enrolment, outcome: ["Four in five students finish enrolling before they arrive this September."] },
    expect: [], nearMiss: ['no-metric'],
    note: 'A ratio in words is a quantity; the pitch says "four in five".',
  },
  {
    id: 'h-p-nometric-nm-03', industry: 'energy', spelling: 'en-US',
    pitch: say(
      { ...crusher, outcome: ["Truck waits at the crusher fall to a fifth of today's by November."] },
      "At the north pit, our haul trucks wait about 50 minutes every shift to tip at the crusher. The crusher takes 2,100 tons an hour and the trucks bring 2,600, so the line never clears. We want to build a second feed hopper on the east side and split the trucks between the two. By November, trucks wait a fifth as long as they do today, and we save $2.4 million a year in diesel and driver time. I'm asking the capital committee to approve $3.1 million for the hopper on July 22.",
    ),
    expect: [], nearMiss: ['no-metric'],
    note: '"a fifth" is the only quantity in the outcome.',
  },
  {
    id: 'h-p-nometric-nm-04', industry: 'manufacturing', spelling: 'en-GB',
    pitch: say(
      { ...coldStore, outcome: ["Strawberry waste falls by two thirds by the end of next season."] },
      "Our growers lose one tonne of strawberries in eight between the field and the cold store. On a peak day the Ely store is full by eleven, and lorries sit in the yard for hours while the fruit warms up. We want to build a second cold store next to the packhouse and give every farm a fixed drop-off slot. By the end of next season, waste falls by two thirds, and growers sell more of what they pick. Please back it with £850,000 from the co-op reserve at the 3 March members' meeting.",
    ),
    expect: [], nearMiss: ['no-metric'],
    note: '"two thirds" is the only quantity in the outcome.',
  },
  {
    id: 'h-p-nometric-nm-05', industry: 'finance', spelling: 'en-US',
    pitch: say(
      { ...wires, outcome: ["A third of wire exceptions clear without an analyst by the end of September.", "The analysts this frees up move to fraud work in October."] },
      "Our payments team clears about 1,200 wire exceptions a day by hand, at around seven minutes each. That's 18 analysts doing nothing else. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them, and only the ones that fail go to an analyst. By the end of September, a third of the exceptions clear without an analyst, and from October the analysts we free up move to fraud work. I'm asking you to approve $260,000 for the rule and two months of vendor support by May 30.",
    ),
    expect: [], nearMiss: ['no-metric'],
    note: '"A third" is the only quantity in the outcome.',
  },
  {
    id: 'h-p-nometric-nm-06', industry: 'retail', spelling: 'en-GB',
    pitch: say(
      { ...pharmacyStock, outcome: ["Waste drops by nearly two thirds before next Christmas."] },
      "Every year our 212 pharmacies throw away £1.6 million of out-of-date stock, mostly creams and inhalers that branches reorder out of habit. We want to switch those slow lines to weekly orders that follow last month's sales, and let branches swap surplus stock on the central van run. That cuts waste by nearly two thirds before next Christmas, a saving of about £1 million a year. I'm asking you to approve £75,000 for the ordering software and one stock planner, starting in April.",
    ),
    expect: [], nearMiss: ['no-metric'],
    note: '"nearly two thirds" is the quantity (£1.6M to about £0.6M).',
  },

  // ───────────────────────── no-timeframe: fires ─────────────────────────
  {
    id: 'h-p-notime-01', industry: 'utilities', spelling: 'en-GB',
    pitch: { ...millbrook, outcome: ["Burst mains fall from 212 a year to under 110.", "Leakage drops by 1.4 million litres a day."] },
    expect: ['no-timeframe'],
    note: '"a year" and "a day" are rates, not a when. The pitch\'s "by March 2027" is a date the slide no longer gives: not a contradiction.',
  },
  {
    id: 'h-p-notime-02', industry: 'public-sector', spelling: 'en-GB',
    pitch: { ...textGiving, outcome: ["Regular donors double from 4,200 to 8,400.", "Cost per new donor falls from £140 to £35."] },
    expect: ['no-timeframe'],
    note: 'No date in the outcome; the ask\'s 31 May is not an outcome date.',
  },
  {
    id: 'h-p-notime-03', industry: 'retail', spelling: 'en-GB',
    pitch: { ...pharmacyStock, outcome: ["Out-of-date stock falls from £1.6M to £600K a year."] },
    expect: ['no-timeframe'],
    note: '"a year" is a rate; "starting in April" is in the ask, not the outcome.',
  },
  {
    id: 'h-p-notime-04', industry: 'finance', spelling: 'en-GB',
    pitch: { ...conveyancing, outcome: ["We win 600 more house sales a year.", "Fee income grows by £660,000 a year."] },
    expect: ['no-timeframe'],
    note: 'Rates only. The pitch\'s "by the end of 2026" is a date the slide no longer gives.',
  },
  {
    id: 'h-p-notime-05', industry: 'logistics', spelling: 'en-GB',
    pitch: { ...berth, outcome: ["Port fees rise by £4.2M a year once the shipping lines return."] },
    expect: ['no-timeframe'],
    note: '"once the shipping lines return" is a condition, not a date; "this winter"/"November" are in the action.',
  },
  {
    id: 'h-p-notime-06', industry: 'software', spelling: 'en-US',
    pitch: {
      ...crashFix,
      headline: "Fixing the level-nine crash wins back 4,000 weekly players",
      outcome: ["Weekly players climb back to 55,000.", "In-game revenue rises by about $90,000 a month."],
    },
    expect: ['no-timeframe'],
    note: 'Date taken out of headline and outcome; "a month" is a rate. The sprint dates are in the ask.',
  },
  {
    id: 'h-p-notime-07', industry: 'telecom', spelling: 'en-US',
    pitch: {
      ...paywall,
      headline: "A metered paywall adds 12,000 digital subscribers to the Courier",
      outcome: ["Digital subscribers grow from 3,100 to 15,100.", "Subscription revenue rises by $580,000 a year."],
    },
    expect: ['no-timeframe'],
    note: 'No when in the outcome. The pitch\'s "by next June" is a date the slide no longer gives.',
  },

  // ───────────────────────── no-timeframe: near misses ─────────────────────────
  {
    id: 'h-p-notime-nm-01', industry: 'construction', spelling: 'en-US',
    pitch: say(
      { ...leasing, outcome: ["Approval time drops from five days to two within six weeks of launch.", "Vacancy falls from 11% to 7% within a year."] },
      "Eleven percent of the units in our 14 Phoenix buildings are empty, twice the market average. Part of the reason is speed. Our agents re-key every paper application, and approval takes five days, so good applicants sign somewhere else first. We want to move applications and credit checks onto the tenant portal and let agents approve standard cases the same day. Approval time drops to two days within six weeks of launch, and vacancy falls to 7% within a year. I'm asking for $140,000 and one developer on the portal from June 2 to September 30.",
    ),
    expect: [], nearMiss: ['no-timeframe'],
    note: '"within six weeks", "within a year" are timeframes (no month named).',
  },
  {
    id: 'h-p-notime-nm-02', industry: 'logistics', spelling: 'en-GB',
    pitch: say(
      { ...luton, outcome: ["Morning delays fall by a third by next spring.", "Crew overtime drops by £3,000 a day, about £1.1M a year."] },
      "Morning delays at Luton start with our first six flights. About one morning in four they leave late, and the knock-on hits 40 flights and costs £9,000 in crew overtime that day. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift. That cuts morning delays by a third by next spring and saves about £1.1 million a year in overtime. To do it we need two more tow tractors, so I'm asking you to approve £180,000 for them by 15 June.",
    ),
    expect: [], nearMiss: ['no-timeframe'],
    note: '"by next spring" is a season.',
  },
  {
    id: 'h-p-notime-nm-03', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(
      { ...textGiving, outcome: ["Regular donors double to 8,400 by year-end.", "Cost per new donor falls from £140 to £35."] },
      "We have 4,200 regular donors, and that number has fallen every year since 2021. Street fundraising costs us £140 for each new donor, and half of them cancel within a year. We want to put a text-to-give number on every shop till and collection tin, then follow each gift with a thank-you text and a one-tap monthly option. That doubles our regular donors to 8,400 by year-end and brings the cost of a new donor down to £35. I'm asking you to approve £95,000 for the platform and a two-person digital team by 31 May.",
    ),
    expect: [], nearMiss: ['no-timeframe'],
    note: '"by year-end" is a timeframe.',
  },
  {
    id: 'h-p-notime-nm-04', industry: 'manufacturing', spelling: 'en-GB',
    pitch: say(
      { ...coldStore, outcome: ["Waste falls to one tonne in 25 over the 2026 picking season.", "Growers sell about £1.3M more fruit each year."] },
      "Our growers lose one tonne of strawberries in eight between the field and the cold store. On a peak day the Ely store is full by eleven, and lorries sit in the yard for hours while the fruit warms up. We want to build a second cold store next to the packhouse and give every farm a fixed drop-off slot. Over the 2026 picking season, waste falls to one tonne in 25, and growers sell about £1.3 million more fruit a year. Please back it with £850,000 from the co-op reserve at the 3 March members' meeting.",
    ),
    expect: [], nearMiss: ['no-timeframe'],
    note: '"over the 2026 picking season" is a when.',
  },
  {
    id: 'h-p-notime-nm-05', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(
      { ...spares, outcome: ["Average wait for parts falls from 68 days to 34 within two years of signature.", "Spares spend drops by £11M over the five years."] },
      "Today the Army buys vehicle spares through 140 separate orders a year, and a broken gearbox waits 68 days on average for its parts. We want one five-year contract for both fleets, with the supplier keeping the 30 most-used parts at the Donnington depot. Crews stop waiting on one-off orders, and the depot always has the common parts in stock. That halves the wait to 34 days within two years of signature and saves £11 million over the five years. I need you to sign off the tender at the 12 June board.",
    ),
    expect: [], nearMiss: ['no-timeframe'],
    note: '"within two years of signature" is a timeframe; "over the five years" is a duration.',
  },
  {
    id: 'h-p-notime-nm-06', industry: 'retail', spelling: 'en-GB',
    pitch: say(
      { ...pharmacyStock, outcome: ["Out-of-date stock falls from £1.6M to £600K a year before next Christmas."] },
      "Every year our 212 pharmacies throw away £1.6 million of out-of-date stock, mostly creams and inhalers that branches reorder out of habit. We want to switch those slow lines to weekly orders that follow last month's sales, and let branches swap surplus stock on the central van run. That brings waste down to £600,000 a year before next Christmas, a saving of £1 million. I'm asking you to approve £75,000 for the ordering software and one stock planner, starting in April.",
    ),
    expect: [], nearMiss: ['no-timeframe'],
    note: '"before next Christmas" is a when; "a year" alone would not be.',
  },
  {
    id: 'h-p-notime-nm-07', industry: 'finance', spelling: 'en-US',
    pitch: say(
      { ...wires, outcome: ["Manual exceptions fall from 1,200 to 800 a day in Q3.", "Six analysts move to fraud investigations in the fall."] },
      "Our payments team clears about 1,200 wire exceptions a day by hand, at around seven minutes each. That's 18 analysts doing nothing else. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them, and only the ones that fail go to an analyst. In Q3, manual exceptions fall to 800 a day, and in the fall six analysts move to fraud work. I'm asking you to approve $260,000 for the rule and two months of vendor support by May 30.",
    ),
    expect: [], nearMiss: ['no-timeframe'],
    note: '"in Q3" (a quarter) and "in the fall" (a season) are timeframes.',
  },

  // ───────────────────────── no-situation-number: fires ─────────────────────────
  {
    id: 'h-p-nosit-01', industry: 'education', spelling: 'en-GB',
    pitch: {
      ...enrolment,
      situation: [
        "New students still enrol in person during freshers' week.",
        "Last year the hub queue stretched out of the door and round the library.",
      ],
    },
    expect: ['no-situation-number'],
    note: 'No number in the situation; the pitch\'s 6,500 and 900 are figures the slide no longer gives.',
  },
  {
    id: 'h-p-nosit-02', industry: 'energy', spelling: 'en-US',
    pitch: {
      ...crusher,
      situation: [
        "Haul trucks queue at the crusher feed on every shift.",
        "At peak times the crusher cannot keep up with the trucks.",
      ],
    },
    expect: ['no-situation-number'],
  },
  {
    id: 'h-p-nosit-03', industry: 'logistics', spelling: 'en-GB',
    pitch: {
      ...berth,
      situation: [
        "The outer berth is too shallow for the newest container ships.",
        "Shipping lines now send those ships to Rotterdam instead.",
      ],
    },
    expect: ['no-situation-number'],
  },
  {
    id: 'h-p-nosit-04', industry: 'telecom', spelling: 'en-US',
    pitch: {
      ...paywall,
      situation: [
        "Print sales at the Courier keep falling, and ads no longer cover the gap.",
        "Most online readers never pay for anything.",
      ],
    },
    expect: ['no-situation-number'],
    note: 'The outcome still says "from 3,100", but the situation itself has no number.',
  },
  {
    id: 'h-p-nosit-05', industry: 'construction', spelling: 'en-US',
    pitch: {
      ...leasing,
      situation: [
        "Too many units in our Phoenix buildings sit empty.",
        "Agents re-key every paper application by hand.",
      ],
    },
    expect: ['no-situation-number'],
  },
  {
    id: 'h-p-nosit-06', industry: 'finance', spelling: 'en-US',
    pitch: {
      ...wires,
      situation: [
        "Our payments team clears wire exceptions by hand all day.",
        "Each exception needs an analyst to look up the invoice.",
      ],
    },
    expect: ['no-situation-number'],
    note: '"an analyst" is an article, not a number.',
  },
  {
    id: 'h-p-nosit-07', industry: 'software', spelling: 'en-US',
    pitch: {
      ...crashFix,
      situation: [
        "Players who reach the boss fight often hit a crash.",
        "Weekly players have fallen steadily since the spring patch.",
      ],
    },
    expect: ['no-situation-number'],
    note: 'The pitch\'s "March patch" agrees with "spring patch".',
  },

  // ───────────────────────── no-situation-number: near misses ─────────────────────────
  {
    id: 'h-p-nosit-nm-01', industry: 'education', spelling: 'en-GB',
    pitch: { ...enrolment, situation: ["A third of new students queued at the hub for hours last September."] },
    expect: [], nearMiss: ['no-situation-number'],
    note: '"A third" is a number in words.',
  },
  {
    id: 'h-p-nosit-nm-02', industry: 'energy', spelling: 'en-US',
    pitch: { ...crusher, situation: ["Haul trucks wait twice as long at the crusher as they do at the shovel."] },
    expect: [], nearMiss: ['no-situation-number'],
    note: '"twice".',
  },
  {
    id: 'h-p-nosit-nm-03', industry: 'logistics', spelling: 'en-GB',
    pitch: {
      ...berth,
      situation: [
        "The outer berth has been too shallow for the new ships since 2023.",
        "Shipping lines now send those ships to Rotterdam instead.",
      ],
    },
    expect: ['no-situation-number'], nearMiss: ['passive-voice'],
    note: 'Relabelled by the lead to the corpus convention (LABELLING.md): a year alone ("since 2023") dates the problem but does not size it. "has been too shallow" is be + adjective.',
  },
  {
    id: 'h-p-nosit-nm-04', industry: 'telecom', spelling: 'en-US',
    pitch: {
      ...paywall,
      situation: [
        "Fewer than one online reader in a hundred pays for the Courier.",
        "Print sales keep falling, and ads no longer cover the gap.",
      ],
    },
    expect: [], nearMiss: ['no-situation-number'],
    note: '"one ... in a hundred" in words; agrees with the pitch (3,100 of 400,000).',
  },
  {
    id: 'h-p-nosit-nm-05', industry: 'construction', spelling: 'en-US',
    pitch: {
      ...leasing,
      situation: [
        "Nearly one apartment in nine stands empty across our Phoenix buildings.",
        "Agents re-key every paper application by hand.",
      ],
    },
    expect: [], nearMiss: ['no-situation-number'],
    note: '"one in nine" (11%, as the pitch says).',
  },
  {
    id: 'h-p-nosit-nm-06', industry: 'finance', spelling: 'en-US',
    pitch: { ...wires, situation: ["Eighteen analysts spend their whole day clearing wire exceptions by hand."] },
    expect: [], nearMiss: ['no-situation-number'],
    note: 'Number word "Eighteen" (the pitch says 18).',
  },
  {
    id: 'h-p-nosit-nm-07', industry: 'software', spelling: 'en-US',
    pitch: {
      ...crashFix,
      situation: [
        "One player in five who reaches level nine hits the boss-fight crash.",
        "Weekly players have fallen steadily since the spring patch.",
      ],
    },
    expect: [], nearMiss: ['no-situation-number'],
    note: '"One ... in five" in words.',
  },

  // ───────────────────────── pitch-too-long: fires ─────────────────────────
  {
    id: 'h-p-long-01', industry: 'logistics', spelling: 'en-GB',
    pitch: say(luton, "Morning delays at Luton start with our first six flights of the day. About one morning in four they leave late, and because the same aircraft and crews fly again straight after, the delay knocks on to 40 flights and costs us £9,000 in crew overtime that day. Passengers on the afternoon flights have no idea the cause was a late tug at six in the morning. We looked at the causes over the last year. Most of the time the aircraft sat on a remote stand and the tow came late, or boarding took too long through one door. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift whose only job is the first wave. That cuts morning delays by a third by the end of October and saves about £1.1 million a year in overtime. To do it we need two more tow tractors, so I'm asking you to approve £180,000 for them by 15 June."),
    expect: ['pitch-too-long'],
    note: '178 words at a 60 s target (limit 154).',
  },
  {
    id: 'h-p-long-02', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(textGiving, spoken(textGiving), 30),
    expect: ['pitch-too-long'],
    note: 'The clean charity pitch (96 words) against a 30 s target (limit 77).',
  },
  {
    id: 'h-p-long-03', industry: 'logistics', spelling: 'en-GB',
    pitch: say(berth, "Last year we turned away 31 ship calls worth £4.2 million in fees, because the outer berth is too shallow. The new 14,000-box ships need 14 metres of water, and at low tide we have 12.5. The shipping lines did not wait for us. They sent those ships to Rotterdam and Antwerp, and the cargo reached Britain on smaller feeder ships instead of coming straight here. Our plan is to dredge the berth to 15 metres in November, when the port is quietest and the dredger is cheapest to hire. From March 2026 the biggest ships can come alongside at any tide, and that £4.2 million comes back every year. I'm asking you to approve £2.3 million by 30 September, so we can book the dredger in time.", 45),
    expect: ['pitch-too-long'],
    note: '128 words at a 45 s target (limit 115).',
  },
  {
    id: 'h-p-long-04', industry: 'finance', spelling: 'en-GB',
    pitch: say(conveyancing, "We lose about one conveyancing quote in three to online firms, and when we ask buyers why, almost all of them say price. The online firms charge £950 fixed and show it on the first page of their website. Our hourly fees average £1,450 a sale, and we cannot tell a buyer the final figure until the sale completes. For a first-time buyer on a tight budget, that is the end of the conversation. Estate agents know this, and more of them now send their buyers straight to the online firms. At the same time, our solicitors spend about a third of each file on searches and ID checks, which a trained paralegal does just as well for half the cost. The plan has two parts. First, we offer a £1,100 fixed fee on standard freehold sales, which sits close enough to the online price to win back the buyers who want a local firm they can visit. Second, we move searches and ID checks to two paralegals in Sheffield, so our solicitors spend their time on the legal work that clients pay us for. The complex sales, leaseholds and probate, stay on hourly rates, because that is where we already win most of our quotes and where the online firms struggle. That wins us 600 more sales a year by the end of 2026, worth £660,000 in fees. I need you to agree the fixed fee and let me hire the two paralegals by 1 September.", 90),
    expect: ['pitch-too-long'],
    note: '247 words at a 90 s target (limit 231).',
  },
  {
    id: 'h-p-long-05', industry: 'finance', spelling: 'en-US',
    pitch: say(wires, "Our payments team clears about 1,200 wire exceptions a day by hand, at around seven minutes each. That's 18 analysts doing nothing else, all day, every day. An exception is a wire that arrives without a clean match to an invoice, so an analyst has to look up the supplier, find the invoice and check the amount. The work is slow, it is dull, and people leave the team because of it. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them before anyone sees them. Only the wires that fail the rule go to an analyst. We ran the rule over three months of old wires, and it cleared a third of them with no errors. By the end of Q3, manual exceptions fall to 800 a day, and in October six analysts move to fraud work, where we are short of people. I'm asking you to approve $260,000 for the rule and two months of vendor support by May 30."),
    expect: ['pitch-too-long'],
    note: '171 words at a 60 s target (limit 154).',
  },
  {
    id: 'h-p-long-06', industry: 'software', spelling: 'en-US',
    pitch: say(crashFix, spoken(crashFix), 30),
    expect: ['pitch-too-long'],
    note: 'The clean gaming pitch (90 words) against a 30 s target (limit 77).',
  },
  {
    id: 'h-p-long-07', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(spares, "Today the Army buys vehicle spares through 140 separate orders a year, from more than a dozen suppliers, each with its own forms and its own prices. A broken gearbox waits 68 days on average for its parts, and while it waits, the vehicle sits in the workshop and the unit trains without it. Workshops spend hours chasing orders across three different desks, and nobody can tell them when a part will arrive. We want one five-year contract for both fleets, with the supplier keeping the 30 most-used parts on the shelf at the Donnington depot. Each workshop gets one contact who answers the same day. The supplier earns a bonus only when waits fall, and loses part of its fee when they do not. That halves the wait to 34 days by April 2027 and saves £11 million over the five years. I need you to sign off the tender at the 12 June board, so the new contract can start on time."),
    expect: ['pitch-too-long'],
    note: '164 words at a 60 s target (limit 154).',
  },

  // ───────────────────────── pitch-too-long: near misses ─────────────────────────
  {
    id: 'h-p-long-nm-01', industry: 'utilities', spelling: 'en-GB',
    pitch: say(millbrook, "Millbrook had 212 burst mains last year, more than anywhere else in our region, and each one left about 300 homes without water for nine hours. Most bursts happen at night. Demand drops, the pressure in the old iron pipes climbs, and the weakest joints give way. Customers wake up to dry taps, and our crews spend the morning digging up the road. We plan to fit 46 smart valves across the network. They lower night pressure by a fifth when demand drops and raise it again before the morning rush. We ran the same valves at Eastfield in 2023, and bursts there fell by almost half. At Millbrook, that takes bursts down to under 110 a year by March 2027 and saves 1.4 million litres of water a day. I'm asking the board to approve £2.6 million from next year's capital budget on 9 July."),
    expect: [], nearMiss: ['pitch-too-long'],
    note: '146 words at a 60 s target: under the 154-word limit.',
  },
  {
    id: 'h-p-long-nm-02', industry: 'education', spelling: 'en-GB',
    pitch: say(enrolment, "Last September, 6,500 new students queued to enrol in person in a single week. The queue at the student hub peaked at four hours. It ran out of the door, round the library and into the rain, and 900 students gave up and went home. Some of them came back the next day. Some never came back at all, and we lost their fees along with them. Those who stayed told us the same thing in the survey: the wait was the worst part of their first week. Most of what happens at the hub does not need a person. Students show a passport, confirm their course and pick a payment plan, and all of that works online. This year we want students to enrol online from 1 August and upload their ID documents before they travel. Only students who need a face-to-face check, such as those with visa questions, will come to the hub, and the hub team can spend real time with them. That brings the longest queue down to forty minutes, and four in five students finish enrolling before they arrive on campus. To build the portal in time, I need two developers from the IT team from 2 June to 25 July.", 90),
    expect: [], nearMiss: ['pitch-too-long'],
    note: '206 words at a 90 s target: long, but under the 231-word limit (and over 105).',
  },
  {
    id: 'h-p-long-nm-03', industry: 'energy', spelling: 'en-US',
    pitch: say(crusher, "Our haul trucks at the north pit wait about 50 minutes every shift to tip at the crusher. We want to build a second feed hopper and split the trucks between the two. By November, waiting time falls to under ten minutes a shift, and we save $2.4 million a year in diesel and driver time. I'm asking the capital committee to approve $3.1 million for the hopper on July 22.", 30),
    expect: [], nearMiss: ['pitch-too-long', 'pitch-too-short'],
    note: '71 words at a 30 s target: under the 77-word limit, over 35.',
  },
  {
    id: 'h-p-long-nm-04', industry: 'telecom', spelling: 'en-US',
    pitch: say(paywall, "About 400,000 people read the Courier online every month, and only 3,100 of them pay anything. Print sales fall about 9% a year, and ads no longer fill the gap. Every other paper in the group has a paywall now, and the ones that moved first are doing best. We want to give readers five free articles a month, then ask them to subscribe at a $4 starter price for the first year. That adds 12,000 digital subscribers by next June and $580,000 a year in revenue. I'm asking you to approve $220,000 for the build and two audience editors by August 1.", 45),
    expect: [], nearMiss: ['pitch-too-long'],
    note: '103 words at a 45 s target: under the 115-word limit.',
  },
  {
    id: 'h-p-long-nm-05', industry: 'construction', spelling: 'en-US',
    pitch: say(leasing, "Eleven percent of the units in our 14 Phoenix buildings are empty, twice the market average. Part of the reason is speed. Today an applicant fills in a paper form, our agent types it into the tenant system, and someone runs a credit check by hand. Approval takes five days. Good applicants do not wait five days. They sign somewhere else, and we show the apartment again the next weekend. We want to move applications and credit checks onto the tenant portal, which we already pay for, and let agents approve standard cases the same day. Agents stop typing and spend that time on showings and renewals. Approval time drops to two days by October, and vacancy falls to 7% by next March. I'm asking for $140,000 and one developer on the portal from June 2 to September 30."),
    expect: [], nearMiss: ['pitch-too-long'],
    note: '139 words at a 60 s target: under 154.',
  },
  {
    id: 'h-p-long-nm-06', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(textGiving, spoken(textGiving), 45),
    expect: [], nearMiss: ['pitch-too-long'],
    note: 'The clean charity pitch (96 words) against a 45 s target: under the 115-word limit (the same text is too long at 30 s).',
  },

  // ───────────────────────── pitch-too-short: fires ─────────────────────────
  {
    id: 'h-p-short-01', industry: 'logistics', spelling: 'en-GB',
    pitch: say(luton, "Our first six flights leave Luton late one morning in four, and the delay spreads all day. Towing them to the gate overnight cuts morning delays by a third by the end of October. I'm asking you to approve £180,000 for two tow tractors by 15 June."),
    expect: ['pitch-too-short'],
    note: '47 words at a 60 s target (under 70).',
  },
  {
    id: 'h-p-short-02', industry: 'retail', spelling: 'en-GB',
    pitch: say(pharmacyStock, spoken(pharmacyStock), 90),
    expect: ['pitch-too-short'],
    note: 'The clean pharmacy pitch (83 words) against a 90 s target (under 105).',
  },
  {
    id: 'h-p-short-03', industry: 'logistics', spelling: 'en-GB',
    pitch: say(berth, "We turn away 31 big-ship calls a year because the outer berth is too shallow. Dredging it this winter wins back £4.2 million a year from March 2026. I'm asking you to approve £2.3 million by 30 September.", 45),
    expect: ['pitch-too-short'],
    note: '38 words at a 45 s target (under 52.5).',
  },
  {
    id: 'h-p-short-04', industry: 'finance', spelling: 'en-GB',
    pitch: say(conveyancing, "A £1,100 fixed fee wins us 600 more house sales a year by the end of 2026. Please agree it, and let me hire two Sheffield paralegals by 1 September.", 30),
    expect: ['pitch-too-short'],
    note: '30 words at a 30 s target (under 35).',
  },
  {
    id: 'h-p-short-05', industry: 'finance', spelling: 'en-US',
    pitch: say(wires, "Our analysts clear 1,200 wire exceptions a day by hand. A simple matching rule cuts that to 800 a day by the end of Q3 and frees six analysts for fraud work in October. I'm asking you to approve $260,000 for the rule and vendor support by May 30."),
    expect: ['pitch-too-short'],
    note: '49 words at a 60 s target (under 70).',
  },
  {
    id: 'h-p-short-06', industry: 'software', spelling: 'en-US',
    pitch: say(crashFix, spoken(crashFix), 90),
    expect: ['pitch-too-short'],
    note: 'The clean gaming pitch (90 words) against a 90 s target (under 105).',
  },
  {
    id: 'h-p-short-07', industry: 'education', spelling: 'en-GB',
    pitch: say(enrolment, "Last September 900 new students gave up on the four-hour enrolment queue. Online enrolment from 1 August brings the longest queue down to forty minutes, and four in five students finish before they arrive. I need two developers from the IT team from 2 June to 25 July."),
    expect: ['pitch-too-short'],
    note: '48 words at a 60 s target (under 70).',
  },

  // ───────────────────────── pitch-too-short: near misses ─────────────────────────
  {
    id: 'h-p-short-nm-01', industry: 'utilities', spelling: 'en-GB',
    pitch: say(millbrook, "Millbrook had 212 burst mains last year. Forty-six smart valves cut night pressure and bring bursts under 110 a year by March 2027, saving 1.4 million litres a day. I'm asking the board to approve £2.6 million on 9 July.", 30),
    expect: [], nearMiss: ['pitch-too-short'],
    note: '40 words at a 30 s target: at least 35.',
  },
  {
    id: 'h-p-short-nm-02', industry: 'energy', spelling: 'en-US',
    pitch: say(crusher, "Our haul trucks at the north pit wait about 50 minutes every shift to tip at the crusher, because the trucks bring more ore than one feed can take. We want to build a second feed hopper on the east side and split the trucks between the two. By November, waiting time falls to under ten minutes a shift, and we save $2.4 million a year. I'm asking the capital committee to approve $3.1 million on July 22."),
    expect: [], nearMiss: ['pitch-too-short'],
    note: '78 words at a 60 s target: at least 70.',
  },
  {
    id: 'h-p-short-nm-03', industry: 'telecom', spelling: 'en-US',
    pitch: say(paywall, "About 400,000 people read the Courier online every month, and only 3,100 of them pay. Print sales fall about 9% a year, and ads no longer fill the gap. We have already cut costs twice, and we cannot cut much more without closing the newsroom. Readers value the local news, and the numbers show it: half of our online visitors come back every week. We want to give readers five free articles a month, then ask them to subscribe at a $4 starter price. That adds 12,000 digital subscribers by next June and $580,000 a year in revenue. I'm asking you to approve $220,000 for the build and two audience editors by August 1.", 90),
    expect: [], nearMiss: ['pitch-too-short'],
    note: '114 words at a 90 s target: at least 105.',
  },
  {
    id: 'h-p-short-nm-04', industry: 'construction', spelling: 'en-US',
    pitch: say(leasing, "Eleven percent of the units in our 14 Phoenix buildings are empty, twice the market average, partly because approval takes five days. Moving applications onto the tenant portal cuts that to two days by October and brings vacancy down to 7% by next March. I'm asking for $140,000 and one developer from June 2 to September 30.", 45),
    expect: [], nearMiss: ['pitch-too-short'],
    note: '57 words at a 45 s target: at least 52.5.',
  },
  {
    id: 'h-p-short-nm-05', industry: 'public-sector', spelling: 'en-GB',
    pitch: { ...spares, pitch: { text: '', targetSeconds: 60 } },
    expect: [], nearMiss: ['pitch-too-short', 'pitch-missing-ask', 'pitch-missing-metric'],
    note: 'No pitch text at all: pitch-too-short applies only when there is text.',
  },
  {
    id: 'h-p-short-nm-06', industry: 'manufacturing', spelling: 'en-GB',
    pitch: say(coldStore, "Our growers lose one tonne of strawberries in eight before the fruit reaches the cold store. A second store at Ely cuts that to one in 25 by the end of the 2026 season. Please back it with £850,000 from the co-op reserve on 3 March.", 30),
    expect: [], nearMiss: ['pitch-too-short'],
    note: '46 words at a 30 s target: at least 35.',
  },
  {
    id: 'h-p-short-nm-07', industry: 'public-sector', spelling: 'en-GB',
    pitch: withoutPitch(textGiving),
    expect: [], nearMiss: ['pitch-too-short', 'pitch-missing-ask', 'pitch-missing-metric'],
    note: 'No elevator pitch object: none of the pitch-* rules apply.',
  },

  // ───────────────────────── pitch-missing-metric: fires ─────────────────────────
  {
    id: 'h-p-nometricsaid-01', industry: 'logistics', spelling: 'en-GB',
    pitch: say(luton, "Our first six flights from Luton leave late about one morning in four. When they do, the delay knocks on to 40 flights and costs £9,000 in crew overtime that day. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift. Mornings run on time far more often, and the overtime bill shrinks with them. To do it we need two more tow tractors, so I'm asking you to approve £180,000 for them by 15 June."),
    expect: ['pitch-missing-metric'],
    note: 'The pitch has situation numbers and the ask, but none of the outcome\'s (a third, October, £3,000 a day, £1.1M).',
  },
  {
    id: 'h-p-nometricsaid-02', industry: 'energy', spelling: 'en-US',
    pitch: say(crusher, "At the north pit, our haul trucks queue at the crusher on every shift, burning diesel while the drivers sit and wait. The crusher cannot take ore as fast as the trucks bring it. We want to build a second feed hopper on the east side and split the trucks between the two, so the queue clears and the trucks keep moving. That saves a lot of fuel and driver time. I'm asking the capital committee to approve $3.1 million for the hopper on July 22."),
    expect: ['pitch-missing-metric'],
    note: 'Only the ask amount and date; no outcome number.',
  },
  {
    id: 'h-p-nometricsaid-03', industry: 'manufacturing', spelling: 'en-GB',
    pitch: say(coldStore, "Our growers lose too much of their fruit between the field and the cold store. On a peak day the Ely store is full by eleven, and lorries sit in the yard for hours while the strawberries warm up. We want to build a second cold store next to the packhouse and give every farm a fixed drop-off slot. Less fruit goes to waste, and growers sell more of what they pick. Please back it with £850,000 from the co-op reserve at the 3 March members' meeting."),
    expect: ['pitch-missing-metric'],
    note: 'No outcome number (one in 25, 2026, £1.3M) in any form.',
  },
  {
    id: 'h-p-nometricsaid-04', industry: 'retail', spelling: 'en-GB',
    pitch: say(pharmacyStock, "Our 212 pharmacies throw away a worrying amount of out-of-date stock every year, mostly creams and inhalers that branches reorder out of habit and then never sell. We want to switch those slow lines to weekly orders that follow last month's sales, and let branches swap surplus stock on the central van run. Waste falls sharply, and the money goes back into the branches. I'm asking you to approve £75,000 for the ordering software and one stock planner, starting in April."),
    expect: ['pitch-missing-metric'],
    note: '212 is a situation number; the outcome\'s £1.6M, £600K and 2026 are not said.',
  },
  {
    id: 'h-p-nometricsaid-05', industry: 'finance', spelling: 'en-US',
    pitch: say(wires, "Our payments team clears wire exceptions by hand all day, at around seven minutes each. That's 18 analysts doing nothing else. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them, and only the ones that fail go to an analyst. The manual pile shrinks, and some of the team move across to fraud work, where we are short of people. I'm asking you to approve $260,000 for the rule and two months of vendor support by May 30."),
    expect: ['pitch-missing-metric'],
    note: 'Seven minutes and 18 analysts are situation figures; 1,200, 800, Q3, six and October are not said.',
  },
  {
    id: 'h-p-nometricsaid-06', industry: 'software', spelling: 'en-US',
    pitch: say(crashFix, "Since the March patch, weekly players have dropped from 62,000 to 51,000. Most of that is one bug: one in five players who reach level nine crash out in the boss fight, and many never come back. We want three engineers on it for a four-week sprint, and a hotfix instead of waiting for the summer update. That brings a good share of those players back, and the revenue with them. I need three engineers from the live team from May 12 to June 6."),
    expect: ['pitch-missing-metric'],
    note: 'Plenty of numbers, all from the situation and ask; none of the outcome\'s (55,000, July, $90,000).',
  },
  {
    id: 'h-p-nometricsaid-07', industry: 'utilities', spelling: 'en-GB',
    pitch: say(millbrook, "Millbrook has more burst mains than anywhere else in our region, and every burst leaves a whole street without water for hours. Most bursts happen at night, when demand drops and the pressure in the pipes climbs. We plan to fit smart valves across the network that lower night pressure when demand drops, and raise it again before the morning. Bursts fall sharply, and we lose far less water. I'm asking the board to approve £2.6 million from next year's capital budget on 9 July."),
    expect: ['pitch-missing-metric'],
    note: 'No outcome number (212, 110, March 2027, 1.4 million litres) in any form.',
  },

  // ───────────────────────── pitch-missing-metric: near misses ─────────────────────────
  {
    id: 'h-p-nometricsaid-nm-01', industry: 'logistics', spelling: 'en-GB',
    pitch: say(luton, "Our first six flights from Luton leave late about one morning in four, and the delay knocks on to 40 flights that day. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift. By the end of October that saves three thousand pounds a day in crew overtime. To do it we need two more tow tractors, so I'm asking you to approve £180,000 for them by 15 June."),
    expect: [], nearMiss: ['pitch-missing-metric'],
    note: '"three thousand pounds a day" is the outcome\'s £3,000 a day, in words.',
  },
  {
    id: 'h-p-nometricsaid-nm-02', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(textGiving, "We have 4,200 regular donors, and that number has fallen every year since 2021. Street fundraising costs us £140 for each new donor, and half of them cancel within a year. We want to put a text-to-give number on every shop till and collection tin, then follow each gift with a thank-you text and a one-tap monthly option. By December 2026 that gives us twice as many regular donors, and each new donor costs a quarter of what they cost now. I'm asking you to approve £95,000 for the platform and a two-person digital team by 31 May."),
    expect: [], nearMiss: ['pitch-missing-metric'],
    note: '"twice as many" = 4,200 to 8,400; "a quarter" = £140 to £35.',
  },
  {
    id: 'h-p-nometricsaid-nm-03', industry: 'telecom', spelling: 'en-US',
    pitch: say(paywall, "About 400,000 people read the Courier online every month, and hardly any of them pay. Print sales fall about 9% a year, and ads no longer fill the gap. We want to give readers five free articles a month, then ask them to subscribe at a $4 starter price. That brings in five hundred and eighty thousand dollars a year in new subscription revenue. I'm asking you to approve $220,000 for the build and two audience editors by August 1."),
    expect: [], nearMiss: ['pitch-missing-metric'],
    note: '"five hundred and eighty thousand dollars a year" = $580,000 a year.',
  },
  {
    id: 'h-p-nometricsaid-nm-04', industry: 'manufacturing', spelling: 'en-GB',
    pitch: say(coldStore, "Our growers lose one tonne of strawberries in eight between the field and the cold store. On a peak day the Ely store is full by eleven, and lorries sit in the yard for hours while the fruit warms up. We want to build a second cold store next to the packhouse and give every farm a fixed drop-off slot. By the end of the 2026 season, waste falls to four per cent of the crop. Please back it with £850,000 from the co-op reserve at the 3 March members' meeting."),
    expect: [], nearMiss: ['pitch-missing-metric'],
    note: '"four per cent" = "one tonne in 25".',
  },
  {
    id: 'h-p-nometricsaid-nm-05', industry: 'finance', spelling: 'en-US',
    pitch: say(wires, "Our payments team clears wire exceptions by hand all day, at around seven minutes each. That's 18 analysts doing nothing else. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them, and only the ones that fail go to an analyst. By the end of the third quarter we have a third fewer manual exceptions, and the analysts we free up move to fraud work. I'm asking you to approve $260,000 for the rule and two months of vendor support by May 30."),
    expect: [], nearMiss: ['pitch-missing-metric'],
    note: '"a third fewer" = 1,200 to 800; "the third quarter" = Q3.',
  },
  {
    id: 'h-p-nometricsaid-nm-06', industry: 'logistics', spelling: 'en-GB',
    pitch: say(berth, "Last year we turned away 31 ship calls because the outer berth is too shallow for the new 14,000-box ships. They need 14 metres of water, and we have 12.5 at low tide. We plan to dredge the berth to 15 metres in November, when the port is quietest. Once the big ships come back, port fees rise by four point two million pounds a year. I'm asking you to approve £2.3 million by 30 September, so we can book the dredger in time."),
    expect: [], nearMiss: ['pitch-missing-metric'],
    note: '"four point two million pounds a year" = £4.2M a year.',
  },
  {
    id: 'h-p-nometricsaid-nm-07', industry: 'education', spelling: 'en-GB',
    pitch: say(enrolment, "Last September, 6,500 new students queued to enrol in person in a single week, and 900 of them gave up and went home. This year we want them to enrol online from 1 August and upload their ID documents before they travel. Only students who need a face-to-face check will come to the hub. That way, 80% of students finish enrolling before they arrive on campus, and the hub queue stays short. To build the portal, I need two developers from the IT team from 2 June to 25 July."),
    expect: [], nearMiss: ['pitch-missing-metric'],
    note: '"80%" = "four in five".',
  },

  // ───────────────────────── pitch-missing-ask: fires ─────────────────────────
  {
    id: 'h-p-noask-01', industry: 'logistics', spelling: 'en-GB',
    pitch: say(luton, "Morning delays at Luton start with our first six flights. About one morning in four they leave late, and the knock-on hits 40 flights and costs £9,000 in crew overtime that day. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift. That cuts morning delays by a third by the end of October and saves about £1.1 million a year in overtime. It needs two more tow tractors, which cost £180,000, and they can be working by the autumn."),
    expect: ['pitch-missing-ask'],
    note: 'States the cost but never asks for it.',
  },
  {
    id: 'h-p-noask-02', industry: 'education', spelling: 'en-GB',
    pitch: say(enrolment, "Last September, 6,500 new students queued to enrol in person in a single week. The queue at the student hub peaked at four hours, and 900 of them gave up and went home. This year we want them to enrol online from 1 August and upload their ID documents before they travel. Only students who need a face-to-face check will come to the hub. That brings the longest queue down to forty minutes, and four in five students finish enrolling before they arrive. The portal build runs from 2 June to 25 July, with two developers from the IT team."),
    expect: ['pitch-missing-ask'],
    note: 'Describes the resourcing as a fact; no request.',
  },
  {
    id: 'h-p-noask-03', industry: 'logistics', spelling: 'en-GB',
    pitch: say(berth, "Last year we turned away 31 ship calls worth £4.2 million in fees, because the outer berth is too shallow. The new 14,000-box ships need 14 metres of water, and we have 12.5 at low tide. We plan to dredge the berth to 15 metres in November, when the port is quietest. From March 2026 the biggest ships can come alongside, and that £4.2 million comes back every year. The dredging itself costs £2.3 million, and the dredger books up by the end of September."),
    expect: ['pitch-missing-ask'],
  },
  {
    id: 'h-p-noask-04', industry: 'finance', spelling: 'en-GB',
    pitch: say(conveyancing, "We lose about one conveyancing quote in three to online firms, and almost always on price. They charge £950 fixed, while our hourly fees average £1,450 a sale. I want to offer a £1,100 fixed fee on standard freehold sales, and move searches and ID checks to two paralegals in Sheffield. That wins us 600 more sales a year by the end of 2026, worth £660,000 in fees. The new fee and the two paralegals can both start on 1 September."),
    expect: ['pitch-missing-ask'],
    note: '"I want to offer" describes the plan; nothing is asked of the listener.',
  },
  {
    id: 'h-p-noask-05', industry: 'retail', spelling: 'en-GB',
    pitch: say(pharmacyStock, "Every year our 212 pharmacies throw away £1.6 million of out-of-date stock, mostly creams and inhalers that branches reorder out of habit. We want to switch those slow lines to weekly orders that follow last month's sales, and let branches swap surplus stock on the central van run. That brings waste down to £600,000 a year by the end of 2026, a saving of £1 million. I'll bring the detailed plan to the April meeting."),
    expect: ['pitch-missing-ask'],
  },
  {
    id: 'h-p-noask-06', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(spares, "Today the Army buys vehicle spares through 140 separate orders a year, and a broken gearbox waits 68 days on average for its parts. We want one five-year contract for both fleets, with the supplier keeping the 30 most-used parts at the Donnington depot. Crews stop waiting on one-off orders, and the depot always has the common parts in stock. That halves the wait to 34 days by April 2027 and saves £11 million over the five years. The tender goes to the 12 June board."),
    expect: ['pitch-missing-ask'],
  },
  {
    id: 'h-p-noask-07', industry: 'telecom', spelling: 'en-US',
    pitch: say(paywall, "About 400,000 people read the Courier online every month, and only 3,100 of them pay. Print sales fall about 9% a year, and ads no longer fill the gap. We want to give readers five free articles a month, then ask them to subscribe at a $4 starter price. That adds 12,000 digital subscribers by next June and $580,000 a year in revenue. We have budgeted $220,000 for the build and two audience editors."),
    expect: ['pitch-missing-ask'],
    note: '"ask them to subscribe" is about readers, not a request to the listener.',
  },

  // ───────────────────────── pitch-missing-ask: near misses ─────────────────────────
  {
    id: 'h-p-noask-nm-01', industry: 'utilities', spelling: 'en-GB',
    pitch: say(millbrook, "Millbrook had 212 burst mains last year, more than anywhere else in our region, and each one left about 300 homes without water for nine hours. Most bursts happen at night, when demand drops and the pressure in the pipes climbs. We plan to fit 46 smart valves that lower night pressure by a fifth. That takes bursts down to under 110 a year by March 2027 and saves 1.4 million litres of water a day. Can the board approve £2.6 million from next year's capital budget on 9 July?"),
    expect: [], nearMiss: ['pitch-missing-ask'],
    note: 'Request as a question.',
  },
  {
    id: 'h-p-noask-nm-02', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(textGiving, "We have 4,200 regular donors, and that number has fallen every year since 2021. Street fundraising costs us £140 for each new donor, and half of them cancel within a year. We want to put a text-to-give number on every shop till and collection tin, then follow each gift with a thank-you text and a one-tap monthly option. That doubles our regular donors to 8,400 by December 2026 and brings the cost of a new donor down to £35. What I need from you is a yes on the £95,000 by 31 May."),
    expect: [], nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h-p-noask-nm-03', industry: 'energy', spelling: 'en-US',
    pitch: say(crusher, "At the north pit, our haul trucks wait about 50 minutes every shift to tip at the crusher. The crusher takes 2,100 tons an hour and the trucks bring 2,600, so the line never clears. We want to build a second feed hopper on the east side and split the trucks between the two. By November, waiting time falls to under ten minutes a shift, and we save $2.4 million a year in diesel and driver time. Please back the $3.1 million hopper at the July 22 committee."),
    expect: [], nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h-p-noask-nm-04', industry: 'construction', spelling: 'en-US',
    pitch: say(leasing, "Eleven percent of the units in our 14 Phoenix buildings are empty, twice the market average. Part of the reason is speed. Our agents re-key every paper application, and approval takes five days, so good applicants sign somewhere else first. We want to move applications and credit checks onto the tenant portal and let agents approve standard cases the same day. Approval time drops to two days by October, and vacancy falls to 7% by next March. Will you approve $140,000 and one developer for the portal, from June 2 to September 30?"),
    expect: [], nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h-p-noask-nm-05', industry: 'finance', spelling: 'en-US',
    pitch: say(wires, "Our payments team clears about 1,200 wire exceptions a day by hand, at around seven minutes each. That's 18 analysts doing nothing else. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them, and only the ones that fail go to an analyst. By the end of Q3, manual exceptions fall to 800 a day, and in October six analysts move to fraud work. Your approval of $260,000 by May 30 gets the build started."),
    expect: [], nearMiss: ['pitch-missing-ask'],
    note: '"Your approval of $260,000 by May 30" is the request.',
  },
  {
    id: 'h-p-noask-nm-06', industry: 'software', spelling: 'en-US',
    pitch: say(crashFix, "Since the March patch, weekly players have dropped from 62,000 to 51,000. Most of that is one bug: one in five players who reach level nine crash out in the boss fight, and many never come back. We want three engineers on it for a four-week sprint, and a hotfix instead of waiting for the summer update. That wins back 4,000 players a week by the end of July, worth about $90,000 a month in revenue. We need a decision this week on the three engineers, so the sprint can start on May 12."),
    expect: [], nearMiss: ['pitch-missing-ask'],
  },
  {
    id: 'h-p-noask-nm-07', industry: 'manufacturing', spelling: 'en-GB',
    pitch: say(coldStore, "I'm asking you to back a second cold store at Ely with £850,000 from the co-op reserve at the 3 March members' meeting. Here is why. Our growers lose one tonne of strawberries in eight between the field and the cold store, and on a peak day lorries sit in the yard for hours while the fruit warms up. With a second store and a fixed drop-off slot for every farm, waste falls to one tonne in 25 by the end of the 2026 season, and growers sell about £1.3 million more fruit a year."),
    expect: [], nearMiss: ['pitch-missing-ask'],
    note: 'The request comes first instead of last; it is still made.',
  },

  // ───────────────────────── pitch-contradicts-slide: fires ─────────────────────────
  {
    id: 'h-p-contra-01', industry: 'logistics', spelling: 'en-GB',
    pitch: say(luton, "Morning delays at Luton start with our first six flights. About one morning in four they leave late, and the knock-on hits 40 flights and costs £9,000 in crew overtime that day. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift. That cuts morning delays by a third by the end of October and saves about £1.1 million a year in overtime. To do it we need two more tow tractors, so I'm asking you to approve £250,000 for them by 15 June."),
    expect: ['pitch-contradicts-slide'],
    note: 'Pitch asks for £250,000; the slide ask is £180K.',
  },
  {
    id: 'h-p-contra-02', industry: 'utilities', spelling: 'en-GB',
    pitch: say(millbrook, "Millbrook had 212 burst mains last year, more than anywhere else in our region, and each one left about 300 homes without water for nine hours. Most bursts happen at night, when demand drops and the pressure in the pipes climbs. We plan to fit 46 smart valves that lower night pressure by a fifth. That takes bursts down to under 110 a year by March 2028 and saves 1.4 million litres of water a day. I'm asking the board to approve £2.6 million from next year's capital budget on 9 July."),
    expect: ['pitch-contradicts-slide'],
    note: 'March 2028 in the pitch, March 2027 on the slide.',
  },
  {
    id: 'h-p-contra-03', industry: 'education', spelling: 'en-GB',
    pitch: say(enrolment, "Last September, 6,500 new students queued to enrol in person in a single week. The queue at the student hub peaked at four hours, and 900 of them gave up and went home. This year we want them to enrol online from 1 August and upload their ID documents before they travel. Only students who need a face-to-face check will come to the hub. That brings the longest queue down to forty minutes, and four in five students finish enrolling before they arrive. To build the portal, I need three developers from the IT team from 2 June to 25 July."),
    expect: ['pitch-contradicts-slide'],
    note: 'Three developers in the pitch, two in the ask.',
  },
  {
    id: 'h-p-contra-04', industry: 'finance', spelling: 'en-GB',
    pitch: say(conveyancing, "We lose about one conveyancing quote in three to online firms, and almost always on price. They charge £950 fixed, while our hourly fees average £1,450 a sale. I want to offer a £1,100 fixed fee on standard freehold sales, and move searches and ID checks to two paralegals in Sheffield. That wins us 600 more sales a year by the end of 2026, worth £660,000 a month in fees. I need you to agree the fixed fee and let me hire the two paralegals by 1 September."),
    expect: ['pitch-contradicts-slide'],
    note: 'Same figure, wrong period: £660,000 a month in the pitch, £660,000 a year on the slide (twelve times as much).',
  },
  {
    id: 'h-p-contra-05', industry: 'finance', spelling: 'en-US',
    pitch: say(wires, "Our payments team clears about 1,200 wire exceptions a day by hand, at around seven minutes each. That's 18 analysts doing nothing else. Many of those wires match an invoice on amount, date and reference, so a simple rule can clear them, and only the ones that fail go to an analyst. By the end of Q3, manual exceptions fall to 600 a day, and in October six analysts move to fraud work. I'm asking you to approve $260,000 for the rule and two months of vendor support by May 30."),
    expect: ['pitch-contradicts-slide'],
    note: '600 a day in the pitch, 800 a day on the slide.',
  },
  {
    id: 'h-p-contra-06', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(spares, "Today the Army buys vehicle spares through 140 separate orders a year, and a broken gearbox waits 68 days on average for its parts. We want one five-year contract for both fleets, with the supplier keeping the 30 most-used parts at the Donnington depot. Crews stop waiting on one-off orders, and the depot always has the common parts in stock. That cuts the wait from 68 days to three weeks by April 2027 and saves £11 million over the five years. I need you to sign off the tender at the 12 June board."),
    expect: ['pitch-contradicts-slide'],
    note: 'Three weeks (21 days) in the pitch, 34 days on the slide.',
  },
  {
    id: 'h-p-contra-07', industry: 'manufacturing', spelling: 'en-GB',
    pitch: say(coldStore, "Our growers lose one tonne of strawberries in eight between the field and the cold store. On a peak day the Ely store is full by eleven, and lorries sit in the yard for hours while the fruit warms up. We want to build a second cold store next to the packhouse and give every farm a fixed drop-off slot. By the end of the 2026 season, waste falls to one tonne in 25, and growers sell about £1 million more fruit a year. Please back it with £850,000 from the co-op reserve at the 3 March members' meeting."),
    expect: ['pitch-contradicts-slide'],
    note: '"about £1 million" against £1.3M on the slide: "about" does not cover a 23% gap.',
  },
  {
    id: 'h-p-contra-08', industry: 'construction', spelling: 'en-US',
    pitch: say(leasing, "Eleven percent of the units in our 14 Phoenix buildings are empty, twice the market average. Part of the reason is speed. Our agents re-key every paper application, and approval takes five days, so good applicants sign somewhere else first. We want to move applications and credit checks onto the tenant portal and let agents approve standard cases the same day. Approval time drops to two days by October, and vacancy falls to 7% by next June. I'm asking for $140,000 and one developer on the portal from June 2 to September 30."),
    expect: ['pitch-contradicts-slide'],
    note: 'Vacancy target "by next June" in the pitch, "by next March" on the slide.',
  },
  {
    id: 'h-p-contra-09', industry: 'pharma', spelling: 'en-US',
    pitch: say(sequencer, "Our lab gets about 450 trial samples a week and sequences only 300, so the backlog grows every week. It now stands at six weeks, and two trial sponsors have complained. We want to lease a second sequencer and run it on a late shift, with two technicians we train from August. That brings the backlog down to two weeks by December and keeps both sponsor contracts, worth $3.8 million a year. I'm asking you to approve a $410,000 two-year lease and the two technician hires by July 15."),
    expect: ['pitch-contradicts-slide'],
    note: 'Backlog target two weeks (14 days) in the pitch, nine days on the slide.',
  },

  // ───────────────────────── pitch-contradicts-slide: near misses ─────────────────────────
  {
    id: 'h-p-contra-nm-01', industry: 'finance', spelling: 'en-GB',
    pitch: say(conveyancing, "We lose about one conveyancing quote in three to online firms, and almost always on price. They charge £950 fixed, while our hourly fees average £1,450 a sale. I want to offer a £1,100 fixed fee on standard freehold sales, and move searches and ID checks to two paralegals in Sheffield. That wins us 600 more sales a year by the end of 2026, worth £55,000 a month in fees. I need you to agree the fixed fee and let me hire the two paralegals by 1 September."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '£55,000 a month = £660,000 a year: the same value per month.',
  },
  {
    id: 'h-p-contra-nm-02', industry: 'public-sector', spelling: 'en-GB',
    pitch: say(spares, "Today the Army buys vehicle spares through 140 separate orders a year, and a broken gearbox waits 68 days on average for its parts. We want one five-year contract for both fleets, with the supplier keeping the 30 most-used parts at the Donnington depot. Crews stop waiting on one-off orders, and the depot always has the common parts in stock. That cuts the wait from 68 days to under five weeks by April 2027 and saves £11 million over the five years. I need you to sign off the tender at the 12 June board."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '"under five weeks" (under 35 days) agrees with 34 days.',
  },
  {
    id: 'h-p-contra-nm-03', industry: 'logistics', spelling: 'en-GB',
    pitch: say(luton, "Morning delays at Luton start with our first six flights. About one morning in four they leave late, and the knock-on hits 40 flights and costs £9,000 in crew overtime that day. The fix is simple. We tow those six aircraft to their gates the night before, board them from both doors, and put one more dispatcher on the early shift. That cuts morning delays by a third by the end of October and saves just over a million pounds a year in overtime. To do it we need two more tow tractors, so I'm asking you to approve £180,000 for them by 15 June."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '"just over a million pounds" for £1.1M: rounding within 10%.',
  },
  {
    id: 'h-p-contra-nm-04', industry: 'energy', spelling: 'en-US',
    pitch: say(crusher, "At the north pit, our 38 haul trucks run three shifts a day, and each one waits about 50 minutes a shift to tip at the crusher. The crusher takes 2,100 tons an hour and the trucks bring 2,600, so the line never clears. We want to build a second feed hopper on the east side and split the trucks between the two. By November, waiting time falls to under ten minutes a shift, and we save $2.4 million a year in diesel and driver time. I'm asking the capital committee to approve $3.1 million for the hopper on July 22."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '38 trucks and three shifts are figures for things the slide does not count.',
  },
  {
    id: 'h-p-contra-nm-05', industry: 'education', spelling: 'en-GB',
    pitch: say(enrolment, "Last September, 6,500 new students queued to enrol in person in a single week. The queue at the student hub peaked at four hours, and 900 of them gave up and went home. This year we want them to enrol online from 1 August and upload their ID documents before they travel. Only students who need a face-to-face check will come to the hub. That brings the longest queue down to 40 minutes, and eight in ten students finish enrolling before they arrive. To build the portal, I need two developers from the IT team from 2 June to 25 July."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '"40 minutes" = "forty minutes"; "eight in ten" = "four in five".',
  },
  {
    id: 'h-p-contra-nm-06', industry: 'retail', spelling: 'en-GB',
    pitch: say(pharmacyStock, "Every year our 212 pharmacies throw away £1.6 million of out-of-date stock, mostly creams and inhalers that branches reorder out of habit. We want to switch those slow lines to weekly orders that follow last month's sales, and let branches swap surplus stock on the central van run. That brings waste down to £50,000 a month by the end of 2026, a saving of £1 million a year. I'm asking you to approve £75,000 for the ordering software and one stock planner, starting in April."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '£50,000 a month = £600K a year.',
  },
  {
    id: 'h-p-contra-nm-07', industry: 'software', spelling: 'en-US',
    pitch: say(crashFix, "Since the March patch, weekly players have dropped from 62,000 to 51,000. Most of that is one bug: one in five players who reach level nine crash out in the boss fight, and many never come back. We want three engineers on it for a four-week sprint, and a hotfix instead of waiting for the summer update. That wins back 4,000 players a week by the end of July, worth about $1.1 million a year in revenue. I need three engineers from the live team from May 12 to June 6."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '"about $1.1 million a year" vs "$90,000 a month" ($1.08M a year): the same value.',
  },
  {
    id: 'h-p-contra-nm-08', industry: 'utilities', spelling: 'en-GB',
    pitch: say(millbrook, "Millbrook had 212 burst mains last year, more than anywhere else in our region, and each one left about 300 homes without water for nine hours. Most bursts happen at night, when demand drops and the pressure in the pipes climbs. We plan to fit 46 smart valves that lower night pressure by a fifth. That halves the number of bursts by March 2027 and saves 1.4 million litres of water a day. I'm asking the board to approve £2.6 million from next year's capital budget on 9 July."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '"halves" 212 gives 106, inside the slide\'s "under 110"; the 212 is the before figure of the same change.',
  },
  {
    id: 'h-p-contra-nm-09', industry: 'pharma', spelling: 'en-US',
    pitch: say(sequencer, "Our lab gets about 450 trial samples a week and sequences only 300, so the backlog grows every week. It now stands at six weeks, and two trial sponsors have complained. We want to lease a second sequencer and run it on a late shift, with two technicians we train from August. By December the backlog is down from 42 days to nine, and we keep both sponsor contracts, worth $3.8 million a year. I'm asking you to approve a $410,000 two-year lease and the two technician hires by July 15."),
    expect: [], nearMiss: ['pitch-contradicts-slide'],
    note: '42 days = six weeks, the before figure, said in days.',
  },
];
