import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { NAV_ITEMS } from '../../renderer/src/app/screen-registry';
import { attemptRow } from '../helpers/attempts';
import { makeTempDir } from '../helpers/temp-dir';
import { electronAvailability, launchApp } from './electron-app';

const availability = electronAvailability();
test.skip(!availability.ok, availability.ok ? '' : availability.reason);

let dir: ReturnType<typeof makeTempDir>;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  if (!availability.ok) return;
  dir = makeTempDir('intervyou-electron-');
  app = await launchApp(availability.executable, dir.path);
  page = await app.firstWindow();
  await expect(page.locator('.app')).toBeVisible();
});

test.afterEach(async () => {
  await app?.close();
  dir?.remove();
});

test('loads from app:// with an isolated, Node-free renderer', async () => {
  expect(page.url()).toMatch(/^app:\/\/intervyou\//);
  const exposed = await page.evaluate(() => ({
    bridge: typeof (window as unknown as { intervyou?: unknown }).intervyou,
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
});

test('refuses navigation away from the app and window.open', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/intervyou\//);
  await page.evaluate(() => window.open('https://example.com/'));
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('every screen in the navigation opens', async () => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const item of NAV_ITEMS) {
    await nav.getByRole('link', { name: item.label, exact: true }).click();
    await expect(nav.getByRole('link', { name: item.label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('the theme toggles and the dashboard updates after a row is inserted', async () => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('stat-attempts')).toContainText('0');

  const db = new BetterSqlite3(path.join(dir.path, 'intervyou.sqlite'));
  const row = attemptRow({ overall: 90 });
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO attempts (${columns.join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`).run(row);
  db.close();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('stat-attempts')).toContainText('1');
  await expect(page.getByTestId('stat-average')).toContainText('90');
});

test('Settings → About: the desktop app’s version, no self-update in a development build, and the licences', async () => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const about = page.locator('.card', { has: page.getByRole('heading', { name: 'About' }) });
  await expect(about.getByTestId('about-version')).toContainText('Desktop app');
  await expect(about.getByTestId('update-status')).toHaveText(/development build/);
  await about.getByRole('button', { name: 'View licences' }).click();
  await expect(page.getByTestId('third-party-notices')).toContainText('FFmpeg');
});
