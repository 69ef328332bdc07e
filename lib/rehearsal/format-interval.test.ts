import { describe, expect, test } from 'vitest';
import { formatInterval } from './format-interval';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('formatInterval', () => {
  test.each([
    [30_000, 'now', 'now'],
    [MIN, '1 minute', '1 min'],
    [10 * MIN, '10 minutes', '10 min'],
    [3 * 60 * MIN, '3 hours', '3 h'],
    [DAY, '1 day', '1 d'],
    [8 * DAY, '8 days', '8 d'],
    [95 * DAY, '3 months', '3 mo'],
    [1.5 * 365 * DAY, '1.5 years', '1.5 y'],
  ])('%i ms reads "%s" ("%s" on a button)', (ms, long, short) => {
    expect(formatInterval(ms)).toBe(long);
    expect(formatInterval(ms, { short: true })).toBe(short);
  });
});
