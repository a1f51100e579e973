import { createUpdateController } from '../../electron/main/updates/update-controller';
import { FEED_OWNER, FEED_REPO, realUpdater } from '../helpers/real-updater';
import { channelFile, startReleaseFeed } from '../helpers/release-feed-server';
import { makeTempDir } from '../helpers/temp-dir';
import { expect, screenshot, test } from './fixtures';

test('Settings → About: version, updates off in the browser preview, the auto-check opt-out, and the licences', async ({
  app,
  page,
}) => {
  await app.open('settings');
  const about = page.locator('.card', { has: page.getByRole('heading', { name: 'About' }) });
  await expect(about.getByTestId('about-version')).toContainText(/IntervYou \d+\.\d+\.\d+/);
  await expect(about.getByTestId('update-status')).toHaveText(/browser preview does not update itself/);
  await expect(about.getByRole('button', { name: 'Check for updates' })).toBeDisabled();

  const autoCheck = about.getByRole('checkbox', { name: /Check for updates automatically/ });
  await expect(autoCheck).toBeChecked();
  await autoCheck.uncheck();
  await expect.poll(() => app.services.settings.get().updates.autoCheck).toBe(false);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Check for updates automatically/ })).not.toBeChecked();

  await page.getByRole('button', { name: 'View licences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Licences' });
  await expect(dialog.getByTestId('app-licence')).toContainText('MIT License');
  await expect(dialog.getByTestId('third-party-notices')).toContainText('FFmpeg');
  await expect(dialog.getByTestId('third-party-notices')).toContainText('GNU General Public License');
  await screenshot(page, 'settings-licences');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('with an installed build’s updater', () => {
  const dir = makeTempDir('intervyou-e2e-updates-');
  let feed: Awaited<ReturnType<typeof startReleaseFeed>>;

  test.beforeAll(async () => {
    feed = await startReleaseFeed(FEED_OWNER, FEED_REPO, [{ tag: 'v0.2.0', channelFile: channelFile('0.2.0') }]);
  });
  test.afterAll(async () => {
    await feed.close();
    dir.remove();
  });
  test.use({
    // Playwright passes a fixture's dependencies by destructuring; this one has none.
    // eslint-disable-next-line no-empty-pattern
    updates: async ({}, use) =>
      use((services) =>
        createUpdateController({
          updater: realUpdater(dir.path, '0.1.0', feed.host),
          onStatus: (status) => services.events.emit('updates:status', status),
        }),
      ),
  });

  test('“Check for updates” finds the newer release on the feed and says it will download', async ({ app, page }) => {
    await app.open('settings');
    const about = page.locator('.card', { has: page.getByRole('heading', { name: 'About' }) });
    await expect(about.getByTestId('update-status')).toHaveText('Not checked yet.');
    await about.getByRole('button', { name: 'Check for updates' }).click();
    await expect(about.getByTestId('update-status')).toHaveText(/Version 0\.2\.0 is available/);
    await expect(about.getByText(/Last checked/)).toBeVisible();
    await about.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-about-update-available');
  });
});
