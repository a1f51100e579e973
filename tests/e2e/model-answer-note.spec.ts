import { expect, screenshot, test } from './fixtures';

test('a greyed "Show model answer" says in text why, and what has one', async ({ page, app }) => {
  test.setTimeout(240_000);
  // beh-006 is a bank question without a model answer.
  await app.open('practice?q=beh-006');
  const box = page.getByLabel('Your answer');
  await expect(box).toBeEnabled();
  await box.fill(
    'In my last role I led the migration of our billing system. I planned it in three stages, ' +
      'tested each with real invoices, and we moved 12,000 customers with no failed payments.',
  );
  await box.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: 120_000 });

  const button = page.getByRole('button', { name: 'Show model answer' });
  await expect(button).toBeDisabled();
  const note = page.getByTestId('model-answer-note');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(
    'No model answer: the question bank has none for this question yet. Questions marked “Model answer” in the question list have one to compare with.',
  );
  // The reason is the button's description for screen readers too, not only a hover tooltip.
  await expect(button).toHaveAccessibleDescription(/the question bank has none for this question yet/);
  await expect(button).not.toHaveAttribute('title');
  await screenshot(page, 'practice-no-model-answer-light');

  // A question with a model answer has the button enabled and no note.
  await page.goto(`${app.host.url}?token=${app.host.token}#/practice?q=beh-001`);
  await expect(page.getByLabel('Your answer')).toBeEnabled();
  await page.getByLabel('Your answer').fill('In my last role I improved onboarding and cut ramp-up time by 30%.');
  await page.getByLabel('Your answer').press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('button', { name: 'Show model answer' })).toBeEnabled();
  await expect(page.getByTestId('model-answer-note')).toHaveCount(0);
});
