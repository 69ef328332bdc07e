import { describe, expect, test } from 'vitest';
import { findQuantities } from '../language/quantities';
import { speakNumbers } from './speak-numbers';

describe('speakNumbers says slide shorthand the way people say it', () => {
  test.each([
    ['Annual saving of $1.2M from year two', 'Annual saving of $1.2 million from year two'],
    ['Approve $350K and two engineers', 'Approve $350,000 and two engineers'],
    ['Budget €2.5bn', 'Budget €2.5 billion'],
    ['A £3m programme', 'A £3 million programme'],
    ['Serve 10k users', 'Serve 10,000 users'],
    ['Recover 12K hours', 'Recover 12,000 hours'],
    ['Spend $1,500K', 'Spend $1.5 million'],
    ['Saves $1,200,000 a year', 'Saves $1.2 million a year'],
    ['Deploys run 3x faster', 'Deploys run three times faster'],
    ['Throughput up 1.5x', 'Throughput up 1.5 times'],
    ['20-30% fewer defects', '20 to 30% fewer defects'],
    ['Done in 2–3 weeks', 'Done in 2 to 3 weeks'],
    ['Cut waiting by 1/3', 'Cut waiting by a third'],
    ['Save 3/4 of the paperwork', 'Save three quarters of the paperwork'],
    ['Hire ~40 staff', 'Hire about 40 staff'],
    ['Waits of >20 days', 'Waits of over 20 days'],
    ['Sales & marketing', 'Sales and marketing'],
    ['Add 2 FTEs', 'Add 2 full-time staff'],
    ['Live by H2 2026', 'Live by the second half of 2026'],
    ['Our #1 priority', 'Our number one priority'],
    ['Speed, e.g. triage', 'Speed, for example triage'],
  ])('%s → %s', (slide, spoken) => {
    expect(speakNumbers(slide)).toBe(spoken);
  });

  test.each([
    ['Adjusters gain 25% capacity'],
    ['Each empty slot costs about $180'],
    ['Before Q3 renewals'],
    ['Launch on 2025-06-01'],
    ['Orders rise from 9,000 to 11,700'],
    ['Odd totals like 1,234,567 rows stay exact'],
    ['R&D and COVID-19 stay as written'],
    ['A 12-week pilot for low-complexity claims'],
    ['Pickers walk 5m to the dock'],
  ])('leaves "%s" as it is', (text) => {
    expect(speakNumbers(text)).toBe(text);
  });

  test.each([
    ['$1.2M', 1.2e6],
    ['$350K', 350e3],
    ['€2.5bn', 2.5e9],
  ])('the spoken form of %s is still found as a quantity', (written) => {
    const spoken = speakNumbers(`We save ${written} a year`);
    expect(findQuantities(spoken)).toHaveLength(1);
  });
});
