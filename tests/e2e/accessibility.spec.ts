import AxeBuilder from '@axe-core/playwright';
import { appScreens, openScreen, setTheme, withSampleHistory } from './app-screens';
import { expect, test } from './fixtures';

/**
 * axe-core on every screen in both themes: no serious or critical violation (contrast, names,
 * roles, labels…). Each finding is listed with the screen, the rule and the elements.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe-core with no serious or critical violations (${scheme})`, async ({ page, app }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    const sample = await withSampleHistory(app);
    const findings: string[] = [];
    for (const screen of appScreens(sample)) {
      await openScreen(page, app, screen.route);
      await setTheme(page, scheme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        findings.push(
          `${screen.name} (${scheme}) ${v.id}: ${v.help} — ${v.nodes
            .slice(0, 4)
            .map(
              (n) =>
                `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1).join(' ').slice(0, 120)}]` : ''}`,
            )
            .join(' | ')}`,
        );
      }
    }
    expect(findings).toEqual([]);
  });
}

test('a skip-to-content link is the first stop on the keyboard and moves focus to the screen', async ({
  page,
  app,
}) => {
  await app.open('dashboard');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.screenshot({ path: '/tmp/ux-skip-link.png' });
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await expect(page).toHaveURL(/#\/dashboard$/);
});

test('the answer legend’s highlight colours stand out from the card in both themes (3:1 for graphics)', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const sample = await withSampleHistory(app);
  const feedback = appScreens(sample).find((s) => s.name === 'practice-feedback');
  await openScreen(page, app, feedback?.route ?? '');
  const swatches = page.locator('.hl-legend .hl-swatch');
  await expect(swatches.first()).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await setTheme(page, scheme);
    const ratios = await swatches.evaluateAll((els) => {
      const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r = 0, g = 0, b = 0]: number[]): number => {
        const f = (c: number): number => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      return els.map((el) => {
        const card = el.closest('.card') ?? document.body;
        const style = getComputedStyle(el);
        // The mark is an underline: an inset shadow, or (grammar) a bottom border.
        const mark =
          style.boxShadow !== 'none'
            ? style.boxShadow
            : parseFloat(style.borderBottomWidth) > 0
              ? style.borderBottomColor
              : '';
        if (!mark) return { kind: el.parentElement?.className ?? '', ratio: 1 };
        const [a, b] = [lum(rgb(mark)), lum(rgb(getComputedStyle(card).backgroundColor))];
        return { kind: el.parentElement?.className ?? '', ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    });
    for (const r of ratios) expect(r.ratio, `${r.kind} (${scheme})`).toBeGreaterThanOrEqual(3);
    await page.locator('.hl-legend').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/ux-legend-${scheme}.png` });
  }
});
