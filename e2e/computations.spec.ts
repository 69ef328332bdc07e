import { expect, test, type Page } from '@playwright/test';
import { createPitch, expectSaved, goToStep, openLibrary, readinessBadges } from './helpers';

/** Counts of `globalThis.oneSlidePitchComputations` (platform/count-computations.ts). */
type Counts = Partial<Record<'advice-analysis' | 'slide-fit:preview' | 'slide-fit:plain', number>>;

/** What the page and its workers (the advice worker) have computed so far, per thread. */
async function computations(page: Page): Promise<{ page: Counts; workers: Counts }> {
  const read = () => ({ ...(globalThis as { oneSlidePitchComputations?: Counts }).oneSlidePitchComputations });
  const inWorkers = await Promise.all(page.workers().map((worker) => worker.evaluate(read)));
  const workers: Counts = {};
  for (const counts of inWorkers) {
    for (const [kind, n] of Object.entries(counts) as Array<[keyof Counts, number]>)
      workers[kind] = (workers[kind] ?? 0) + n;
  }
  return { page: await page.evaluate(read), workers };
}

const minus = (after: Counts, before: Counts) => ({
  analyses: (after['advice-analysis'] ?? 0) - (before['advice-analysis'] ?? 0),
  previewFits: (after['slide-fit:preview'] ?? 0) - (before['slide-fit:preview'] ?? 0),
  plainFits: (after['slide-fit:plain'] ?? 0) - (before['slide-fit:plain'] ?? 0),
});

/** Waits until nothing more is computed for a second: the page has settled after the last pause. */
async function settled(page: Page) {
  let last = JSON.stringify(await computations(page));
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await computations(page));
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [1000], timeout: 20_000 },
    )
    .toBe(true);
  await expectSaved(page);
}

/** Types one character into `field` and returns what that one pause in typing computed. */
async function onePause(page: Page, field: ReturnType<Page['getByRole']>) {
  await settled(page);
  const before = await computations(page);
  await field.press('End');
  await field.press('x');
  await expect.poll(async () => minus((await computations(page)).workers, before.workers).analyses).toBeGreaterThan(0);
  await settled(page);
  const after = await computations(page);
  return { page: minus(after.page, before.page), workers: minus(after.workers, before.workers) };
}

test('one pause in typing runs one analysis and lays the slide out once, on every step that edits text', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await expect(readinessBadges(page)).toBeVisible();

  const situation = page.getByRole('textbox', { name: 'Situation 1', exact: true });
  const onSituation = await onePause(page, situation);
  // The analysis runs in the worker, once; it reuses the preview's layout for `overflow`.
  expect(onSituation.workers).toEqual({ analyses: 1, previewFits: 0, plainFits: 0 });
  // The page lays the slide out once (the preview's layout), and never analyses itself.
  expect(onSituation.page).toEqual({ analyses: 0, previewFits: 1, plainFits: 0 });

  // The Elevator pitch step shows advice too (the drafter): still one analysis, not two.
  await goToStep(page, 'Elevator pitch');
  const speech = page.getByRole('textbox', { name: 'Elevator pitch', exact: true });
  const onSpeech = await onePause(page, speech);
  expect(onSpeech.workers).toEqual({ analyses: 1, previewFits: 0, plainFits: 0 });
  expect(onSpeech.page).toEqual({ analyses: 0, previewFits: 1, plainFits: 0 });
  // And the drafter shows the advice of that analysis: on the text as it is now.
  await expect(speech).toHaveValue(/x$/);
});
