import { describe, expect, test } from 'vitest';
import { findQuantities } from './quantities';

const texts = (s: string) => findQuantities(s).map((q) => q.text);

describe('findQuantities', () => {
  test.each([
    ['Annual saving of $1.2M from year two', ['$1.2M']],
    ['Adjusters gain 40% capacity', ['40%']],
    ['Claims take 21 days to settle', ['21 days']],
    ['Orders rise to 9,000 a shift', ['9,000']],
    ['Budget €350K for the pilot', ['€350K']],
    ['Revenue grows 12 per cent', ['12 per cent']],
    ['Wait times fall below four minutes', ['four minutes']],
    ['Cut settlement time by a third', ['a third']],
    ['Gain a quarter of the week back', ['a quarter']],
    ['Peak overtime falls by half', ['half']],
    ['Online booking will halve no-shows', ['halve']],
    ['Throughput will double', ['double']],
    ['Patients wait twice as long as the target', ['twice']],
    ['One in eight appointments is missed', ['One in eight']],
    ['9 out of 10 nurses prefer the new rota', ['9 out of 10']],
    ['Pickers walk 11 kilometres a shift', ['11 kilometres']],
    ['Six days slower than the median', ['Six days']],
    [
      'Three hundred and fifty thousand dollars saved',
      ['Three hundred and fifty thousand dollars'],
    ],
    ['Deploys run 3x faster', ['3x']],
    ['Defects drop 10-15% in the first release', ['10-15%']],
    ['Time falls from 21 to 14 days by September', ['21 to 14 days']],
    ['No-shows drop from 12% to 6%', ['12% to 6%']],
    ['A 12-week pilot in two wards', ['12-week', 'two']],
    ['Save £2.4m and two thirds of the paperwork', ['£2.4m', 'two thirds']],
    ['Churn falls by 150 basis points', ['150 basis points']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test.each([
    ['Ship before Q3 renewals'],
    ['Go live in FY25 and H1'],
    ['Launch in 2026'],
    ['Start on 15 March'],
    ['Start on March 15th'],
    ['Stand-up at 9:30 every day'],
    ['Doors open at 9 am'],
    ['Savings from year two'],
    ['Phase 2 covers the northern sites'],
    ['Add a one-tap reschedule link'],
    ['Retrain staff to own the complex ones'],
    ['Deliver it in a quarter'],
    ['Results in the first half of the year'],
    ['Double-check every order'],
    ['Support is 24/7 from 2026-01-05'],
    ['Recovery after COVID-19 was slow'],
  ])('no quantity in "%s"', (text) => {
    expect(texts(text)).toEqual([]);
  });

  test('offsets point at the words in the text', () => {
    const text = 'We save $1.2 million a year';
    for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
