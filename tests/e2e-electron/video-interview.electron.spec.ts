import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { answerFixture, answerWav } from '../helpers/media-fixtures';
import { makeTempDir } from '../helpers/temp-dir';
import { electronAvailability } from './electron-app';
import { waitForRecordedSeconds } from '../e2e/recording-timer';

const availability = electronAvailability();
test.skip(!availability.ok, availability.ok ? '' : availability.reason);

const root = path.resolve(import.meta.dirname, '../..');
let dir: ReturnType<typeof makeTempDir>;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  if (!availability.ok) return;
  const micWav = await answerWav(await answerFixture());
  dir = makeTempDir('intervyou-electron-media-');
  app = await electron.launch({
    executablePath: availability.executable,
    args: [
      root,
      ...(process.platform === 'linux' ? ['--no-sandbox'] : []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-audio-capture=${micWav}`,
    ],
    env: { ...process.env, INTERVYOU_DATA_DIR: dir.path } as Record<string, string>,
  });
  page = await app.firstWindow();
  await expect(page.locator('.app')).toBeVisible();
});

test.afterEach(async () => {
  await app?.close();
  dir?.remove();
});

test('records, processes and plays back an answer through app://intervyou/media with seeking', async () => {
  test.setTimeout(180_000);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Video interview' }).click();
  await page.getByRole('radio', { name: 'My own question' }).click();
  await page.getByLabel('Your question').fill('Tell me about a project you led.');
  await page.getByRole('button', { name: 'Answer this question' }).click();
  await expect(page.getByRole('button', { name: 'Start recording' })).toBeEnabled({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Start recording' }).click();
  await waitForRecordedSeconds(page, 12, 30_000);
  await page.getByRole('button', { name: 'Stop' }).click();

  const playback = page.getByTestId('playback');
  await expect(playback).toBeVisible({ timeout: 60_000 });
  expect(await playback.getAttribute('src')).toMatch(/^\/media\/[a-z0-9-]+\?exp=\d+&sig=/);
  await expect(page.getByTestId('waveform').locator('[data-pause]').first()).toBeAttached();
  await playback.evaluate((el) => (el as HTMLMediaElement).play());
  await expect
    .poll(() => playback.evaluate((el) => (el as HTMLMediaElement).currentTime), { timeout: 15_000 })
    .toBeGreaterThan(1);
  // Seeking needs Range support from the app:// protocol.
  await playback.evaluate((el) => {
    const media = el as HTMLMediaElement;
    media.pause();
    media.currentTime = media.duration * 0.8;
  });
  await expect.poll(() => playback.evaluate((el) => (el as HTMLMediaElement).currentTime)).toBeGreaterThan(8);
  const seekable = await playback.evaluate((el) => (el as HTMLMediaElement).seekable.length);
  expect(seekable).toBeGreaterThan(0);
});
