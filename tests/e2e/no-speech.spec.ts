import { writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { makeTempDir } from '../helpers/temp-dir';
import { expect, screenshot, test } from './fixtures';
import { waitForRecordedSeconds } from './recording-timer';

/** A microphone that captures nothing: 20 s of digital silence, 48 kHz mono 16-bit PCM. */
function silentWav(): string {
  const rate = 48_000;
  const samples = rate * 20;
  const data = Buffer.alloc(samples * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  const file = path.join(makeTempDir('intervyou-silence-').path, 'silence.wav');
  writeFileSync(file, Buffer.concat([header, data]));
  return file;
}

const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
test.use({
  launchOptions: {
    executablePath: chromium,
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${silentWav()}`],
  },
  permissions: ['camera', 'microphone'],
});

test('a recording with no speech gets no delivery score, one message naming the microphone and the meter, and a retry', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await app.open('video-interview');
  await page.getByRole('radio', { name: 'My own question' }).click();
  await page.getByLabel('Your question').fill('Tell me about a project you led.');
  await page.getByRole('button', { name: 'Answer this question' }).click();
  const start = page.getByRole('button', { name: 'Start recording' });
  await expect(start).toBeEnabled();

  // The meter reads the stream being recorded: silence says so, not "Good".
  await expect(page.getByTestId('level-hint')).toHaveText('No sound — check the microphone');
  await start.click();
  await waitForRecordedSeconds(page, 4, 30_000);
  await expect(page.getByTestId('level-hint')).toHaveText('No sound — check the microphone');
  await page.getByRole('button', { name: 'Stop' }).click();

  const notice = page.getByTestId('no-speech');
  await expect(notice).toBeVisible({ timeout: 120_000 });
  await expect(notice).toContainText('No speech was heard — check the microphone');
  await expect(notice).toContainText(/from “[^”]+” has no speech in it, so it gets no delivery score/);
  await expect(notice).toContainText(/the level meter stayed silent \(loudest -\d+ dBFS\)/);
  // No delivery score, and none of the advice that silence would make absurd.
  await expect(page.getByTestId('delivery-score')).toHaveCount(0);
  await expect(page.getByText(/words per minute/)).toHaveCount(0);
  await expect(page.getByText(/The recording is quiet/)).toHaveCount(0);
  await expect(page.getByTestId('voice-advice')).toHaveCount(0);
  await notice.scrollIntoViewIfNeeded();
  await screenshot(page, 'no-speech-review-light');

  await notice.getByRole('button', { name: 'Record again' }).click();
  await expect(page.getByRole('button', { name: 'Start recording' })).toBeVisible();
});
