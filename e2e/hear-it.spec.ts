import { expect, test, type Page } from '@playwright/test';
import { createPitch, goToStep, openLibrary } from './helpers';

/** Stands in for the browser's speech synthesis, recording what would be spoken and by which voice. */
async function fakeSpeech(page: Page, voices: Array<{ name: string; lang: string; localService: boolean }>) {
  await page.addInitScript((list) => {
    const spoken: Array<{ text: string; rate: number; voice: string | undefined }> = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class FakeUtterance {
      text: string;
      rate = 1;
      lang = '';
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => list,
      speak: (u: FakeUtterance) => spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name }),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, voices);
}

test('Hear it reads the pitch with a voice that runs on the device', async ({ page }) => {
  await fakeSpeech(page, [
    { name: 'Google UK English', lang: 'en-GB', localService: false },
    { name: 'Local English', lang: 'en-US', localService: true },
  ]);
  await openLibrary(page);
  await createPitch(page, /Retail: warehouse picking/);
  await goToStep(page, 'Elevator pitch');
  await page.getByRole('button', { name: 'Hear it' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; rate: number; voice: string }> }).__spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]!.voice).toBe('Local English');
  expect(spoken[0]!.text).toContain('Our pickers walk 11 kilometres a shift');
  expect(spoken[0]!.rate).toBe(1);
});

test('Hear it is hidden when the only voices would send the text off the device', async ({ page }) => {
  await fakeSpeech(page, [{ name: 'Google UK English', lang: 'en-GB', localService: false }]);
  await openLibrary(page);
  await createPitch(page, /Retail: warehouse picking/);
  await goToStep(page, 'Elevator pitch');
  await expect(page.getByRole('textbox', { name: 'Elevator pitch', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hear it' })).toHaveCount(0);
});
