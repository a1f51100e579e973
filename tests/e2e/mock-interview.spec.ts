import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { attemptRow, insertAttempts } from '../helpers/attempts';
import { answerFixture, answerWav } from '../helpers/media-fixtures';
import { makeTempDir } from '../helpers/temp-dir';
import { expect, test, type HostedApp } from './fixtures';

// The fake microphone plays an espeak-generated spoken answer (known words and pauses), so the
// audio-mode interview records real speech that ffmpeg and the voice analysis process for real.
const micWav = await answerWav(await answerFixture());
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

test.use({
  launchOptions: { executablePath: chromium, args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${micWav}`] },
  permissions: ['microphone', 'camera'],
});

// The first grade in a worker waits for the evaluator's grammar checker to compile (seconds).
const GRADING_TIMEOUT = 120_000;

const ANSWERS = [
  'I am a backend engineer with six years in payments. At my last company I led the move to event-driven billing, which cut invoice errors by 40 percent. I want this role because your team owns the platform end to end.',
  'Last spring two teams disagreed about an API deadline. My task was to get a decision within a week. I set up one meeting, laid out the options with their costs, and we agreed to ship a smaller version first. As a result we launched on time and the second part followed two weeks later.',
  'Um, I guess I would maybe just ask my manager what to do.',
  'When a release failed at 2am, I owned the rollback. I checked the dashboards, found a bad migration, rolled it back within 20 minutes, and wrote a postmortem. Afterwards we added a migration check to CI and had no repeat in six months.',
  'In my last team, onboarding took three weeks. I wrote a checklist, paired each new hire with a buddy, and recorded short videos of our systems. New engineers now ship their first change in five days.',
];

/** The app scrolls inside <main>, so a full-page shot needs a window as tall as its content. */
async function shot(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 820 };
  const height = await page.locator('main.content').evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: original.width, height: Math.min(Math.max(height, original.height), 4000) });
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`) });
  await page.setViewportSize(original);
}

