import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const GRADING_TIMEOUT = 120_000;

/** About 85 words: above the old "too short" line (78), below the stated 130 to aim for. */
const SHORTISH =
  'At my last company my manager wanted to ship a payments feature in two weeks without load testing. ' +
  'My task was to protect checkout for our forty thousand daily users. ' +
  'I showed her data from our last untested release, which caused a three hour outage that cost a lot of money, and I proposed a compromise: a feature flag for five percent of users. ' +
  'She agreed. As a result we found a connection leak early and launched a week later with zero downtime, and the team kept the checklist.';

async function submit(page: Page, answer: string): Promise<void> {
  const box = page.getByLabel('Your answer');
  await expect(box).toBeEnabled();
  await box.fill(answer);
  await box.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: GRADING_TIMEOUT });
}

test('practice applies the stated length: below "aim for" is said, and "I did it." earns no top mark anywhere', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  await app.open('practice?q=beh-001');
  await submit(page, SHORTISH);
  const words = page.locator('.metric').filter({ hasText: 'words' }).first();
  await expect(words).toContainText(/below the 130–320 to aim for/);
  await expect(page.getByTestId('feedback-items')).toContainText(
    /Your answer is \d+ words, below the 130–320 to aim for/,
  );
  await screenshot(page, 'practice-shortish-light');

  await page.getByRole('button', { name: 'Try again' }).click();
  await submit(page, 'I did it.');
  for (const key of ['content', 'structure', 'language']) {
    const value = Number(await page.getByTestId(`subscore-${key}`).locator('.subscore-value').textContent());
    expect(value, key).toBeLessThan(80);
  }
  await expect(page.getByTestId('feedback-items')).toContainText(/too short/);
  await screenshot(page, 'practice-i-did-it-light');
});
