import type { Page } from '@playwright/test';
import { attemptRow, insertAttempts } from '../helpers/attempts';
import { expect, screenshot, test, type HostedApp } from './fixtures';

const DAY = 86_400_000;

async function questionIds(app: HostedApp, category: string, count: number): Promise<string[]> {
  const rows = await app.services.db
    .selectFrom('questions')
    .select('id')
    .where('category', '=', category)
    .orderBy('id')
    .limit(count)
    .execute();
  return rows.map((r) => r.id);
}

async function bothThemes(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await screenshot(page, `${name}-${scheme}`);
  }
}

test('advisor figures stay inside the score range and say in words what they compare', async ({ page, app }) => {
  // Teamwork falls apart at the end; structure includes zeros. A fitted line read these as -69
  // and -113 (beyond the 0-100 range) across the teamwork answers; the halves read -41 and -55.
  const teamwork = [88, 92, 85, 90, 87, 80, 30, 84, 25, 20];
  const structure = [90, 90, 90, 90, 10, 90, 5, 0, 0, 0];
  const ids = await questionIds(app, 'teamwork', 10);
  const now = Date.now();
  const rows = teamwork.map((overall, i) =>
    attemptRow({
      question_id: ids[i] ?? null,
      category: 'teamwork',
      overall,
      content_score: overall,
      structure_score: structure[i] ?? 0,
      language_score: 70,
      at: new Date(now - (30 - i) * DAY),
    }),
  );
  // A conflict question: 48 six days ago started reviews, 73 the next day passed the first one,
  // so it is due again today with a latest score of 73.
  const [conflictId] = await questionIds(app, 'conflict', 1);
  rows.push(
    attemptRow({ question_id: conflictId ?? null, category: 'conflict', overall: 48, at: new Date(now - 6 * DAY) }),
    attemptRow({ question_id: conflictId ?? null, category: 'conflict', overall: 73, at: new Date(now - 5 * DAY) }),
  );
  await insertAttempts(app.services.db, rows);

  await app.open('advisor');
  const teamworkRow = page.getByTestId('advisor-categories').getByRole('row', { name: /Teamwork/ });
  await expect(teamworkRow).toContainText('−41');
  await expect(teamworkRow).toContainText('Your last 5 answers average 48, the 5 before 88: down 41 points.');
  const structureRow = page.getByTestId('advisor-subskills').getByRole('row', { name: /Structure/ });
  // The sub-skill window is the last ten answers of any category: eight of these, then conflict's two 70s.
  await expect(structureRow).toContainText('−29');
  await expect(structureRow).toContainText('Your last 5 answers average 28, the 5 before 57: down 29 points.');

  // Every trend number on the page is a difference of two averages of 0–100 scores.
  for (const mark of await page.locator('.adv-trend').allTextContents()) {
    const value = Number(mark.replace('−', '-').replace(/[^\d+-]/g, ''));
    if (!Number.isNaN(value)) expect(Math.abs(value)).toBeLessThanOrEqual(100);
  }

  await expect(page.getByTestId('advisor-recent-hint')).toContainText('Average of your last 12 answers.');
  await expect(page.getByTestId('advisor-trend')).toContainText('Falling. Your last 5 answers average');

  // The badge next to a due question is the score its line quotes.
  const due = page.getByTestId('due-reviews').getByRole('listitem').filter({ hasText: 'Conflict' });
  await expect(due.locator('.score-pill')).toHaveText('73');
  await expect(due.locator('.score-pill')).toHaveAccessibleName('Latest score 73');
  await expect(due).toContainText(/Latest score 73 on .+ · reviews started after 48 on /);
  await bothThemes(page, 'advisor-figures');
  await due.scrollIntoViewIfNeeded();
  await screenshot(page, 'advisor-figures-due');
  await structureRow.scrollIntoViewIfNeeded();
  await bothThemes(page, 'advisor-figures-tables');
});
