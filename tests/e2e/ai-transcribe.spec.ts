import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { answerFixture, answerWav } from '../helpers/media-fixtures';
import { expect, screenshot, test } from './fixtures';
import { waitForRecordedSeconds } from './recording-timer';

const micWav = await answerWav(await answerFixture());
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

test.use({
  launchOptions: { executablePath: chromium, args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${micWav}`] },
  permissions: ['camera', 'microphone'],
});

let fake: FakeOpenAi;
test.beforeEach(async () => {
  fake = await startFakeOpenAi({
    models: ['whisper-1', 'llama3.1:8b'],
    transcript: 'I led the move of our billing system to a new database and we finished two weeks early.',
  });
});
test.afterEach(async () => {
  await fake.close();
});

test('a spoken answer transcribed by the AI fills the answer box, only with transcription on', async ({
  app,
  page,
}) => {
  test.setTimeout(300_000);
  app.services.settings.update({
    ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b', transcription: true },
  });
  await app.open('video-interview');
  await page.getByRole('radio', { name: 'My own question' }).click();
  await page.getByLabel('Your question').fill('Tell me about a project you led from start to finish.');
  await page.getByRole('button', { name: 'Answer this question' }).click();
  const start = page.getByRole('button', { name: 'Start recording' });
  await expect(start).toBeEnabled();
  await start.click();
  await waitForRecordedSeconds(page, 4, 30_000);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('playback')).toBeVisible({ timeout: 150_000 });

  await page.getByRole('button', { name: 'Transcribe with AI' }).click();
  await expect(page.getByTestId('answer-notes')).toHaveValue(
    'I led the move of our billing system to a new database and we finished two weeks early.',
  );
  await expect(page.getByLabel(/word for word what I said/)).toBeChecked();
  const upload = fake.requests.find((r) => r.path === '/v1/audio/transcriptions');
  expect(upload?.form?.fileName).toMatch(/\.wav$/);
  expect(upload?.form?.fileBytes).toBeGreaterThan(16_000 * 2 * 3);
  await screenshot(page, 'ai-transcribed-answer');
});
