import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

// The first grade in a worker waits for the evaluator's grammar checker to compile (seconds).
const GRADING_TIMEOUT = 120_000;

const FIRST_ANSWER =
  'Um, so basically my teammate and I kind of disagreed about a release. I think I just told him he was wrong and we argued. In the end it was fine I guess.';

const SECOND_ANSWER =
  'Last year at a fintech startup, a senior developer and I disagreed about shipping a payments feature two weeks early. ' +
  'My task as the QA lead was to protect release quality without blocking the launch. ' +
  'I asked for a 30-minute meeting, brought data from our Jira board showing 14 open defects, and proposed a phased rollout to 5% of users behind a feature flag. ' +
  'We agreed to fix the three critical bugs first. As a result we launched only four days late, crash reports fell by 60%, and he asked me to review the next release plan. ' +
  'I learned to bring evidence and options, not just objections.';

/** The app scrolls inside <main>, so a full-page shot needs a window as tall as its content. */
async function fullPage(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 820 };
  const height = await page.locator('main.content').evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: original.width, height: Math.min(Math.max(height, original.height), 4000) });
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`) });
  await page.setViewportSize(original);
}

async function openFirstQuestion(page: Page, category: string): Promise<string> {
  await page.getByLabel('Category').selectOption(category);
  const list = page.getByRole('list', { name: 'Questions' });
  const first = list.getByRole('link').first();
  // The list reloads after a short debounce; wait until it shows the chosen category.
  await expect(first.locator('.badge-category')).toHaveText(new RegExp(category.replace('-', ' '), 'i'));
  const text = (await first.locator('.question-text').textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  return text;
}

async function answerAndSubmit(page: Page, answer: string): Promise<void> {
  const box = page.getByLabel('Your answer');
  await expect(box).toBeEnabled();
  await box.fill(answer);
  await box.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: GRADING_TIMEOUT });
}

test('a full practice round: pick, answer, feedback, retry with comparison, bookmark, saved with a note, practise the saved set', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await app.open('practice');
  await expect(page.getByRole('heading', { name: 'Practice', level: 1 })).toBeVisible();
  await screenshot(page, 'practice-chooser-light');

  const question = await openFirstQuestion(page, 'conflict');
  await expect(page.getByTestId('answer-timer')).toContainText(/0:0\d/);
  await expect(page.getByTestId('answer-timer')).not.toHaveText(/0:00$/, { timeout: 5_000 }); // the timer runs
  await page.getByLabel('Your answer').fill(FIRST_ANSWER);
  await expect(page.getByTestId('word-count')).toHaveText(`${FIRST_ANSWER.split(' ').length} words`);
  await screenshot(page, 'practice-answer-light');
  await page.getByLabel('Your answer').press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: GRADING_TIMEOUT });

  // The feedback: score, sub-scores, the answer marked up, key points, STAR and coaching notes.
  const firstScore = Number(await page.getByTestId('overall-score').locator('.ring-number').textContent());
  expect(firstScore).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('subscore-content')).toBeVisible();
  await expect(page.getByTestId('subscore-delivery')).toContainText('—');
  const marked = page.getByTestId('highlighted-answer');
  await expect(marked).toHaveText(FIRST_ANSWER);
  await expect(marked.locator('mark[data-kind="filler"]').first()).toBeVisible();
  await expect(marked.locator('mark[data-kind="hedge"]').first()).toBeVisible();
  await expect(page.getByTestId('key-points').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('star-breakdown').locator('li')).toHaveCount(4);
  await expect(page.getByTestId('feedback-items')).toContainText('What to improve');
  await page.getByRole('button', { name: 'Show model answer' }).click();
  await expect(page.getByTestId('model-answer')).toBeVisible();
  await fullPage(page, 'practice-feedback-light');

  // Every attempt is stored.
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(1);

  // Try again: a fresh answer, then the side-by-side comparison with score changes.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByLabel('Your answer')).toHaveValue('');
  await answerAndSubmit(page, SECOND_ANSWER);
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toBeVisible();
  await expect(comparison.getByTestId('compare-overall')).toContainText(String(firstScore));
  await expect(comparison.getByTestId('compare-overall').locator('.delta')).toContainText('▲');
  for (const key of ['content', 'structure', 'language'])
    await expect(comparison.getByTestId(`compare-${key}`).locator('.delta')).toBeVisible();
  await expect(comparison).toContainText(FIRST_ANSWER);
  await comparison.scrollIntoViewIfNeeded();
  await screenshot(page, 'practice-comparison-light');
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(2);
  expect(await app.services.db.selectFrom('outbox').select('id').execute()).toHaveLength(2);

  // Bookmark from the feedback view.
  const save = page.getByRole('button', { name: 'Save question' });
  await save.click();
  await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');

  // Saved: the question, a note, and practising the saved set.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved', exact: true }).click();
  const item = page.getByTestId('saved-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(question);
  await item.getByRole('button', { name: 'Add a note' }).click();
  await item.getByLabel('Note').fill('Lead with the data, then the phased rollout.');
  await item.getByRole('button', { name: 'Save note' }).click();
  await expect(item).toContainText('Lead with the data, then the phased rollout.');
  await page.reload();
  await expect(page.getByTestId('saved-item')).toContainText('Lead with the data, then the phased rollout.');
  await screenshot(page, 'saved-light');
  await page.getByRole('button', { name: 'Practise all 1' }).click();
  await expect(page.getByTestId('queue-progress')).toHaveText('Question 1 of 1');
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
});

test('the practice screens in the dark theme', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open('practice');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('result-count')).toContainText('questions');
  await screenshot(page, 'practice-chooser-dark');
  await openFirstQuestion(page, 'behavioral');
  await page.getByLabel('Your answer').fill(SECOND_ANSWER);
  await screenshot(page, 'practice-answer-dark');
  await page.getByLabel('Your answer').press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  await page.getByRole('button', { name: 'Save question' }).click();
  await fullPage(page, 'practice-feedback-dark');
  await page.getByRole('button', { name: 'Try again' }).click();
  await answerAndSubmit(page, FIRST_ANSWER);
  await page.getByTestId('comparison').scrollIntoViewIfNeeded();
  await screenshot(page, 'practice-comparison-dark');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved', exact: true }).click();
  await expect(page.getByTestId('saved-item')).toHaveCount(1);
  await screenshot(page, 'saved-dark');
});

test('HTML and script in an answer are shown as text, never run', async ({ page, app }) => {
  test.setTimeout(180_000);
  await app.open('practice?q=beh-001');
  const hostile = `<script>globalThis.__pwned = 1</script><img src=x onerror="globalThis.__pwned = 2"> ${SECOND_ANSWER} <b>bold</b>`;
  await answerAndSubmit(page, hostile);
  const marked = page.getByTestId('highlighted-answer');
  await expect(marked).toHaveText(hostile);
  await expect(marked.locator('script, img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  const stored = await app.services.db.selectFrom('attempts').select('answer_text').executeTakeFirstOrThrow();
  expect(stored.answer_text).toBe(hostile);
});

test('bad answers get a clear message and keep what was typed', async ({ page, app }) => {
  test.setTimeout(180_000);
  await app.open('practice?q=beh-001');
  const box = page.getByLabel('Your answer');
  await expect(box).toBeEnabled();

  await page.getByRole('button', { name: 'Submit for feedback' }).click();
  await expect(page.getByRole('alert')).toContainText('Your answer is empty');
  await box.fill('   \n  ');
  await box.press('Control+Enter');
  await expect(page.getByRole('alert')).toContainText('Your answer is empty');

  await box.fill('🚀🔥👍 🙂🙂');
  await box.press('Control+Enter');
  await expect(page.getByRole('alert')).toContainText('no words');
  await expect(box).toHaveValue('🚀🔥👍 🙂🙂');

  const french =
    'Je pense que la communication est très importante dans une équipe, et nous avons travaillé ensemble pour résoudre le problème.';
  await box.fill(french);
  await box.press('Control+Enter');
  await expect(page.getByRole('alert')).toContainText('does not look like English');
  await expect(box).toHaveValue(french);
  await screenshot(page, 'practice-bad-input-light');

  // A 50,000-character paste is cut to the evaluator's limit, with a message.
  const sentence = 'I cut the support backlog by 40% in two months by triaging every morning. ';
  await box.fill(sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000));
  await expect(page.getByRole('status').filter({ hasText: 'over the 20,000-character limit' })).toBeVisible();
  const kept = await box.inputValue();
  expect(kept.length).toBeLessThanOrEqual(20_000);
  expect(kept.endsWith('morning.')).toBe(true);
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(0);
});

test('a draft survives a reload', async ({ page, app }) => {
  await app.open('practice?q=beh-002');
  const box = page.getByLabel('Your answer');
  await expect(box).toBeEnabled();
  await box.fill('In my first month at the agency, I had to <learn> Looker in eight days');
  await expect(page.getByTestId('draft-status')).toHaveText('Draft saved');
  await page.reload();
  await expect(page.getByLabel('Your answer')).toHaveValue(
    'In my first month at the agency, I had to <learn> Looker in eight days',
  );
  await expect(page.getByTestId('draft-status')).toContainText('Draft restored');
  const draft = await app.services.db.selectFrom('drafts').selectAll().executeTakeFirstOrThrow();
  expect(draft.question_id).toBe('beh-002');
});

test('search treats hostile text as words, and a job description gives a matched set with reasons', async ({
  page,
  app,
}) => {
  await app.open('practice');
  const search = page.getByLabel('Search the bank');
  for (const hostile of ['"', 'NEAR(', '*', 'text:"x" AND (']) {
    await search.fill(hostile);
    await expect(page.getByTestId('result-count')).toContainText('question');
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await search.fill('tight deadline');
  await expect(page.getByRole('list', { name: 'Questions' })).toContainText('tight deadline');

  await page.getByRole('tab', { name: 'Match a job description' }).click();
  await page
    .getByRole('textbox', { name: 'Job description' })
    .fill(
      'Customer Support Specialist. Answer customer tickets by email and live chat in Zendesk, troubleshoot account problems, de-escalate frustrated customers and keep CSAT above 90%.',
    );
  await page.getByRole('button', { name: 'Find matching questions' }).click();
  const matched = page.getByRole('list', { name: 'Questions matched to the job description' });
  await expect(matched.getByRole('listitem')).toHaveCount(10);
  await expect(page.getByText('Looks like: Customer Support')).toBeVisible();
  await expect(matched).toContainText('Asked of customer support candidates');
  await screenshot(page, 'practice-job-match-light');
  await page.getByRole('button', { name: 'Practise these 10' }).click();
  await expect(page.getByTestId('queue-progress')).toHaveText('Question 1 of 10');
  expect(app.dataDir).toBeTruthy();
});

test('your own question: add it, practise it, and Saved starts empty with a way in', async ({ page, app }) => {
  await app.open('saved');
  await expect(page.getByRole('heading', { name: 'No saved questions yet' })).toBeVisible();
  await screenshot(page, 'saved-empty-light');
  await page.getByRole('link', { name: 'Browse questions' }).click();
  await page.getByRole('tab', { name: 'Add your own' }).click();
  await page.getByLabel('Your question').fill('Tell me about a time you turned a frustrated customer around.');
  await page.getByLabel('Category').selectOption('customer-service');
  await page.getByLabel(/What a good answer covers/).fill('Acknowledges the frustration\nStates the result in numbers');
  await screenshot(page, 'practice-custom-light');
  await page.getByRole('button', { name: 'Add and practise' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tell me about a time you turned a frustrated customer around.' }),
  ).toBeVisible();
  await expect(page.getByText('Your question', { exact: true })).toBeVisible();
  const stored = await app.services.db
    .selectFrom('questions')
    .select(['source', 'category', 'key_points'])
    .where('source', '=', 'custom')
    .executeTakeFirstOrThrow();
  expect(stored).toMatchObject({ source: 'custom', category: 'customer-service' });
  expect(JSON.parse(stored.key_points)).toHaveLength(2);
});
