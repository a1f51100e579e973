import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A tall window so one screenshot shows a whole report page (the content pane scrolls, not the page). */
async function tallShot(page: Page, name: string, height = 2300): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 1280, height });
  await page.waitForTimeout(300); // charts re-measure their width
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`) });
  if (before) await page.setViewportSize(before);
}

test('sample data from Settings, then Reports: charts, filtered history, an attempt, a PDF, and the dashboard', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open('settings');
  await page.getByTestId('load-sample').click();
  await expect(page.getByRole('status').filter({ hasText: /Loaded 300 sample answers/ })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByTestId('remove-sample')).toBeVisible();
  await tallShot(page, 'settings-sample-loaded-light', 1100);

  // Reports: the banner says it is sample data, and every chart has something to draw.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByTestId('sample-banner')).toContainText('300 sample answers');
  await page.getByRole('radio', { name: 'All time' }).click();
  await expect(page.getByTestId('report-answers')).toContainText('300');
  for (const chart of [
    'chart-score-trend',
    'chart-subskills',
    'chart-pace',
    'chart-fillers',
    'chart-categories',
    'chart-calendar',
  ]) {
    await expect(page.getByTestId(chart)).toHaveAttribute('data-ready', 'true');
  }
  await expect(page.getByTestId('chart-score-trend').locator('svg[role="img"] > title')).toHaveText('Score over time');
  await expect(page.getByTestId('insights').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('category-table').locator('tbody tr')).toHaveCount(12);
  await tallShot(page, 'reports-overview-light', 3200);

  // Every chart offers its numbers as a table.
  const trend = page.locator('.chart-card').filter({ has: page.getByTestId('chart-score-trend') });
  await trend.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByTestId('chart-score-trend').locator('table tbody tr')).not.toHaveCount(0);
  await trend.getByRole('button', { name: 'Chart' }).click();

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await tallShot(page, 'reports-overview-dark', 3200);
  await page.emulateMedia({ colorScheme: 'light' });

  // Narrowing to a category redraws everything for it.
  await page.locator('.scope-bar').getByLabel('Category').selectOption('sales');
  await expect(page).toHaveURL(/category=sales/);
  await expect(page.getByTestId('category-table').locator('tbody tr')).toHaveCount(1);

  // History: filter by category, type, score and words; open an answer.
  await page.getByRole('link', { name: 'History' }).click();
  const total = page.getByTestId('history-total');
  await expect(total).toHaveText('300 answers');
  await page.getByRole('search').getByLabel('Category').selectOption('product');
  await expect(total).toHaveText(/^\d+ answers? match$/);
  const productCount = Number((await total.textContent())?.match(/\d+/)?.[0]);
  expect(productCount).toBeGreaterThan(0);
  expect(productCount).toBeLessThan(300);
  await expect(page.getByTestId('history-item').first()).toContainText('Product');
  await page.getByLabel('Lowest score').fill('60');
  await expect(total).not.toHaveText(`${productCount} answers match`);
  const items = page.getByTestId('history-item');
  const scores = await items.locator('.score-pill').allTextContents();
  expect(scores.length).toBeGreaterThan(0);
  expect(scores.every((s) => Number(s) >= 60)).toBe(true);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox').fill('um');
  await page.getByRole('search').getByLabel('Answer type').selectOption('audio');
  await expect(total).toHaveText(/match$/);
  await expect(items.first()).toContainText('Audio');
  await tallShot(page, 'reports-history-light', 1400);

  const question = (await items.first().locator('.history-question').textContent()) ?? '';
  await items.first().click();
  await expect(page.getByTestId('attempt-question')).toHaveText(question);
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await expect(page.locator('.attempt-head .sample-badge')).toHaveText('Sample');
  await expect(page.getByRole('heading', { name: 'Coaching notes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recording' })).toBeVisible();
  await expect(page.getByText('Sample answers come without a recording')).toBeVisible();
  await tallShot(page, 'reports-attempt-light', 1800);
  await page.emulateMedia({ colorScheme: 'dark' });
  await tallShot(page, 'reports-attempt-dark', 1800);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('back-to-history').click();
  await expect(page.getByRole('searchbox')).toHaveValue('um'); // the filters are as they were left

  // PDF export: in the browser host it lands in the data folder's exports/.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByTestId('export-pdf').click();
  const result = page.getByTestId('export-result');
  await expect(result).toContainText('Saved', { timeout: 60_000 });
  const saved = (await result.locator('.export-path').textContent()) ?? '';
  expect(saved.startsWith(path.join(app.dataDir, 'exports'))).toBe(true);
  expect(existsSync(saved)).toBe(true);
  expect(execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' })).toContain('Progress report');
  await result.getByRole('button', { name: 'Show in folder' }).click();
  await expect(result).toContainText('cannot open your file manager');

  // The dashboard: a score-trend chart and where each category stands.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('dashboard-trend')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('dashboard-categories').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('sample-banner')).toBeVisible();
  await tallShot(page, 'dashboard-progress-light', 1500);
  await page.emulateMedia({ colorScheme: 'dark' });
  await tallShot(page, 'dashboard-progress-dark', 1500);
  await page.emulateMedia({ colorScheme: 'light' });

  // Removing the sample data is one click, and everything goes back to the user's own (none).
  await page.getByTestId('sample-banner').getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByTestId('stat-attempts')).toContainText('0');
  await expect(page.getByTestId('sample-banner')).toBeHidden();
});

test('Reports with no answers yet say what each chart needs', async ({ page, app }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open('reports');
  await expect(page.getByTestId('report-answers')).toContainText('0');
  await expect(page.getByTestId('chart-score-trend')).toHaveAttribute('data-ready', 'false');
  await expect(page.getByTestId('chart-score-trend')).toContainText(
    'No answers in this period yet. Answer 3 questions to see a trend.',
  );
  await expect(page.getByTestId('chart-pace')).toContainText('Record a spoken answer');
  await expect(page.getByTestId('chart-calendar')).toContainText('Your practice calendar fills in');
  await expect(page.getByTestId('sample-banner')).toBeHidden();
  await tallShot(page, 'reports-empty-light', 1700);
  await page.emulateMedia({ colorScheme: 'dark' });
  await tallShot(page, 'reports-empty-dark', 1700);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByText('No answers yet')).toBeVisible();
});

test('one answer: figures for it, and a trend that asks for two more', async ({ page, app }) => {
  const { attemptRow } = await import('../helpers/attempts');
  await app.services.db
    .insertInto('attempts')
    .values(attemptRow({ overall: 74, category: 'sales', question_text: 'How do you handle a price objection?' }))
    .execute();
  await app.open('reports');
  await expect(page.getByTestId('report-answers')).toContainText('1');
  await expect(page.getByTestId('report-average')).toContainText('74');
  await expect(page.getByTestId('chart-score-trend')).toContainText('Answer 2 more questions to see a trend.');
  await expect(page.getByTestId('chart-categories')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('history-item')).toHaveCount(1);
  await page.getByTestId('history-item').click();
  await expect(page.getByTestId('attempt-question')).toHaveText('How do you handle a price objection?');
  await expect(page.getByText('No detailed feedback was stored with this answer.')).toBeVisible();
});
