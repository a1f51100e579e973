import { appScreens, openScreen, setTheme, withSampleHistory } from './app-screens';
import { expect, test } from './fixtures';

/**
 * The review walkthrough: every screen at two window sizes in both themes, with a screenshot of
 * each in this test's output folder (test-results/playwright/walkthrough-…), so the next review
 * starts from pictures. Each screen must open to its heading without an error.
 */
for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
]) {
  test(`walkthrough at ${size.width}×${size.height}, light and dark`, async ({ page, app }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    const sample = await withSampleHistory(app);
    for (const screen of appScreens(sample)) {
      await openScreen(page, app, screen.route);
      await expect(page.locator('main :is(h1, h2)').first(), screen.name).toBeVisible();
      await expect(page.locator('main .error-banner'), screen.name).toHaveCount(0);
      for (const scheme of ['light', 'dark'] as const) {
        await setTheme(page, scheme);
        await page.screenshot({ path: test.info().outputPath(`${screen.name}-${scheme}.png`) });
      }
    }
  });
}
