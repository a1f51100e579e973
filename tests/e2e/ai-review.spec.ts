import path from 'node:path';
import type { Page } from '@playwright/test';
import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { reviewResponder } from '../helpers/fake-openai/replies';
import { expect, screenshot, test } from './fixtures';

const GRADING_TIMEOUT = 120_000;
const ANSWER =
  'At my last job our lead wanted to skip load tests before a launch. I ran a one-hour test on staging, found the connection pool capped at 20, and we fixed it before release; checkout errors stayed at zero.';

let fake: FakeOpenAi;
test.beforeEach(async () => {
  fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
  fake.respondWith(reviewResponder);
});
test.afterEach(async () => {
  await fake.close();
});

async function fullPage(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 820 };
  const height = await page.locator('main.content').evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: original.width, height: Math.min(Math.max(height, original.height), 4000) });
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`) });
  await page.setViewportSize(original);
}

async function answerFirstQuestion(page: Page): Promise<void> {
  await page.getByLabel('Category').selectOption('conflict');
  const first = page.getByRole('list', { name: 'Questions' }).getByRole('link').first();
  await expect(first.locator('.badge-category')).toHaveText(/conflict/i);
  await first.click();
  const box = page.getByLabel('Your answer');
  await expect(box).toBeEnabled();
  await box.fill(ANSWER);
  await box.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: GRADING_TIMEOUT });
}

test('with AI off the feedback says nothing was sent and offers no review', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.open('practice');
  await answerFirstQuestion(page);
  await expect(page.getByTestId('ai-review-off')).toContainText('AI is off, so this answer stayed on your computer');
  await expect(page.getByRole('button', { name: 'Get AI review' })).toHaveCount(0);
  expect(fake.requests).toHaveLength(0);
});

test('an AI review beside the local one, with only real quotes, kept with the attempt', async ({ app, page }) => {
  test.setTimeout(180_000);
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  await app.open('practice');
  await answerFirstQuestion(page);
  const localScore = await page.getByTestId('overall-score').textContent();

  const panel = page.locator('section.ai-review');
  await panel.getByRole('button', { name: 'Get AI review' }).click();
  await expect(panel.getByTestId('ai-review-score')).toContainText('/100');
  await expect(panel.getByTestId('ai-review-score')).toContainText('llama3.1:8b');
  await expect(panel.locator('.ai-quote').first()).toHaveText('At my last job our');
  await expect(panel.getByText('I single-handedly saved the company')).toHaveCount(0);
  await expect(panel).toContainText('6 quoted phrases were not in your answer and were left out');
  await expect(panel.locator('.ai-steps li')).toHaveCount(3);
  // The recorded score is the local evaluator's, unchanged by the review.
  expect(await page.getByTestId('overall-score').textContent()).toBe(localScore);
  await fullPage(page, 'ai-review-feedback');

  const sent = JSON.stringify(fake.requests.at(-1)?.body?.messages);
  expect(sent).toContain('connection pool capped at 20');

  await page.reload();
  await expect(page.locator('section.ai-review').getByTestId('ai-review-score')).toContainText('/100');
  await expect(page.locator('section.ai-review').getByRole('button', { name: 'Review again' })).toBeVisible();
});

test('a failing server shows why, and a retry works', async ({ app, page }) => {
  test.setTimeout(180_000);
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  await app.open('practice');
  await answerFirstQuestion(page);
  fake.queue({ kind: 'content', content: 'Sorry, I cannot help with that.' }, { kind: 'content', content: 'No.' });
  const panel = page.locator('section.ai-review');
  await panel.getByRole('button', { name: 'Get AI review' }).click();
  await expect(panel.locator('.error-banner')).toContainText('did not have the expected shape twice');
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.getByTestId('ai-review-score')).toContainText('/100');
});

test('asked for while the server is away, the review waits in the queue and arrives when it is back', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const port = Number(new URL(fake.baseUrl).port);
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  await app.open('practice');
  await answerFirstQuestion(page);
  await fake.close();
  const panel = page.locator('section.ai-review');
  await panel.getByRole('button', { name: 'Get AI review' }).click();
  await expect(panel.locator('.error-banner')).toContainText('The review is queued');
  await expect(panel.getByTestId('ai-queue')).toContainText('AI review of an answer: waiting for the AI server');
  await screenshot(page, 'ai-review-queued');

  fake = await startFakeOpenAi({ models: ['llama3.1:8b'], port });
  fake.respondWith(reviewResponder);
  await panel.getByTestId('ai-queue').getByRole('button', { name: 'Run now' }).click();
  await expect(panel.getByTestId('ai-review-score')).toContainText('/100');
  await expect(panel.getByTestId('ai-queue')).toHaveCount(0);
});
