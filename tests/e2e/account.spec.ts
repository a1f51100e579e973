import {
  existingAccount,
  localPoints,
  PASSWORD,
  pill,
  practiseAnswers,
  shot,
  signInThroughScreen,
  uniqueEmail,
} from './account-steps';
import { expect, test, withAccountService } from './fixtures';

test.use({ accountService: withAccountService });

test('sign up with the e-mailed code, practise three answers, see them synced, opt in and find yourself on the board', async ({
  app,
  page,
  accountService,
}) => {
  test.setTimeout(240_000);
  const service = accountService!;
  const email = uniqueEmail('signup');
  await app.open('dashboard');
  await expect(pill(page)).toContainText('Signed out');
  await pill(page).click();
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: 'Create an account' }).click();
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Name').fill('Ada Lovelace');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill('short');
  await expect(form.getByTestId('password-strength')).toHaveText('3 more characters needed.');
  await expect(form.getByRole('button', { name: 'Send me a code' })).toBeDisabled();
  await form.getByLabel('Password').fill(PASSWORD);
  await expect(form.getByTestId('password-strength')).toHaveText('Strong.');
  await shot(page, 'signup-light');
  await form.getByRole('button', { name: 'Send me a code' }).click();

  const confirm = page.getByRole('form', { name: 'Confirm your email' });
  await expect(confirm.getByRole('status')).toContainText('We e-mailed you a code');
  await expect(confirm.getByRole('status')).toContainText(email);
  await confirm.getByLabel('Code from the e-mail').fill('00000000');
  await confirm.getByRole('button', { name: 'Create account' }).click();
  await expect(confirm.getByRole('alert')).toBeVisible(); // the service's words for a wrong code
  await confirm.getByLabel('Code from the e-mail').fill(await service.code(email, 'registration'));
  await confirm.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('account-who')).toContainText('Ada Lovelace');
  await expect(page.getByTestId('account-who')).toContainText(email);
  await shot(page, 'signed-in-light');

  await practiseAnswers(app, page, 3);
  const points = await localPoints(app);
  expect(points).toBeGreaterThan(0);
  await expect(pill(page)).toContainText('Synced', { timeout: 30_000 });
  await expect(pill(page)).toContainText('Last synced just now');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leaderboard' }).click();
  // Not opted in yet: only the user sees their own row.
  await expect(page.getByTestId('board-me')).toContainText('only you see this row');
  await expect(page.getByTestId('board-me')).toContainText(String(points));
  await page.getByRole('checkbox', { name: 'Show me on the leaderboard' }).check();
  const mine = page.getByTestId('board-row').filter({ hasText: 'Ada Lovelace (you)' });
  await expect(mine).toBeVisible();
  await expect(mine.locator('td').nth(0)).toHaveText('1');
  await expect(mine.locator('td').nth(2)).toHaveText(points.toLocaleString('en-US'));
  await expect(mine.locator('td').nth(3)).toHaveText('3');
  await expect(page.getByTestId('board-me')).toHaveCount(0);
  await shot(page, 'leaderboard-light');

  // The category filter: the answers' own category lists me; another one has nobody.
  const { category } = await app.services.db.selectFrom('attempts').select('category').executeTakeFirstOrThrow();
  await page.getByLabel('Category').selectOption(category);
  await expect(mine).toBeVisible();
  const other = category === 'sales' ? 'product' : 'sales';
  await page.getByLabel('Category').selectOption(other);
  await expect(page.getByText(/Nobody listed has answers this week in .+ yet/)).toBeVisible();
  await page.getByLabel('Category').selectOption('');
  await page.emulateMedia({ colorScheme: 'dark' }); // the theme follows the system by default
  await page.reload();
  await expect(page.getByTestId('board-row').filter({ hasText: 'Ada Lovelace (you)' })).toBeVisible();
  await shot(page, 'leaderboard-dark');
});

