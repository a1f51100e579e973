import { wordVectorsPath } from '../helpers/word-vectors';
import { expect, screenshot, test } from './fixtures';

// The evaluator worker runs from source here, so it finds the word vectors through the variable
// (the packaged app has them beside the worker).
process.env['INTERVYOU_WORD_VECTORS'] = wordVectorsPath();

const GRADING_TIMEOUT = 120_000;

test('the score says what it means, names a gaming attempt, and says technical facts are not checked', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await app.open('practice');
  await page.getByLabel('Category').selectOption('technical-software');
  const first = page.getByRole('list', { name: 'Questions' }).getByRole('link').first();
  await expect(first.locator('.badge-category')).toHaveText(/technical software/i);
  await first.click();

  const box = page.getByLabel('Your answer');
  await expect(box).toBeEnabled();
  await box.fill(
    'Process, thread, memory, address space, isolation, shared heap, context switch, mutex, race condition, scheduler, concurrency, parallelism, performance, scalability, trade-offs, best practices.',
  );
  await box.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: GRADING_TIMEOUT });

  const score = Number(await page.getByTestId('overall-score').locator('.ring-number').textContent());
  expect(score).toBeLessThan(40);
  await expect(page.getByTestId('score-band')).toContainText('Not an answer yet');
  await expect(page.getByTestId('facts-note')).toContainText('does not verify technical facts');
  // With AI off, the note says how to get the facts checked.
  await expect(page.getByTestId('facts-note').getByRole('link', { name: 'Settings → AI' })).toHaveAttribute(
    'href',
    '#/settings',
  );
  await expect(page.getByText(/reads as a list of key terms/)).toBeVisible();
  await screenshot(page, 'feedback-score-meaning-light');
});