/** The same screen in the light and the dark theme (the theme follows the system by default). */
async function bothThemes(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await shot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function setUpMock(
  page: Page,
  options: { mode: 'Typed' | 'Spoken (audio)'; count: number; categories?: string[] },
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Mock interview', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: 'Categories I choose' }).click();
  if (options.categories) {
    const group = page.getByRole('group', { name: 'Categories' });
    for (const box of await group.getByRole('checkbox').all()) await box.uncheck();
    for (const name of options.categories) await group.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  }
  await page.getByLabel('Number of questions').fill(String(options.count));
  await page.getByRole('radio', { name: new RegExp(options.mode.replace(/[()]/g, '.')) }).click();
}

async function answerTyped(page: Page, index: number, total: number, text: string): Promise<void> {
  await expect(page.getByTestId('mock-question-number')).toHaveText(`Question ${index} of ${total}`, {
    timeout: GRADING_TIMEOUT,
  });
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await page.getByLabel('Your answer').fill(text);
  await page.getByRole('button', { name: index === total ? 'Submit and finish' : 'Submit answer' }).click();
}

async function mockSessions(app: HostedApp) {
  return app.services.db.selectFrom('sessions').selectAll().where('kind', '=', 'mock').execute();
}

test('a five-question typed mock interview runs to its report, with no feedback until the end', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  await app.open('mock-interview');
  await bothThemes(page, 'mock-setup');
  await setUpMock(page, { mode: 'Typed', count: 5, categories: ['Behavioral', 'Teamwork', 'HR and general'] });
  await page.getByRole('button', { name: 'Start interview' }).click();

  // Prep: the question and a countdown, then the answer clock.
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 1 of 5');
  await expect(page.getByTestId('mock-clock')).toContainText('Preparation time');
  await expect(page.getByTestId('mock-clock')).toContainText(/0:(2\d|30)/);
  await bothThemes(page, 'mock-prep');
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await expect(page.getByTestId('mock-clock')).toContainText('Answer time');
  await page.getByLabel('Your answer').fill(ANSWERS[0] ?? '');
  await bothThemes(page, 'mock-answer');
  await page.getByRole('button', { name: 'Submit answer' }).click();
  // No score is shown between questions.
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 5', { timeout: GRADING_TIMEOUT });
  await expect(page.getByTestId('mock-total')).toHaveCount(0);

  for (let i = 2; i <= 5; i++) await answerTyped(page, i, 5, ANSWERS[i - 1] ?? '');

  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  await expect(page.getByTestId('mock-total')).toHaveText(/\d+of 100/);
  await expect(page.getByTestId('mock-report-question')).toHaveCount(5);
  await expect(page.getByTestId('mock-comparison')).toContainText('Your first mock interview');
  await expect(page.getByText('Strongest', { exact: true })).toBeVisible();
  // The hedging answer is the weakest.
  const weakest = page.getByTestId('mock-report-question').filter({ hasText: 'Weakest' });
  await expect(weakest).toHaveCount(1);
  await expect(page.getByTestId('mock-practise-next')).toBeVisible();
  await weakest.getByRole('button').first().click();
  await expect(weakest.getByText('What to improve')).toBeVisible();
  await expect(weakest.getByRole('link', { name: 'Full feedback and your answer' })).toBeVisible();
  await bothThemes(page, 'mock-report');

  const [session] = await mockSessions(app);
  expect(session).toMatchObject({ status: 'completed' });
  const attempts = await app.services.db.selectFrom('attempts').select(['session_id', 'mode']).execute();
  expect(attempts).toHaveLength(5);
  expect(attempts.every((a) => a.session_id === session?.id && a.mode === 'text')).toBe(true);

  // The full feedback of one answer opens in practice.
  await weakest.getByRole('link', { name: 'Full feedback and your answer' }).click();
  await expect(page).toHaveURL(/#\/practice\?q=.+&attempt=/);
});

test('an interrupted mock interview resumes after a reload and after leaving, and can be ended early or discarded', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await app.open('mock-interview');
  await setUpMock(page, { mode: 'Typed', count: 3, categories: ['Conflict'] });
  await page.getByRole('button', { name: 'Start interview' }).click();
  await answerTyped(page, 1, 3, ANSWERS[1] ?? '');
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 3', { timeout: GRADING_TIMEOUT });

  // The window reloads (or the app restarts) mid-interview: it comes back at the next question.
  await page.reload();
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 3');
  await expect(page.getByTestId('mock-clock')).toContainText('Preparation time');

  // Leaving for another screen and coming back offers to resume.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Mock interview', exact: true })
    .click();
  await expect(page.getByTestId('mock-resume-summary')).toContainText('1 of 3 answered');
  await bothThemes(page, 'mock-resume');
  await page.getByRole('button', { name: 'Resume interview' }).click();
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 3');

  // Ending early: the rest count as skipped.
  await page.getByRole('button', { name: 'End interview' }).click();
  await page.getByRole('button', { name: 'End and see the report' }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  await expect(page.getByTestId('mock-answered')).toHaveText('1 of 3 answered · 2 skipped');

  // Another one, discarded from the resume card: its answer stays in the history.
  await page.getByRole('button', { name: 'New mock interview' }).click();
  await setUpMock(page, { mode: 'Typed', count: 2, categories: ['Sales'] });
  await page.getByRole('button', { name: 'Start interview' }).click();
  await answerTyped(page, 1, 2, ANSWERS[3] ?? '');
  await expect(page.getByTestId('mock-question-number')).toHaveText('Question 2 of 2', { timeout: GRADING_TIMEOUT });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Discard it' }).click();
  await expect(page.getByTestId('mock-resume-summary')).toHaveCount(0);
  const sessions = await mockSessions(app);
  expect(sessions.map((s) => s.status).sort()).toEqual(['abandoned', 'completed']);
  await expect(page.getByTestId('mock-history').getByRole('listitem')).toHaveCount(1);
});

test('a five-question spoken mock interview records each answer from the microphone and reports delivery', async ({
  page,
  app,
}) => {
  test.setTimeout(420_000);
  await app.open('mock-interview');
  await setUpMock(page, { mode: 'Spoken (audio)', count: 5, categories: ['Behavioral', 'Leadership'] });
  await page.getByRole('button', { name: 'Start interview' }).click();
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByTestId('mock-question-number')).toHaveText(`Question ${i} of 5`, {
      timeout: GRADING_TIMEOUT,
    });
    // The microphone is live before answering: the level meter moves with the fake input.
    await expect
      .poll(async () => Number(await page.getByTestId('level-meter').getAttribute('data-level')), { timeout: 15_000 })
      .toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Start answering now' }).click();
    await expect(page.getByTestId('mock-recording-status')).toContainText('Recording your answer');
    await page.waitForTimeout(4_000);
    if (i === 1) await bothThemes(page, 'mock-audio-recording');
    await page.getByRole('button', { name: 'I’m done' }).click();
    const notes = page.getByLabel('Notes on your spoken answer');
    await expect(notes).toBeVisible({ timeout: 30_000 });
    await notes.fill(ANSWERS[(i - 1) % ANSWERS.length] ?? '');
    if (i === 1) await bothThemes(page, 'mock-audio-notes');
    await page.getByRole('button', { name: i === 5 ? 'Save and finish' : 'Save and next question' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  await expect(page.getByTestId('mock-report-question')).toHaveCount(5);
  await expect(
    page.getByRole('list', { name: 'Sub-scores' }).getByRole('listitem').filter({ hasText: 'Delivery' }),
  ).toContainText(/\d+/);
  await bothThemes(page, 'mock-audio-report');

  const attempts = await app.services.db
    .selectFrom('attempts')
    .select(['mode', 'recording_id', 'delivery_score', 'duration_sec'])
    .execute();
  expect(attempts).toHaveLength(5);
  for (const a of attempts) {
    expect(a.mode).toBe('audio');
    expect(a.recording_id).not.toBeNull();
    expect(a.delivery_score).not.toBeNull();
    expect(a.duration_sec).toBeGreaterThan(2);
  }
  const recordings = await app.services.db.selectFrom('recordings').select(['status', 'attempt_id']).execute();
  expect(recordings.every((r) => r.status === 'ready' && r.attempt_id !== null)).toBe(true);
});

test('a video mock interview shows the camera and records the answer with its picture', async ({ page, app }) => {
  test.setTimeout(240_000);
  await app.open('mock-interview');
  await expect(page.getByRole('heading', { name: 'Mock interview', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: 'Categories I choose' }).click();
  await page.getByLabel('Number of questions').fill('1');
  await page.getByRole('radio', { name: /On video/ }).click();
  await page.getByRole('button', { name: 'Start interview' }).click();
  await expect(page.getByLabel('Camera preview')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await expect(page.getByTestId('mock-recording-status')).toContainText('Recording your answer');
  await page.waitForTimeout(3_000);
  await bothThemes(page, 'mock-video-recording');
  await page.getByRole('button', { name: 'I’m done' }).click();
  await page.getByLabel('Notes on your spoken answer').fill(ANSWERS[3] ?? '');
  await page.getByRole('button', { name: 'Save and finish' }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  const [attempt] = await app.services.db.selectFrom('attempts').select(['mode', 'recording_id']).execute();
  expect(attempt?.mode).toBe('video');
  const recording = await app.services.db
    .selectFrom('recordings')
    .select(['mode', 'status'])
    .where('id', '=', attempt?.recording_id ?? '')
    .executeTakeFirst();
  expect(recording).toEqual({ mode: 'video', status: 'ready' });
});

test('a spoken mock interview with no microphone says so and continues in text mode', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
  });
  await app.open('mock-interview');
  await setUpMock(page, { mode: 'Spoken (audio)', count: 1, categories: ['Teamwork'] });
  await page.getByRole('button', { name: 'Start interview' }).click();
  const problem = page.getByTestId('mock-device-problem');
  await expect(problem).toContainText('No microphone was found');
  await expect(page.getByRole('button', { name: 'Start answering now' })).toBeDisabled();
  await bothThemes(page, 'mock-no-microphone');
  await problem.getByRole('button', { name: 'Continue in text mode' }).click();
  await expect(problem).toHaveCount(0);
  await page.getByRole('button', { name: 'Start answering now' }).click();
  await page.getByLabel('Your answer').fill(ANSWERS[4] ?? '');
  await page.getByRole('button', { name: 'Submit and finish' }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  await expect(page.getByText(/typed · /)).toBeVisible();
  const attempts = await app.services.db.selectFrom('attempts').select('mode').execute();
  expect(attempts).toEqual([{ mode: 'text' }]);
});

test('the advisor explains itself with no answers, then finds a weak area and starts a plan in practice', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.open('advisor');
  await expect(page.getByTestId('advisor-level')).toHaveText('Beginner');
  await expect(page.getByTestId('plan-weak-areas')).toContainText('No answers yet');
  await expect(page.getByTestId('plan-weak-areas').getByRole('button', { name: 'Start' })).toBeDisabled();
  await bothThemes(page, 'advisor-empty');

  // A history: conflict answered poorly a week ago, teamwork well.
  const ids = async (category: string) =>
    (
      await app.services.db
        .selectFrom('questions')
        .select('id')
        .where('category', '=', category)
        .orderBy('id')
        .limit(6)
        .execute()
    ).map((q) => q.id);
  const now = Date.now();
  const rows = [
    ...(await ids('conflict')).map((id, i) =>
      attemptRow({
        question_id: id,
        category: 'conflict',
        overall: 38 + i * 2,
        content_score: 40,
        structure_score: 30,
        language_score: 60,
        at: new Date(now - (9 - i) * 86_400_000),
      }),
    ),
    ...(await ids('teamwork')).map((id, i) =>
      attemptRow({
        question_id: id,
        category: 'teamwork',
        overall: 80 + i,
        content_score: 80,
        structure_score: 78,
        language_score: 85,
        at: new Date(now - (8 - i) * 86_400_000),
      }),
    ),
  ];
  await insertAttempts(app.services.db, rows);
  await page.reload();
  await expect(page.getByTestId('advisor-categories').getByRole('row', { name: /Conflict/ })).toContainText('Weak');
  await expect(page.getByTestId('advisor-categories').getByRole('row', { name: /Teamwork/ })).toContainText('Strong');
  await expect(page.getByTestId('due-reviews').getByRole('listitem')).toHaveCount(6);
  await bothThemes(page, 'advisor');

  // Details of the weak-areas plan: concrete questions, each with its reason.
  await page.getByTestId('plan-weak-areas').getByRole('link', { name: 'Details' }).click();
  await expect(page.getByRole('heading', { name: 'Improve weak areas' })).toBeVisible();
  const items = page.getByTestId('plan-items').getByRole('listitem');
  await expect(items).toHaveCount(6);
  await expect(items.first()).toContainText('Why:');
  await expect(page.getByTestId('plan-items')).toContainText(/Conflict is weak|Due for another try/);
  await bothThemes(page, 'advisor-plan-details');
  const firstQuestion = (await items.first().getByRole('link').textContent()) ?? '';

  // A category with no questions cannot be mastered yet, and says why.
  await page.goto(`${app.host.url}?token=${app.host.token}#/advisor?preview=mastery&category=sales`);
  await expect(page.getByTestId('plan-items').or(page.getByTestId('plan-unavailable'))).toBeVisible();
  await app.services.db.updateTable('questions').set({ archived: 1 }).where('category', '=', 'sales').execute();
  await page.reload();
  await expect(page.getByTestId('plan-unavailable')).toContainText('There are no questions in Sales yet');
  await expect(page.getByRole('button', { name: 'Start this plan' })).toBeDisabled();
  await shot(page, 'advisor-mastery-no-questions-light');

  // Start: practice opens on the plan's first question, working through the plan's set.
  await page.goto(`${app.host.url}?token=${app.host.token}#/advisor?preview=weak-areas`);
  await page.getByRole('button', { name: 'Start this plan' }).click();
  await expect(page).toHaveURL(/#\/practice\?q=[^&]+&queue=/);
  await expect(page.getByRole('heading', { level: 1, name: firstQuestion })).toBeVisible();
  const [plan] = await app.services.db.selectFrom('plans').selectAll().execute();
  expect(plan).toMatchObject({ kind: 'weak-areas', status: 'active' });
  const queue = new URL(page.url().replace('#/', '')).searchParams.get('queue')?.split(',');
  expect(queue).toEqual((JSON.parse(plan?.items ?? '[]') as Array<{ questionId: string }>).map((i) => i.questionId));
  const session = await app.services.db
    .selectFrom('sessions')
    .selectAll()
    .where('plan_id', '=', plan?.id ?? '')
    .executeTakeFirst();
  expect(session).toMatchObject({ kind: 'plan', status: 'active' });

  // Back in the advisor the plan shows as running, and its progress page lists the items.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Advisor', exact: true }).click();
  await expect(page.getByTestId('plan-weak-areas')).toContainText('Running: 0 of 6 done');
  await page.getByTestId('plan-weak-areas').getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Improve weak areas' })).toBeVisible();
  await bothThemes(page, 'advisor-plan-progress');
});

test('the profile shows badges earned from answers, exports a ZIP that unzips, and deletes everything', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.open('profile');
  await expect(page.getByTestId('badge-first-answer')).toHaveAttribute('data-earned', 'false');
  await bothThemes(page, 'profile-empty');

  const now = Date.now();
  await insertAttempts(
    app.services.db,
    [0, 1, 2, 2].map((d, i) =>
      attemptRow({ overall: 64 + i, category: 'teamwork', at: new Date(now - d * 86_400_000) }),
    ),
  );
  await page.reload();
  await expect(page.getByTestId('badge-first-answer')).toHaveAttribute('data-earned', 'true');
  await expect(page.getByTestId('badge-streak-3')).toHaveAttribute('data-earned', 'true');
  await expect(page.getByTestId('badge-streak-7')).toContainText('3 of 7 days');
  await expect(page.getByTestId('badge-category-master')).toContainText('Teamwork — 4 of 10 answers');

  await page.getByLabel('Display name').fill('Ada Lovelace');
  await page.getByLabel('Target role').selectOption('software-engineer');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Ada Lovelace' })).toBeVisible();
  await bothThemes(page, 'profile');

  await page.getByRole('button', { name: 'Export as ZIP…' }).click();
  const exported = page.getByTestId('export-result');
  await expect(exported).toContainText('Saved');
  const zipPath = (await page.getByTestId('export-path').textContent()) ?? '';
  expect(path.dirname(zipPath)).toBe(app.services.paths.exports);
  const out = makeTempDir('intervyou-unzip-');
  try {
    execFileSync('unzip', ['-q', zipPath, '-d', out.path]);
    expect(JSON.parse(readFileSync(path.join(out.path, 'tables', 'attempts.json'), 'utf8'))).toHaveLength(4);
    expect(JSON.parse(readFileSync(path.join(out.path, 'tables', 'profile.json'), 'utf8'))).toMatchObject([
      { display_name: 'Ada Lovelace' },
    ]);
    expect(JSON.parse(readFileSync(path.join(out.path, 'manifest.json'), 'utf8'))).toMatchObject({
      tables: { attempts: 4 },
    });
  } finally {
    out.remove();
  }
  await shot(page, 'profile-exported-light');

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await shot(page, 'profile-delete-confirm-light');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 4 answers' })).toBeVisible();
  await expect(page.getByTestId('badge-first-answer')).toHaveAttribute('data-earned', 'false');
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toEqual([]);
});