test('sign out, then sign in again with the password', async ({ app, page, accountService }) => {
  const email = await existingAccount(accountService!, 'Grace Hopper');
  await app.open('account');
  await signInThroughScreen(page, email);
  await expect(pill(page)).not.toContainText('Signed out');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await expect(pill(page)).toContainText('Signed out');

  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill('not the password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('account-who')).toHaveCount(0);

  await signInThroughScreen(page, email);
  await page.setViewportSize({ width: 1024, height: 640 });
  await shot(page, 'signed-in-1024');
});

test('when the connection comes back, the app asks the engine to sync at once', async ({ app, page, context }) => {
  await app.open('dashboard');
  await expect(pill(page)).toContainText('Signed out');
  await context.setOffline(true);
  await expect(page.getByTestId('online-indicator')).toHaveClass(/is-offline/);
  const syncRequest = page.waitForRequest((request) => request.url().endsWith('/api/invoke/sync:now'));
  await context.setOffline(false);
  const request = await syncRequest;
  expect((await request.response())?.ok()).toBe(true);
  await expect(page.getByTestId('online-indicator')).toHaveClass(/is-online/);
});

test('forgot password: a wrong code is refused in words, the e-mailed code sets the new password', async ({
  app,
  page,
  accountService,
}) => {
  const service = accountService!;
  const email = await existingAccount(service, 'Katherine Johnson');
  await app.open('account');
  await page.getByRole('button', { name: 'Forgot password?' }).click();
  const ask = page.getByRole('form', { name: 'Reset your password' });
  await ask.getByLabel('Email').fill(email);
  await ask.getByRole('button', { name: 'E-mail me a code' }).click();

  const reset = page.getByRole('form', { name: 'Choose a new password' });
  await expect(reset.getByRole('status')).toContainText(email);
  const code = await service.code(email, 'reset');
  const wrong = code === '00000000' ? '11111111' : '00000000';
  await reset.getByLabel('Code from the e-mail').fill(wrong);
  await reset.getByLabel('New password').fill('a brand new passphrase 2');
  await reset.getByRole('button', { name: 'Set new password and sign in' }).click();
  await expect(reset.getByRole('alert')).toContainText(/code/i);
  await page.emulateMedia({ colorScheme: 'dark' }); // the theme follows the system by default
  await shot(page, 'reset-wrong-code-dark');

  await reset.getByLabel('Code from the e-mail').fill(code);
  await reset.getByRole('button', { name: 'Set new password and sign in' }).click();
  await expect(page.getByTestId('account-who')).toContainText(email);

  await page.getByRole('button', { name: 'Sign out' }).click();
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toBeVisible(); // the old password no longer works
  await signInThroughScreen(page, email, 'a brand new passphrase 2');
});

test('Settings → Account and sync: the address and where it comes from, sync on/off, what is sent, deleting the account', async ({
  app,
  page,
  accountService,
}) => {
  const service = accountService!;
  const email = await existingAccount(service, 'Alan Turing');
  await app.open('account');
  await signInThroughScreen(page, email);
  await page.getByRole('link', { name: 'Settings → Account and sync' }).click();
  const card = page.locator('.card', { has: page.getByRole('heading', { name: 'Account and sync' }) });
  await expect(card).toBeInViewport();
  await expect(card.getByTestId('what-is-sent')).toContainText(
    'score, category, question id, mode (typed, spoken or video), duration and time',
  );
  await expect(card.getByTestId('what-is-sent')).toContainText('Never your answer text, notes or recordings.');
  await expect(card.getByTestId('server-in-use')).toHaveText(`In use: ${service.url} (set here).`);

  await card.getByLabel('Account service address').fill('http://accounts.example.com');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('alert')).toContainText('Use https');
  expect(app.services.settings.get().sync.serverUrl).toBe(service.url);
  await card.getByLabel('Account service address').fill(service.url);
  await expect(card.getByRole('alert')).toHaveCount(0); // editing clears the complaint

  const syncBox = card.getByRole('checkbox', { name: /Sync my scores/ });
  await expect(syncBox).toBeChecked();
  await syncBox.uncheck();
  await expect.poll(() => app.services.settings.get().sync.enabled).toBe(false);
  await syncBox.check();
  await expect.poll(() => app.services.settings.get().sync.enabled).toBe(true);
  await page.setViewportSize({ width: 1024, height: 640 });
  await shot(page, 'settings-1024');

  await card.getByRole('button', { name: 'Delete my account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await expect(dialog).toContainText('on this computer stay unless you also delete them');
  await dialog.getByLabel('Type DELETE to confirm').fill('delete');
  await expect(dialog.getByRole('button', { name: 'Delete my account' })).toBeDisabled();
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await shot(page, 'delete-dialog-light');
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('Not signed in.');

  await page.getByRole('link', { name: 'Sign in or create an account' }).click();
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toBeVisible(); // the account is gone from the service
});
