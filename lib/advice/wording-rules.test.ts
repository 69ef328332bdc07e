import { describe, expect, test } from 'vitest';
import { analyzePitch } from './index';
import { cleanCouncilPitch, firedRules } from '@/test-support/council-pitch';

const inSituation = (sentence: string) => ({ ...cleanCouncilPitch(), situation: [sentence] });
const inPitch = (text: string) => ({ ...cleanCouncilPitch(), pitch: { text, targetSeconds: 30 as const } });

describe('headline-not-claim', () => {
  const withHeadline = (headline: string) => ({ ...cleanCouncilPitch(), headline });
  test.each([
    'Warehouse Modernisation Programme',
    'Q3 Retail Performance Review',
    'Cloud Migration Progress Report',
    'Patient Safety Initiative Status',
    'Mortgage origination platform: next steps',
  ])('fires on the label "%s"', (headline) => {
    expect(firedRules(withHeadline(headline), 'headline')).toContain('headline-not-claim');
  });

  test.each([
    'Q3 Results Beat Forecast By 12%',
    'Prefabricated frames shorten the build by six weeks',
    'Moving payroll to the cloud saves $400K a year',
    'Fraud losses halved after the pilot',
    'Approve the pilot to halve fraud losses',
    'Digital onboarding is live in all 40 branches',
  ])('does not fire on the claim "%s"', (headline) => {
    expect(firedRules(withHeadline(headline))).not.toContain('headline-not-claim');
  });
});

describe('passive-voice', () => {
  test.each([
    ['The budget was approved by the finance board', 'was approved'],
    ['New beds will be installed in the east wing', 'will be installed'],
    ['Orders have been delayed by the steel supplier', 'been delayed'],
    ['The contract is being reviewed by legal', 'is being reviewed'],
    ['Loan files are checked twice by two underwriters', 'are checked'],
    ['Two stores were closed in 2024', 'were closed'],
  ])('fires on "%s" and marks the verb', (sentence, words) => {
    const found = analyzePitch(inSituation(sentence)).findings.find((f) => f.rule === 'passive-voice');
    expect(found?.field).toBe('situation[0]');
    expect(sentence.slice(found!.start, found!.end)).toContain(words.split(' ').at(-1));
  });

  test.each([
    'Nurses review every chart within an hour',
    'The new branch is open by June',
    'The depot is based in Leeds',
    'Our engineers are qualified to sign off scaffolding',
    'Sessions are booked online in two minutes',
    'The site closed in 2024 after the flood',
    'Shoppers were delighted with the new tills',
  ])('does not fire on "%s"', (sentence) => {
    expect(firedRules(inSituation(sentence))).not.toContain('passive-voice');
  });
});

describe('hedging', () => {
  test.each([
    ['We think the new rota will cut overtime by 10%', 'We think'],
    ['Hopefully the app launches in May', 'Hopefully'],
    ['The pilot might reduce fraud losses by 8%', 'might'],
    ['We will try to open two more branches', 'try to'],
    ['The crane is kind of slow at peak', 'kind of'],
    ['Perhaps we can save 5% on steel', 'Perhaps'],
  ])('fires on "%s" at "%s"', (sentence, words) => {
    const found = analyzePitch(inSituation(sentence)).findings.find((f) => f.rule === 'hedging');
    expect(found && sentence.slice(found.start, found.end)).toBe(words);
  });

  test.each([
    'The new rota cuts overtime by 15%',
    'A new kind of clinic opens in May',
    'Launch the app in May',
    'Each slot costs about $180 in idle time',
    'We may 2026 budget review', // "may" only hedges after a subject and before a verb
  ])('does not fire on "%s"', (sentence) => {
    expect(firedRules(inSituation(sentence))).not.toContain('hedging');
  });
});

describe('jargon', () => {
  test.each([
    ['Leverage our data to cut fraud losses', 'Leverage'],
    ['Build a best-in-class onboarding journey', 'best-in-class'],
    ['Self-checkout is low-hanging fruit for the branches', 'low-hanging fruit'],
    ['Scheduling needs a paradigm shift', 'paradigm shift'],
    ['The app will move the needle on loyalty', 'move the needle'],
    ['Unlock synergies between the two depots', 'synergies'],
  ])('fires on "%s" at "%s"', (sentence, words) => {
    const found = analyzePitch(inSituation(sentence)).findings.find((f) => f.rule === 'jargon');
    expect(found && sentence.slice(found.start, found.end)).toBe(words);
  });

  test.each([
    "The bank's leverage ratio stays above 5%",
    'Leveraged loans fell 3% this quarter',
    'Cut fraud losses with shared data',
    'Open the new clinic in May',
    'Patients get holistic care from one team',
  ])('does not fire on "%s"', (sentence) => {
    expect(firedRules(inSituation(sentence))).not.toContain('jargon');
  });
});

describe('hard-to-read', () => {
  test.each([
    'Operationalising interdepartmental accountability frameworks necessitates comprehensive stakeholder realignment',
    'Implementation of the consolidated procurement methodology will facilitate considerable operational efficiencies',
    'Our regulatory capital optimisation initiative necessitates recalibration of internal risk-weighted asset methodologies',
    'Comprehensive stakeholder realignment necessitates organisational restructuring',
  ])('fires on "%s"', (sentence) => {
    expect(firedRules(inSituation(sentence), 'situation[0]')).toContain('hard-to-read');
  });

  test.each([
    'Faster claims keep our top brokers loyal',
    'Nurses review every chart within an hour of arrival',
    'We pour the concrete slab in March and frame the walls in April',
    'At the same time our most experienced staff retired, and the new hires needed months of coaching before they could work alone.',
    'Deploy rules-based checks for low-complexity loan files in April',
    'The organisation centralised procurement last year',
    'The organization centralized procurement last year',
    'Hospital-acquired infections fell 22% on wards using the checklist',
  ])('does not fire on "%s"', (sentence) => {
    expect(firedRules(inSituation(sentence))).not.toContain('hard-to-read');
  });
});

describe('filler-words (pitch only)', () => {
  test.each([
    ['Um, the branch app is late.', 'Um'],
    ['So basically we need four more nurses.', 'basically'],
    ['The site is, you know, behind schedule.', 'you know'],
    ['We literally ran out of steel in March.', 'literally'],
    ['The tills are, like, really slow.', 'like'],
  ])('fires on "%s" at "%s"', (text, words) => {
    const found = analyzePitch(inPitch(text)).findings.find((f) => f.rule === 'filler-words');
    expect(found?.field).toBe('pitch');
    expect(found && text.slice(found.start, found.end)).toBe(words);
  });

  test.each([
    'The branch app is two weeks late.',
    'We need four more nurses by June.',
    'Actual costs came in under budget.',
    'I mean to finish the frame in May.',
    'Shoppers like the new tills.',
  ])('does not fire on "%s"', (text) => {
    expect(firedRules(inPitch(text))).not.toContain('filler-words');
  });

  test('marks each filler, up to ten in a row', () => {
    const found = analyzePitch(inPitch('Um, '.repeat(40) + 'the tills are slow.')).findings.filter((f) => f.rule === 'filler-words');
    expect(found).toHaveLength(10);
    expect(found[1]!.start).toBe(4);
  });

  test('does not fire on slide text, only on the spoken pitch', () => {
    expect(firedRules(inSituation('Basically the tills are slow'))).not.toContain('filler-words');
  });
});
