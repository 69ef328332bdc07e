import { expect, test } from '@playwright/test';
import { createPitch, fixture, goToStep, openLibrary } from './helpers';

const good = fixture('good-claims-triage');

/** The `filename*` of a Content-Disposition, decoded, and its ASCII `filename`. */
function fileNamesOf(disposition: string | undefined) {
  const ascii = /filename="([^"]*)"/.exec(disposition ?? '')?.[1];
  const encoded = /filename\*=UTF-8''([^;\s]+)/.exec(disposition ?? '')?.[1];
  return { ascii, unicode: encoded === undefined ? undefined : decodeURIComponent(encoded) };
}

const API_CASES: Array<[path: string, title: string, unicode: string, ascii: string]> = [
  ['/api/export/pptx', '顧客満足度の向上', '顧客満足度の向上.pptx', 'pitch.pptx'],
  ['/api/export/card', 'Launch 🚀 plan', 'launch-🚀-plan-card.pdf', 'launch-plan-card.pdf'],
];

for (const [path, title, unicode, ascii] of API_CASES) {
  test(`POST ${path} keeps the title "${title}" in the file name`, async ({ request }) => {
    const response = await request.post(path, { data: { ...good, title } });
    expect(response.status()).toBe(200);
    expect(fileNamesOf(response.headers()['content-disposition'])).toEqual({ ascii, unicode });
  });
}

test('"Download PPTX" and "Download card" name the files after a Japanese and emoji title', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await page.getByLabel('Title').fill('顧客満足度 🚀');
  await goToStep(page, 'Review');
  const downloads: Array<[button: string, fileName: string]> = [
    ['Download PPTX', '顧客満足度-🚀.pptx'],
    ['Download card', '顧客満足度-🚀-card.pdf'],
  ];
  for (const [name, fileName] of downloads) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    expect((await download).suggestedFilename()).toBe(fileName);
  }
});
