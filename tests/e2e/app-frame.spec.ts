import BetterSqlite3 from 'better-sqlite3';
import { NAV_ITEMS } from '../../renderer/src/app/screen-registry';
import { attemptRow } from '../helpers/attempts';
import { expect, screenshot, test } from './fixtures';

test('every screen in the navigation opens and says what it is', async ({ page, app }) => {
  await app.open();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const item of NAV_ITEMS) {
    await nav.getByRole('link', { name: item.label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${item.id}`));
    await expect(nav.getByRole('link', { name: item.label, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('main h1').first()).toBeVisible();
  }
});

test('an unknown route offers the way back', async ({ page, app }) => {
  await app.open('no-such-screen');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await expect(page.getByTestId('stat-attempts')).toBeVisible();
});

test('the dashboard starts with an honest zero state', async ({ page, app }) => {
  await app.open();
  await expect(page.getByTestId('stat-attempts')).toContainText('0');
  await expect(page.getByTestId('stat-average')).toContainText('—');
  await expect(page.getByTestId('stat-streak')).toContainText('0 days');
  await expect(page.getByText('Your practice history starts here')).toBeVisible();
  await screenshot(page, 'dashboard-empty-light');
});

test('the dashboard updates after an attempt is written to SQLite', async ({ page, app }) => {
  await app.open();
  await expect(page.getByTestId('stat-attempts')).toContainText('0');

  // Another process (the CLI, a sync) writes to the same database file.
  const other = new BetterSqlite3(app.services.paths.database);
  const row = attemptRow({ overall: 82, question_text: 'Why do you want to work here?', category: 'hr-general' });
  const columns = Object.keys(row);
  other
    .prepare(`INSERT INTO attempts (${columns.join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`)
    .run(row);
  const yesterday = attemptRow({ overall: 64, at: new Date(Date.now() - 86_400_000) });
  other
    .prepare(`INSERT INTO attempts (${columns.join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`)
    .run(yesterday);
  other.close();

  // The window regaining focus reloads the figures.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('stat-attempts')).toContainText('2');
  await expect(page.getByTestId('stat-average')).toContainText('73');
  await expect(page.getByTestId('stat-streak')).toContainText('2 days');
  await expect(page.getByTestId('recent-attempts')).toContainText('Why do you want to work here?');
  await screenshot(page, 'dashboard-with-data-light');
});

test('the theme can be light, dark or follow the system, and is remembered', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.open('settings');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark'); // follows the system by default
  const theme = page.getByRole('radiogroup', { name: 'Theme' });

  await theme.getByRole('radio', { name: 'Light' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(app.services.settings.get().theme).toBe('light');

  await theme.getByRole('radio', { name: 'Dark' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'settings-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark'); // explicit choice wins over the system

  await theme.getByRole('radio', { name: 'Follow system' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await screenshot(page, 'dashboard-empty-dark');
});

test('settings show the data folder, and reset asks for confirmation before deleting', async ({ page, app }) => {
  await app.services.db.insertInto('attempts').values([attemptRow(), attemptRow()]).execute();
  await app.open('settings');
  await expect(page.getByTestId('path-data-folder')).toHaveText(app.dataDir);

  await page.getByRole('button', { name: 'Reset local data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all local data?' });
  const confirm = dialog.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type RESET to confirm').fill('reset');
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(2);

  await page.getByRole('button', { name: 'Reset local data…' }).click();
  await dialog.getByLabel('Type RESET to confirm').fill('RESET');
  await confirm.click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed 2 answers' })).toBeVisible();
  expect(await app.services.db.selectFrom('attempts').select('id').execute()).toHaveLength(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByTestId('stat-attempts')).toContainText('0');
});

test('the indicator shows when the computer goes offline and back, and opens Account', async ({
  page,
  context,
  app,
}) => {
  await app.open();
  const indicator = page.getByTestId('online-indicator');
  await expect(indicator).toHaveText('Signed outSign in to sync your scores');
  await context.setOffline(true);
  await expect(indicator).toContainText('Offline');
  await expect(page.getByTestId('stat-attempts')).toBeVisible(); // still works offline
  await context.setOffline(false);
  await expect(indicator).toContainText('Signed out');
  await indicator.click();
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
});
