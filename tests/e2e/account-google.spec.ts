import { pill, shot, uniqueEmail } from './account-steps';
import { expect, test, withGoogleAccountService } from './fixtures';

/** Addresses the app asked the system browser to open. */
const opened: string[] = [];

test.use({
  accountService: withGoogleAccountService,
  // eslint-disable-next-line no-empty-pattern
  openExternal: async ({}, use) => {
    opened.length = 0;
    await use((url) => {
      opened.push(url);
      return true;
    });
  },
});

test('Sign in with Google: "Continue in your browser…", the browser signs in at the provider, the app comes back signed in', async ({
  app,
  page,
  context,
  accountService,
}) => {
  test.setTimeout(120_000);
  const service = accountService!;
  const email = uniqueEmail('gina');
  const login = service.googleIdentity(email, 'Gina Google');
  await app.open('account');
  await page.getByRole('button', { name: 'Sign in with Google' }).click();
  await expect(page.getByTestId('google-waiting')).toContainText('Continue in your browser…');
  await shot(page, 'google-waiting-light');
  await expect.poll(() => opened.length).toBe(1);
  expect(opened[0]).toContain(`${service.url}/v1/auth/google/start`);

  // The "system browser": another tab, at the stand-in Google's sign-in and consent pages.
  const browser = await context.newPage();
  await browser.goto(opened[0]!);
  await browser.fill('input[name="login"]', login);
  await browser.fill('input[name="password"]', 'any password');
  await browser.click('button[type="submit"]');
  await browser.click('button:has-text("Continue")');
  await expect(browser.locator('body')).toContainText('You are signed in to IntervYou. You can close this tab.');
  await browser.close();

  await expect(page.getByTestId('account-who')).toContainText('Gina Google');
  await expect(page.getByTestId('account-who')).toContainText('signs in with Google');
  await expect(pill(page)).not.toContainText('Signed out');
});

test('Sign in with Google can be cancelled while the browser is open', async ({ app, page }) => {
  await app.open('account');
  await page.getByRole('button', { name: 'Sign in with Google' }).click();
  await expect(page.getByTestId('google-waiting')).toBeVisible();
  await expect.poll(() => opened.length).toBe(1);
  await page.getByTestId('google-waiting').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Google' })).toBeVisible();
  const card = page.locator('.account-card');
  await expect(card.getByRole('alert')).toHaveCount(0); // cancelling is not an error
  await expect(card.getByRole('form', { name: 'Sign in' })).toBeVisible();
});
