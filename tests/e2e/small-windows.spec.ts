import type { Page } from '@playwright/test';
import { appScreens, openScreen, withSampleHistory } from './app-screens';
import { expect, test } from './fixtures';

/** Elements that are cut off horizontally or reach outside the window (the content pane may scroll vertically). */
async function clippedOrOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[aria-hidden="true"]');
    };
    // The document itself must not scroll sideways.
    if (document.documentElement.scrollWidth > vw)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll(
      'main button, main a.btn, main input, main select, main textarea, main h1, main h2, nav a',
    )) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > vw + 1)
        problems.push(
          `${describe(el)} reaches outside the window (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`,
        );
    }
    // The connection and account status at the foot of the navigation stays in view.
    const status = document.querySelector('[data-testid="online-indicator"]');
    if (status && status.getBoundingClientRect().bottom > document.documentElement.clientHeight + 1)
      problems.push('the connection status is below the bottom of the window');
    // Text that is cut: labels, pills, chips and headings whose text is wider than their box.
    for (const el of document.querySelectorAll(
      'main .mk-chip, main .chip, main .score-pill, main .pill, main label span, main .stat-label, main h1, main h2, main .btn, main svg text, nav a',
    )) {
      if (!visible(el)) continue;
      if (
        el instanceof HTMLElement &&
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflow !== 'visible'
      )
        problems.push(`${describe(el)} is cut (${el.scrollWidth} > ${el.clientWidth})`);
    }
    // Chip-like text must stay on one line.
    for (const el of document.querySelectorAll('main .mk-chip, main .score-pill, main .segmented button')) {
      if (!visible(el)) continue;
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
      if (el.getBoundingClientRect().height > lineHeight * 1.8) problems.push(`${describe(el)} wraps`);
    }
    // Placeholders wider than their input are cut.
    const ctx = document.createElement('canvas').getContext('2d');
    for (const input of document.querySelectorAll<HTMLInputElement>('main input[placeholder]')) {
      if (!visible(input) || !ctx) continue;
      const style = getComputedStyle(input);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // A search box keeps room for its clear button.
      const clear = input.type === 'search' ? 16 : 0;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - clear;
      if (ctx.measureText(input.placeholder).width > room + 1)
        problems.push(
          `placeholder "${input.placeholder}" is cut (${Math.round(ctx.measureText(input.placeholder).width)} > ${Math.round(room)})`,
        );
    }
    // A select must show its chosen option whole, beside its arrow.
    for (const select of document.querySelectorAll<HTMLSelectElement>('main select')) {
      if (!visible(select) || !ctx) continue;
      const style = getComputedStyle(select);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      if (ctx.measureText(text).width > room + 1)
        problems.push(
          `select showing "${text}" is cut (${Math.round(ctx.measureText(text).width)} > ${Math.round(room)})`,
        );
    }
    // SVG chart labels must stay inside their chart.
    for (const svg of document.querySelectorAll('main svg')) {
      const box = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1)
          problems.push(`chart label "${t.textContent}" is cut at the chart's edge`);
      }
    }
    return problems;
  });
}

for (const size of [
  { width: 1024, height: 640 },
  { width: 800, height: 600 },
]) {
  test(`at ${size.width}×${size.height} the navigation is icons only and nothing important is cut or off-screen`, async ({
    page,
    app,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    const sample = await withSampleHistory(app);
    const problems: string[] = [];
    for (const screen of appScreens(sample)) {
      await openScreen(page, app, screen.route);
      await expect(page.getByTestId('sidebar')).toHaveClass(/is-collapsed/);
      problems.push(...(await clippedOrOffScreen(page)).map((p) => `${screen.name}: ${p}`));
      await page.screenshot({ path: test.info().outputPath(`${screen.name}.png`) });
    }
    expect(problems, `at ${size.width}×${size.height}`).toEqual([]);
  });
}

test('the navigation collapses in a small window, by its toggle in a large one, and remembers that choice', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open('dashboard');
  const sidebar = page.getByTestId('sidebar');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const practice = nav.getByRole('link', { name: 'Practice', exact: true });
  expect((await sidebar.boundingBox())?.width).toBe(232);
  await expect(practice).toContainText('Practice');

  // A small window: icons only, each link still named and with its label as a tooltip.
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect.poll(async () => (await sidebar.boundingBox())?.width).toBe(64);
  await expect(practice).toHaveAttribute('title', 'Practice');
  await expect(practice).toBeVisible();
  await page.screenshot({ path: '/tmp/ux-nav-collapsed.png' });

  // The toggle opens it while the window is small.
  const toggle = page.getByRole('button', { name: 'Show menu labels' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect.poll(async () => (await sidebar.boundingBox())?.width).toBe(232);

  // In a large window the toggle's choice is remembered across a reload.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Hide menu labels' }).click();
  await expect.poll(async () => (await sidebar.boundingBox())?.width).toBe(64);
  await page.reload();
  await expect(page.locator('.app')).toBeVisible();
  await expect.poll(async () => (await sidebar.boundingBox())?.width).toBe(64);
  await page.getByRole('button', { name: 'Show menu labels' }).click();
  await expect.poll(async () => (await sidebar.boundingBox())?.width).toBe(232);
});

test('practice keeps Submit reachable in a short window while the answer is long', async ({ page, app }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  const { questionId } = await withSampleHistory(app);
  await openScreen(page, app, `practice?q=${questionId}`);
  const submit = page.getByRole('button', { name: 'Submit for feedback' });
  await page.getByLabel('Your answer').fill('A long answer. '.repeat(200));
  await expect(submit).toBeInViewport({ ratio: 1 });
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await expect(submit).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: '/tmp/ux-practice-sticky.png' });
});
