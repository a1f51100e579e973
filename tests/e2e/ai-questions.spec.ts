import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { generatedQuestion } from '../helpers/fake-openai/replies';
import { expect, screenshot, test } from './fixtures';

let fake: FakeOpenAi;
test.beforeEach(async () => {
  fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
});
test.afterEach(async () => {
  await fake.close();
});

test('generate questions with AI and practise one of them', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.open('practice');
  await page.getByRole('tab', { name: 'Generate with AI' }).click();
  await expect(page.getByTestId('generate-off')).toContainText('nothing is sent anywhere');

  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  fake.queue({
    kind: 'content',
    content:
      'Here are your questions:\n```json\n' +
      JSON.stringify({
        questions: [
          generatedQuestion('Tell me about a time you rebuilt trust with a team after a failed launch.', [
            'Owned the failure openly',
            'Rebuilt trust with small commitments kept',
            'Shows the result in the team',
          ]),
          generatedQuestion('Describe a time you had to lead without formal authority.'),
        ],
      }) +
      '\n```',
  });
  await page.reload();
  await page.getByRole('tab', { name: 'Generate with AI' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('Category').selectOption('leadership');
  await panel.getByLabel('How many').fill('2');
  await panel.getByRole('button', { name: 'Generate questions' }).click();
  await expect(panel.getByText('2 new questions from llama3.1:8b')).toBeVisible();
  const list = panel.getByRole('list', { name: 'Generated questions' });
  await expect(list.getByRole('link')).toHaveCount(2);
  await expect(list.locator('.badge-ai').first()).toHaveText('AI-generated');
  await screenshot(page, 'ai-generated-questions');

  await panel.getByRole('button', { name: 'Practise these 2' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /rebuilt trust with a team/ })).toBeVisible();
  await page
    .getByLabel('Your answer')
    .fill(
      'After our launch failed I owned the failure openly in the retro, then rebuilt trust with small commitments kept every week. Within a quarter the team asked me to lead the relaunch.',
    );
  await page.getByLabel('Your answer').press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('Owned the failure openly').first()).toBeVisible();
});

test('a generated question can be edited like the user’s own, then practised as edited', async ({ app, page }) => {
  test.setTimeout(180_000);
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  fake.queue({
    kind: 'content',
    content: JSON.stringify({
      questions: [generatedQuestion('Tell me about a time you changed a team process.')],
    }),
  });
  await app.open('practice');
  await page.getByRole('tab', { name: 'Generate with AI' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('How many').fill('1');
  await panel.getByRole('button', { name: 'Generate questions' }).click();
  await panel.getByRole('button', { name: 'Practise these 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /changed a team process/ })).toBeVisible();

  await page.getByRole('button', { name: 'Edit question' }).click();
  const form = page.getByRole('form', { name: 'Edit question' });
  await form
    .getByLabel('Question', { exact: true })
    .fill('Tell me about a time you changed how your team reviews code.');
  await form.getByLabel(/What a good answer covers/).fill('Measured review wait time\nAgreed the change with the team');
  await screenshot(page, 'ai-generated-question-editing');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /changed how your team reviews code/ })).toBeVisible();
  await expect(page.getByText('AI-generated').first()).toBeVisible();

  await page
    .getByLabel('Your answer')
    .fill(
      'Our reviews waited two days, so I measured review wait time for a month and agreed the change with the team: two reviewers on call each day. Waits fell to four hours.',
    );
  await page.getByLabel('Your answer').press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText('Measured review wait time').first()).toBeVisible();
  const attempt = await app.services.db
    .selectFrom('attempts')
    .select('question_text')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  expect(attempt.question_text).toBe('Tell me about a time you changed how your team reviews code.');
});

test('questions asked for while the AI server is away wait in the queue, shown under the generator', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const baseUrl = fake.baseUrl;
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl, model: 'llama3.1:8b' } });
  await fake.close();
  await app.open('practice');
  await page.getByRole('tab', { name: 'Generate with AI' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('How many').fill('1');
  await panel.getByRole('button', { name: 'Generate questions' }).click();
  await expect(panel.getByText(/The questions are queued/)).toBeVisible({ timeout: 60_000 });
  const queue = panel.getByTestId('ai-queue');
  await expect(queue).toContainText('1 generated medium behavioral question: waiting for the AI server');
  await screenshot(page, 'ai-questions-queued');

  fake = await startFakeOpenAi({ port: Number(new URL(baseUrl).port), models: ['llama3.1:8b'] });
  fake.queue({
    kind: 'content',
    content: JSON.stringify({ questions: [generatedQuestion('Tell me about a time you learned a skill fast.')] }),
  });
  await queue.getByRole('button', { name: 'Run now' }).click();
  await expect(panel.getByTestId('ai-queue')).toHaveCount(0);
  const saved = await app.services.db
    .selectFrom('questions')
    .select('text')
    .where('source', '=', 'generated')
    .execute();
  expect(saved).toEqual([{ text: 'Tell me about a time you learned a skill fast.' }]);
});
