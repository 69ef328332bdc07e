/** Resolves after the browser has had a turn: pending input, rendering, then this. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Imports a feature's heavy dependencies one at a time, yielding between them, then the feature
 * itself: evaluating the code becomes several short tasks instead of one long one, so a slow
 * phone keeps answering taps and painting while the page loads. Returns what `last` returns.
 */
export async function importInSteps<T>(
  steps: ReadonlyArray<() => Promise<unknown>>,
  last: () => Promise<T>,
): Promise<T> {
  for (const step of steps) {
    await step();
    await yieldToBrowser();
  }
  return last();
}
