import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { expect, screenshot, test } from './fixtures';

const KEY = 'sk-e2e-secret-0123456789';

let fake: FakeOpenAi;
test.beforeEach(async () => {
  fake = await startFakeOpenAi({ apiKey: KEY, models: ['llama3.1:8b', 'qwen2.5:7b'] });
});
test.afterEach(async () => {
  await fake.close();
});

test('Settings → AI: off by default, then a local server with a key from the keychain, tested', async ({
  app,
  page,
}) => {
  await app.open('settings');
  const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'AI coach' }) });
  await expect(card.getByTestId('ai-privacy')).toHaveText(/AI is off: nothing you practise leaves this computer/);
  await expect(card.getByRole('radio', { name: 'Off' })).toHaveAttribute('aria-checked', 'true');

  await card.getByRole('radio', { name: 'OpenAI-compatible server' }).click();
  await card.getByLabel('Server address').fill('http://10.0.0.5:11434/v1');
  await card.getByLabel('Model', { exact: true }).fill('qwen2.5:7b');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByText(/Use https for a server on another machine/)).toBeVisible();

  await card.getByLabel('Server address').fill(fake.baseUrl);
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
  await expect(card.getByTestId('ai-privacy')).toContainText(`sent to ${new URL(fake.baseUrl).host}`);
  await expect(card.getByTestId('ai-privacy')).toContainText('Recordings never leave this computer');

  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(card.getByTestId('ai-connection')).toContainText('refused the API key');

  await card.getByLabel(/API key/).fill(KEY);
  await card.getByRole('button', { name: 'Save key' }).click();
  await expect(card.getByText('a key is stored')).toBeVisible();
  await expect(card.getByLabel(/API key/)).toHaveValue('');

  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(card.getByTestId('ai-connection')).toContainText(
    'Connected: the server offers 2 models, including "qwen2.5:7b"',
  );
  await expect(card.getByTestId('ai-connection')).toContainText('Models: llama3.1:8b, qwen2.5:7b');
  await screenshot(page, 'ai-settings-connected');

  await card.getByLabel('Model', { exact: true }).fill('gpt-5');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(card.getByTestId('ai-connection')).toContainText('no model named "gpt-5"');

  // The key never reaches the renderer, the settings file or anything in the page.
  expect(await page.content()).not.toContain(KEY);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(storage).not.toContain(KEY);
  const settingsFile = readFileSync(path.join(app.services.settings.path), 'utf8');
  expect(settingsFile).toContain(fake.baseUrl);
  expect(settingsFile).not.toContain(KEY);
});

test('Settings → AI: the transcription model is asked for while transcription is on, and checked', async ({
  app,
  page,
}) => {
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'qwen2.5:7b' } });
  await app.open('settings');
  const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'AI coach' }) });
  await expect(card.getByLabel('Model', { exact: true })).toHaveValue('qwen2.5:7b');
  await expect(card.getByLabel('Transcription model')).toHaveCount(0);

  // A controlled checkbox: it turns on once the settings are saved, so click and then wait for it.
  const transcribe = card.getByLabel(/Transcribe spoken answers/);
  await transcribe.click();
  await expect(transcribe).toBeChecked();
  const field = card.getByLabel('Transcription model');
  await expect(field).toHaveValue('whisper-1');

  await field.fill('whisper large');
  await card.getByRole('button', { name: 'Save transcription model' }).click();
  await expect(card.getByText('A model name has no spaces')).toBeVisible();
  expect(app.services.settings.get().ai.transcriptionModel).toBe('whisper-1');

  await field.fill('whisper-large-v3');
  await card.getByRole('button', { name: 'Save transcription model' }).click();
  await expect(card.getByText('Transcription model saved.')).toBeVisible();
  await expect(card.getByText('(model whisper-large-v3)')).toBeVisible();
  expect(app.services.settings.get().ai.transcriptionModel).toBe('whisper-large-v3');
  await screenshot(page, 'ai-settings-transcription-model');

  await transcribe.click();
  await expect(transcribe).not.toBeChecked();
  await expect(card.getByLabel('Transcription model')).toHaveCount(0);
});
