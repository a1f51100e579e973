import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { expect, screenshot, test } from './fixtures';

const GRADING_TIMEOUT = 120_000;
const FOLLOW_UP = 'You said the release slipped — what did you change in your planning afterwards?';
const FIRST =
  'Our release slipped by two weeks because testing started late. I moved testing into each sprint and set up a nightly build, and the next release shipped on the planned day.';

let fake: FakeOpenAi;
test.beforeEach(async () => {
  fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
  fake.respondWith(() => ({
    kind: 'content',
    content: JSON.stringify({ question: FOLLOW_UP, keyPoints: ['Names the planning change', 'Shows the result'] }),
  }));
});
test.afterEach(async () => {
  await fake.close();
});

test('a typed mock with a follow-up question written from the answer, answered and graded like the rest', async ({
  app,
  page,
}) => {
  test.setTimeout(240_000);
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  await app.open('mock-interview');
  await expect(page.getByRole('heading', { name: 'Mock interview', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: 'Categories I choose' }).click();
  await page.getByLabel('Number of questions').fill('1');
  await page.getByRole('radio', { name: /Typed/ }).click();
  await page.getByLabel(/Ask a follow-up question after each answer/).check();
  await page.getByRole('button', { name: 'Start interview' }).click();

  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 1 of 1');
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await page.getByLabel('Your answer').fill(FIRST);
  await page.getByRole('button', { name: 'Submit answer' }).click();

  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 2', { timeout: GRADING_TIMEOUT });
  await expect(page.getByTestId('mock-question')).toHaveText(FOLLOW_UP);
  await expect(page.getByTestId('mock-follow-up')).toBeVisible();
  await screenshot(page, 'ai-mock-follow-up');
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await page
    .getByLabel('Your answer')
    .fill('I changed our planning: testing is now part of every sprint, and the last three releases were on time.');
  await page.getByRole('button', { name: 'Submit and finish' }).click();

  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  await expect(page.getByTestId('mock-report-question')).toHaveCount(2);
  await expect(page.getByTestId('mock-report-question').nth(1)).toContainText(FOLLOW_UP);
  expect(JSON.stringify(fake.requests[0]?.body?.messages)).toContain('moved testing into each sprint');
  expect(fake.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(1);
});
