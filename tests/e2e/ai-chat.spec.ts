import { startFakeOpenAi, type FakeOpenAi } from '../helpers/fake-openai/fake-openai-server';
import { expect, screenshot, test } from './fixtures';

let fake: FakeOpenAi;
test.beforeEach(async () => {
  fake = await startFakeOpenAi({ models: ['llama3.1:8b'] });
});
test.afterEach(async () => {
  await fake.close();
});

const LONG_REPLY =
  '**Question 1.** Design a URL shortener.\n\n- How do you make ids?\n- Where do you store them?\n\n' +
  'Take your time and think about reads versus writes, caching, and what happens when one region fails. '.repeat(8);

test('AI off: the chat says so and offers the offline route', async ({ app, page }) => {
  await app.open('coach-chat');
  await expect(page.getByTestId('chat-off')).toContainText('nothing you write here is sent anywhere');
  await expect(page.getByRole('link', { name: 'Settings → AI' })).toBeVisible();
  expect(fake.requests).toHaveLength(0);
});

test('a streamed reply, rendered as safe Markdown, stopped half-way', async ({ app, page }) => {
  app.services.settings.update({ ai: { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'llama3.1:8b' } });
  await app.open('coach-chat');
  await expect(page.getByTestId('chat-privacy')).toContainText('not your answers');

  fake.queue({ kind: 'content', content: LONG_REPLY, tokenSize: 6, delayMs: 40 });
  await page.getByRole('button', { name: 'Quiz me on system design' }).click();
  const streaming = page.getByTestId('chat-streaming');
  await expect(streaming.locator('strong')).toHaveText('Question 1.');
  await expect(streaming.getByRole('listitem')).toHaveCount(2);
  await screenshot(page, 'ai-chat-streaming');
  await page.getByRole('button', { name: 'Stop' }).click();

  const reply = page.locator('.chat-assistant[data-status="stopped"]');
  await expect(reply).toContainText('Stopped.');
  await expect(reply).toContainText('Design a URL shortener');
  const shown = (await reply.locator('.md').textContent()) ?? '';
  expect(shown.length).toBeLessThan(LONG_REPLY.length / 2);
  await expect.poll(() => fake.abortedRequests()).toBe(1);
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

  // Raw HTML in a reply stays text.
  fake.queue({ kind: 'content', content: 'Try <img src=x onerror="window.__pwned=1"> this *now*.' });
  await page.getByLabel('Message').fill('Anything else?');
  await page.getByLabel('Message').press('Enter');
  const last = page.locator('.chat-assistant[data-status="complete"]').last();
  await expect(last).toContainText('Try <img src=x onerror="window.__pwned=1"> this now.');
  await expect(last.locator('img')).toHaveCount(0);
  await expect(last.locator('em')).toHaveText('now');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The conversation is kept: after a reload it is all there.
  await page.reload();
  await expect(page.locator('.chat-user')).toHaveCount(2);
  await expect(page.locator('.chat-assistant[data-status="stopped"]')).toContainText('Design a URL shortener');
  await screenshot(page, 'ai-chat-after-stop');
});
