import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { attemptRow, insertAttempts } from '../helpers/attempts';
import { invoker, valueOf } from '../helpers/invoke';
import { expect, screenshot, test } from './fixtures';

let fake: FakeOpenAi;
test.beforeEach(async () => {
  fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
});
test.afterEach(async () => {
  await fake.close();
});

test('a started plan explained by the AI on request; without AI the plan view is unchanged', async ({ app, page }) => {
  const questions = await app.services.db
    .selectFrom('questions')
    .select(['id', 'category'])
    .where('category', '=', 'system-design')
    .limit(3)
    .execute();
  await insertAttempts(
    app.services.db,
    questions.map((q) => attemptRow({ question_id: q.id, category: q.category, overall: 38 })),
  );
  const plan = valueOf(await invoker(app.services)('advisor:start-plan', { kind: 'weak-areas' })).plan;

  await app.open(`advisor?plan=${plan.id}`);
  await expect(page.getByRole('heading', { level: 1, name: plan.title })).toBeVisible();
  await expect(page.getByTestId('ai-plan-note')).toHaveCount(0);

  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  fake.queue({
    kind: 'content',
    content: 'System design is your lowest area (38 on average), so this plan starts there.',
  });
  await page.reload();
  await page.getByRole('button', { name: 'Why this plan? (AI)' }).click();
  await expect(page.getByTestId('ai-plan-text')).toHaveText(
    'System design is your lowest area (38 on average), so this plan starts there.',
  );
  await screenshot(page, 'ai-plan-explanation');
});
