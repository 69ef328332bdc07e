/** Seconds (rounded to the nearest) as a stopwatch reads them: "0:07", "1:05". */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
