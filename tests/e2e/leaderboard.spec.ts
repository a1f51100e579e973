import { existingAccount, hostCall, pill, shot, signInThroughScreen } from './account-steps';
import { startAccountService } from './account-service';
import { expect, test, withAccountService } from './fixtures';

const ANSWER =
  'At my last job I led the migration of our billing service to a new queue; I planned it in three phases, measured error rates each week and cut failed payments by 40%.';

test.describe('with the account service', () => {
  test.use({ accountService: withAccountService });

  test('signed out: a way to sign in; signed in with nobody listed: say so and show only my row', async ({
    app,
    page,
    accountService,
  }) => {
    const email = await existingAccount(accountService!, 'Linus');
    await app.open('leaderboard');
    await page.getByRole('link', { name: 'Sign in' }).first().click();
    await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
    await signInThroughScreen(page, email);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboard' }).click();
    await expect(page.getByText('Nobody has opted in yet')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Show me on the leaderboard' })).not.toBeChecked();
    await expect(page.getByText('Others see your display name')).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 640 });
    await shot(page, 'leaderboard-empty-light');
  });

  test('offline: the last board is shown from the cache with "as of"; with nothing cached, say so', async ({
    app,
    page,
    accountService,
  }) => {
    const service = accountService!;
    const email = await existingAccount(service, 'Barbara Liskov');
    await app.open('account');
    await signInThroughScreen(page, email);
    await hostCall(app, 'attempts:submit', {
      questionText: 'Tell me about a project you led.',
      category: 'leadership',
      mode: 'text',
      answerText: ANSWER,
    });
    await expect(pill(page)).toContainText('Synced', { timeout: 30_000 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboard' }).click();
    await page.getByRole('checkbox', { name: 'Show me on the leaderboard' }).check();
    const mine = page.getByTestId('board-row').filter({ hasText: 'Barbara Liskov (you)' });
    await expect(mine).toBeVisible();
    await expect(page.getByTestId('board-as-of')).toHaveCount(0);

    await service.stop();
    await page.reload();
    await expect(page.getByTestId('board-as-of')).toContainText('As of');
    await expect(page.getByTestId('board-row').filter({ hasText: 'Barbara Liskov (you)' })).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' }); // the theme follows the system by default
    await page.setViewportSize({ width: 1024, height: 640 });
    await shot(page, 'leaderboard-cached-dark');

    // A board never loaded (All time) has nothing cached.
    await page.getByRole('radio', { name: 'All time' }).click();
    await expect(page.getByText('Offline, and no leaderboard saved yet')).toBeVisible();
    await shot(page, 'leaderboard-offline-empty-dark');
  });
});

test('with no account service set, Account and the leaderboard point to Settings', async ({ app, page }) => {
  test.skip(
    (await hostCall(app, 'account:status', {})).server !== null,
    'this build has a default account service address',
  );
  await app.open('leaderboard');
  await expect(page.getByText('No account service is set')).toBeVisible();
  await page.getByRole('link', { name: 'Open Account and sync' }).click();
  await expect(
    page.locator('.card', { has: page.getByRole('heading', { name: 'Account and sync' }) }),
  ).toBeInViewport();
});

test.describe('with an account service whose clock is a day behind', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern
    accountService: async ({}, use) => {
      const service = await startAccountService({ clock: () => new Date(Date.now() - 24 * 3600_000) });
      await use(service);
      await service.close();
    },
  });

  test('answers the service refuses are listed with its reason, and can be dismissed one by one or all', async ({
    app,
    page,
    accountService,
  }) => {
    const email = await existingAccount(accountService!, 'Clock Skew');
    await app.open('account');
    await signInThroughScreen(page, email);
    for (const questionText of ['Tell me about a project you led.', 'Describe a hard decision.', 'Why this role?'])
      await hostCall(app, 'attempts:submit', {
        questionText,
        category: 'leadership',
        mode: 'text',
        answerText: ANSWER,
      });

    const list = page.getByTestId('rejections');
    await expect(list.getByRole('listitem')).toHaveCount(3, { timeout: 30_000 });
    await expect(list.getByRole('listitem').first()).toContainText('in the future');
    await expect(pill(page)).toContainText('3 refused');
    await shot(page, 'rejections-light');

    await list
      .getByRole('listitem')
      .filter({ hasText: 'Why this role?' })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).not.toContainText('Why this role?');
    await page.getByRole('button', { name: 'Dismiss all' }).click();
    await expect(page.getByTestId('rejections')).toHaveCount(0);
    await expect(pill(page)).not.toContainText('refused');
  });
});
