const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const SHORT: Record<string, string> = { minute: 'min', hour: 'h', day: 'd', month: 'mo', year: 'y' };

/**
 * A wait in milliseconds as a grade button hint: "1 minute", "10 minutes", "2 days", "3 months";
 * with `short`, "1 min", "10 min", "2 d", "3 mo" for narrow buttons.
 */
export function formatInterval(ms: number, { short = false } = {}): string {
  const unit = (n: number, word: string) => (short ? `${n} ${SHORT[word]}` : `${n} ${word}${n === 1 ? '' : 's'}`);
  if (ms < MINUTE) return 'now';
  if (ms < HOUR) return unit(Math.round(ms / MINUTE), 'minute');
  if (ms < DAY) return unit(Math.round(ms / HOUR), 'hour');
  if (ms < 30 * DAY) return unit(Math.round(ms / DAY), 'day');
  if (ms < 365 * DAY) return unit(Math.round(ms / (30 * DAY)), 'month');
  return unit(Math.round((ms / (365 * DAY)) * 10) / 10, 'year');
}
