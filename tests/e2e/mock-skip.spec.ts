import { expect, test } from './fixtures';

// The first grade in a worker waits for the evaluator's grammar checker to compile (seconds).
const GRADING_TIMEOUT = 120_000;
const ANSWER =
  'Last spring two teams disagreed about an API deadline. My task was to get a decision within a week. I set up one meeting, laid out the options with their costs, and we agreed to ship a smaller version first. As a result we launched on time and the second part followed two weeks later.';

test('a typed mock interview asks before a skip discards typed text, submits on Ctrl+Enter, and counts skips as skipped', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await app.open('mock-interview');
  await page.getByRole('radio', { name: 'Categories I choose' }).click();
  const group = page.getByRole('group', { name: 'Categories' });
  for (const box of await group.getByRole('checkbox').all()) await box.uncheck();
  await group.getByRole('checkbox', { name: /^Conflict/ }).check();
  await page.getByLabel('Number of questions').fill('3');
  await page.getByRole('radio', { name: /Typed/ }).click();
  await page.getByRole('button', { name: 'Start interview' }).click();

  // Question 1: typed text, then "Skip question" asks first; keeping the answer keeps the text.
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 1 of 3');
  await page.getByRole('button', { name: 'Start answering now' }).click();
  const answer = page.getByLabel('Your answer');
  await answer.fill('I would first listen to both sides');
  await page.getByRole('button', { name: 'Skip question' }).click();
  const confirm = page.getByTestId('mock-skip-confirm');
  await expect(confirm).toContainText('Skip this question and discard what you typed?');
  await expect(confirm).toContainText('You have written 7 words.');
  await page.screenshot({ path: '/tmp/ux-mock-skip-confirm.png' });
  await confirm.getByRole('button', { name: 'Keep my answer' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(answer).toHaveValue('I would first listen to both sides');
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 1 of 3');

  // Confirmed, it is skipped; nothing is stored as an answer.
  await page.getByRole('button', { name: 'Skip question' }).click();
  await page.getByRole('button', { name: 'Skip and discard' }).click();
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 3');
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(0);

  // The resume banner counts the skip as a skip, not as an answer.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('mock-resume-summary')).toContainText('0 of 3 answered · 1 skipped');
  await page.getByRole('button', { name: 'Resume interview' }).click();

  // Question 2: Ctrl+Enter submits, as in Practice.
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 3');
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await page.getByLabel('Your answer').fill(ANSWER);
  await page.getByLabel('Your answer').press('Control+Enter');
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 3 of 3', { timeout: GRADING_TIMEOUT });
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(1);

  // Question 3: an empty answer skips without asking.
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await page.getByRole('button', { name: 'Skip question' }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible({ timeout: GRADING_TIMEOUT });

  // The total is the one answer's score, and the report says the skips are not averaged in.
  const [attempt] = await app.services.db.selectFrom('attempts').select('overall').execute();
  await expect(page.getByTestId('mock-answered')).toHaveText('1 of 3 answered · 2 skipped');
  await expect(page.getByTestId('mock-total')).toHaveText(`${Math.round(attempt?.overall ?? -1)}of 100`);
  await expect(page.getByTestId('mock-total-rule')).toHaveText(
    'The total is the average of the answer you gave; skipped questions are not scored and not averaged in.',
  );
  await page.screenshot({ path: '/tmp/ux-mock-report.png', fullPage: true });

  await page.getByRole('button', { name: 'New mock interview' }).click();
  await expect(page.getByTestId('mock-history')).toContainText('1 of 3 answered');
});
