import { attemptRow } from '../helpers/attempts';
import { expect, screenshot, test } from './fixtures';

const DAY = 86_400_000;

test('the dashboard suggests what to do next and opens recent answers', async ({ page, app }) => {
  const question = await app.services.db
    .selectFrom('questions')
    .select(['id', 'text', 'category'])
    .where('id', '=', 'beh-001')
    .executeTakeFirstOrThrow();
  // A poor answer two days ago comes back for another try after a day (the advisor's schedule).
  await app.services.db
    .insertInto('attempts')
    .values([
      attemptRow({
        question_id: question.id,
        question_text: question.text,
        category: question.category,
        overall: 38,
        at: new Date(Date.now() - 2 * DAY),
      }),
      attemptRow({ overall: 81, question_text: 'Why do you want this role?', category: 'hr-general' }),
    ])
    .execute();
  await app.open();

  const upNext = page.getByTestId('up-next');
  await expect(upNext).toContainText('One question is due for another try');
  await expect(upNext).toContainText('Run a mock interview');
  await screenshot(page, 'dashboard-up-next-light');

  await page
    .getByTestId('recent-attempts')
    .getByRole('link', { name: /Why do you want this role\?/ })
    .click();
  await expect(page).toHaveURL(/#\/reports\?.*attempt=/);
  await expect(page.getByTestId('attempt-question')).toHaveText('Why do you want this role?');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await upNext.getByRole('link', { name: /due for another try/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/practice\\?q=${question.id}`));
  await expect(page.getByRole('heading', { name: question.text })).toBeVisible();
});
