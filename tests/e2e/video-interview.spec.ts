import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { answerFixture, answerWav } from '../helpers/media-fixtures';
import { expect, screenshot, test } from './fixtures';
import { waitForRecordedSeconds } from './recording-timer';

// The fake microphone plays a generated answer with known pauses (0.8 s, 2.6 s, 0.5 s).
const fixture = await answerFixture();
const micWav = await answerWav(fixture);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

test.use({
  launchOptions: {
    executablePath: chromium,
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${micWav}`],
  },
  permissions: ['camera', 'microphone'],
});

async function mediaState(page: Page): Promise<{ currentTime: number; duration: number; paused: boolean }> {
  return page.getByTestId('playback').evaluate((el) => {
    const media = el as HTMLMediaElement;
    return { currentTime: media.currentTime, duration: media.duration, paused: media.paused };
  });
}

test('records a video answer, processes it, plays it back with the pauses on the waveform and the voice metrics', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  await app.open('video-interview');
  await expect(page.getByRole('heading', { name: 'Video interview', level: 1 })).toBeVisible();

  // 1. A question from the bank.
  await expect(page.getByTestId('bank-question')).toBeVisible();
  await screenshot(page, 'video-interview-question-light');
  await page.getByRole('radio', { name: 'My own question' }).click();
  await page.getByLabel('Your question').fill('Tell me about a project you led from start to finish.');
  await page.getByRole('button', { name: 'Answer this question' }).click();

  // 2. Devices, preview and level meter; countdown; recording with a visible timer.
  await expect(page.getByTestId('current-question')).toHaveText(
    'Tell me about a project you led from start to finish.',
  );
  const start = page.getByRole('button', { name: 'Start recording' });
  await expect(start).toBeEnabled();
  await expect(page.getByLabel('Camera preview')).toBeVisible();
  await expect
    .poll(async () => Number(await page.getByTestId('level-meter').getAttribute('data-level')), { timeout: 15_000 })
    .toBeGreaterThan(20);
  await start.click();
  await expect(page.getByTestId('countdown')).toBeVisible();
  await expect(page.getByTestId('recording-timer')).toContainText('REC 0:0', { timeout: 10_000 });
  await page.waitForTimeout(2_000);
  await screenshot(page, 'video-interview-recording-light');
  await waitForRecordedSeconds(page, 15, 30_000);
  await page.getByRole('button', { name: 'Stop' }).click();

  // 3. Processing, then the review.
  const playback = page.getByTestId('playback');
  await expect(playback).toBeVisible({ timeout: 150_000 });
  const recordings = await app.services.db.selectFrom('recordings').selectAll().execute();
  expect(recordings).toHaveLength(1);
  expect(recordings[0]).toMatchObject({ status: 'ready', mode: 'video', recovered: 0 });
  expect(recordings[0]?.duration_sec).toBeGreaterThan(13);

  // The pauses are on the waveform (regions) and listed; the long one is marked.
  const waveform = page.getByTestId('waveform');
  await expect(waveform.locator('[data-pause]').first()).toBeAttached();
  expect(await waveform.locator('[data-pause]').count()).toBeGreaterThanOrEqual(2);
  await expect(waveform.locator('[data-pause="long"]')).toHaveCount(1);
  await expect(page.getByTestId('pause-list').getByRole('button')).not.toHaveCount(0);

  // The metrics and the advice.
  await expect(page.getByTestId('metric-pace')).toContainText(/\d+ wpm/);
  await expect(page.getByTestId('metric-pauses')).toContainText(/Longest 2\.\d s/);
  await expect(page.getByTestId('voice-advice')).toContainText(/words per minute/);
  await expect(page.getByTestId('voice-advice')).toContainText(/1 long pause/);
  await expect(page.getByTestId('delivery-score')).toHaveText(/\d+/);

  // Playback advances…
  await playback.evaluate((el) => (el as HTMLMediaElement).play());
  await expect.poll(async () => (await mediaState(page)).currentTime, { timeout: 15_000 }).toBeGreaterThan(1);
  await playback.evaluate((el) => (el as HTMLMediaElement).pause());
  // …and seeks: from the waveform (a click three quarters along) and from a pause in the list.
  const { duration } = await mediaState(page);
  expect(Number.isFinite(duration)).toBe(true);
  const box = await waveform.boundingBox();
  if (!box) throw new Error('waveform has no box');
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
  await expect.poll(async () => (await mediaState(page)).currentTime).toBeGreaterThan(duration * 0.6);
  const firstPause = page.getByTestId('pause-list').getByRole('button').first();
  const pauseStart = await firstPause.textContent();
  await firstPause.click();
  await expect.poll(async () => (await mediaState(page)).currentTime).toBeLessThan(duration * 0.6);
  expect(pauseStart).toMatch(/^\d:\d\d/);
  await screenshot(page, 'video-interview-review-light');

  // The same review in the dark theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'video-interview-review-dark');
  await page.getByTestId('voice-advice').scrollIntoViewIfNeeded();
  await screenshot(page, 'video-interview-metrics-dark');

  // 4. A full score with typed notes, stored as an attempt linked to the recording.
  await page
    .getByTestId('answer-notes')
    .fill(
      'In my last role I led a team of four engineers to rebuild our billing system. The old system failed every month end, so I planned the work in two week steps, ' +
        'wrote the migration plan and reviewed every change myself. We shipped in three months and cut billing errors by forty percent, which saved about ten hours of support time each week.',
    );
  // Marked as word for word, the pace is counted from the text over the recorded speaking time.
  await page.getByLabel(/word for word what I said/).check();
  await page.getByRole('button', { name: 'Score my answer' }).click();
  await expect(page.getByTestId('evaluation-result')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('evaluation-result').scrollIntoViewIfNeeded();
  await screenshot(page, 'video-interview-scored-dark');
  const attempts = await app.services.db.selectFrom('attempts').selectAll().execute();
  expect(attempts).toHaveLength(1);
  expect(attempts[0]).toMatchObject({ mode: 'video', recording_id: recordings[0]?.id });
  expect(attempts[0]?.delivery_score).not.toBeNull();
  const evaluation = JSON.parse(attempts[0]?.evaluation ?? '{}') as { metrics: { wpm: number; wordCount: number } };
  const speechSec = (JSON.parse(recordings[0]?.analysis ?? '{}') as { metrics: { speechSec: number } }).metrics
    .speechSec;
  expect(evaluation.metrics.wpm).toBe(Math.round((evaluation.metrics.wordCount / speechSec) * 60));
  const linked = await app.services.db.selectFrom('recordings').select('attempt_id').executeTakeFirstOrThrow();
  expect(linked.attempt_id).toBe(attempts[0]?.id);
});

test('records an audio-only answer; without notes the delivery feedback stands alone', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open('video-interview');
  await page.getByRole('radio', { name: 'Audio only' }).click();
  await expect(page.getByTestId('bank-question')).toBeVisible();
  await page.getByRole('button', { name: 'Answer this question' }).click();
  await expect(page.getByLabel('Camera preview')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start recording' }).click();
  await waitForRecordedSeconds(page, 6, 20_000);
  await screenshot(page, 'audio-interview-recording-dark');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('playback')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId('metric-pace')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Score my answer' })).toBeDisabled();
  await screenshot(page, 'audio-interview-review-dark');
  const row = await app.services.db.selectFrom('recordings').selectAll().executeTakeFirstOrThrow();
  expect(row).toMatchObject({ mode: 'audio', status: 'ready' });
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(0);

  // Deleting it removes the files and the row.
  await page.getByRole('button', { name: 'Delete recording' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('bank-question')).toBeVisible();
  expect(await app.services.db.selectFrom('recordings').select('id').execute()).toHaveLength(0);
});

for (const [name, error, title] of [
  ['a denied permission', 'NotAllowedError', 'IntervYou is not allowed to use your camera and microphone'],
  ['a missing camera', 'NotFoundError', 'No camera (or no microphone) was found'],
] as const) {
  test(`explains ${name} and what to do`, async ({ page, app }) => {
    await page.addInitScript((errorName) => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('blocked for the test', errorName));
    }, error);
    await app.open('video-interview');
    await page.getByRole('radio', { name: 'My own question' }).click();
    await page.getByLabel('Your question').fill('Why do you want this job?');
    await page.getByRole('button', { name: 'Answer this question' }).click();
    const problem = page.getByTestId('device-problem');
    await expect(problem).toContainText(title);
    await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start recording' })).toBeDisabled();
    if (error === 'NotFoundError') await expect(problem).toContainText('switch to "Audio only"');
    else await expect(problem).toContainText('privacy settings');
    await screenshot(page, `video-interview-${error === 'NotFoundError' ? 'no-camera' : 'denied'}-light`);
  });
}

test('a recording recovered after a crash is announced with a link to it', async ({ page, app }) => {
  test.setTimeout(90_000);
  const { copyFileSync } = await import('node:fs');
  const path = await import('node:path');
  const id = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  copyFileSync(fixture.webmPath, path.join(app.services.paths.recordings, `${id}.webm.part`));
  await app.services.media.recover();
  await app.open('video-interview');
  const notice = page.getByTestId('recovered-notice');
  await expect(notice).toContainText('Recovered a recording after IntervYou closed unexpectedly');
  await screenshot(page, 'video-interview-recovered-light');
  await notice.getByRole('link').click();
  await expect(page.getByTestId('playback')).toBeVisible();
  await expect(page.getByText('Recovered', { exact: true })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
