import { attemptRow, insertAttempts } from '../helpers/attempts';
import { expect, test } from './fixtures';

// The History date inputs are the browser's own, written in its locale; every date the app
// writes must follow the same locale, not a fixed "6 Dec 2026".
for (const { locale, day, written } of [
  { locale: 'en-US', day: '2026-11-03', written: 'Nov 3, 2026' },
  { locale: 'en-GB', day: '2026-11-03', written: '3 Nov 2026' },
]) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test(`History, the attempt and the filters write dates as ${locale} does`, async ({ page, app }) => {
      await insertAttempts(app.services.db, [
        attemptRow({ category: 'teamwork', overall: 70, at: new Date(`${day}T12:00:00`) }),
      ]);
      await app.open('reports?tab=history&period=all');
      await expect(page.getByTestId('history-item').first()).toContainText(written);
      await page.getByLabel('From').fill(day);
      await expect(page.getByTestId('history-item')).toHaveCount(1);
      await page.getByTestId('history-item').first().click();
      await expect(page.locator('main')).toContainText(written);
      await page.screenshot({ path: `/tmp/ux-dates-${locale}.png` });
    });
  });
}
