import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { createPitch, expectSaved, fixturePath, goToStep, openLibrary } from './helpers';
import { pageLoadedScriptContaining } from './quality-helpers';

/** Text of every `<a:t>` of an XML part, joined, with entities decoded. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('"Download PPTX" saves the slide of the pitch, loading pptxgenjs only on click', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await goToStep(page, 'Review');
  expect(await pageLoadedScriptContaining(page, 'PptxGenJS')).toBe(false);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PPTX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('claims-triage-automation.pptx');
  await expect(page.getByRole('button', { name: 'Download PPTX' })).toBeEnabled();
  expect(await pageLoadedScriptContaining(page, 'PptxGenJS')).toBe(true);

  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual([
    'ppt/slides/slide1.xml',
  ]);
  const slide = textOf(await zip.file('ppt/slides/slide1.xml')!.async('string'));
  expect(slide).toContain(
    'Automating claims triage will cut settlement time by a third before Q3 renewals',
  );
  expect(slide).toContain(
    'Motor claims take 21 days to settle, six days slower than the market median',
  );
  expect(slide).toContain('Approve $350K and two integration engineers from March');
  const notes = textOf(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string'));
  expect(notes).toContain('Our motor claims take 21 days to settle');
});

test('an incomplete pitch is not exported: the alert names each field to fix', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page);
  await goToStep(page, 'Review');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Download PPTX' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'cannot be exported yet' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Add the headline');
  await expect(alert).toContainText('Add the ask: the decision you need');
  expect(downloaded).toBe(false);
});

test('a headline that does not fit blocks the export and says to shorten it', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await goToStep(page, 'Headline & Ask');
  await page
    .getByLabel('Headline')
    .fill('Launching the new portal will halve onboarding time '.repeat(11).trim());
  await expectSaved(page);
  await goToStep(page, 'Review');
  await page.getByRole('button', { name: 'Download PPTX' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The headline does not fit: shorten it' }),
  ).toBeVisible();
});

test('POST /api/export/pptx: the server builds the slide on its export thread', async ({
  request,
}) => {
  const pitch = JSON.parse(readFileSync(fixturePath('good-claims-triage'), 'utf8')) as {
    headline: string;
    ask: string;
  };
  // Several at once, as a team exporting before a steering committee would.
  const responses = await Promise.all(
    [1, 2, 3].map(() => request.post('/api/export/pptx', { data: pitch })),
  );
  for (const response of responses) {
    expect(response.status()).toBe(200);
    expect(response.headers()['server-timing']).toMatch(/^pptx;dur=[\d.]+;desc="export thread"$/);
    const zip = await JSZip.loadAsync(await response.body());
    const slide = textOf(await zip.file('ppt/slides/slide1.xml')!.async('string'));
    expect(slide).toContain(pitch.headline);
    expect(slide).toContain(pitch.ask);
  }

  const incomplete = await request.post('/api/export/pptx', {
    data: JSON.parse(readFileSync(fixturePath('missing-required'), 'utf8')),
  });
  expect(incomplete.status()).toBe(422);
  expect((await incomplete.json()).issues).toEqual([
    { path: 'action', message: 'Add an Action bullet: what you will do about it' },
    { path: 'ask', message: 'Add the ask: the decision you need' },
  ]);
});
