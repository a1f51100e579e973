import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { makeTempDir } from '../helpers/temp-dir';
import { startAccountService } from '../e2e/account-service';
import { existingAccount, PASSWORD, pill, signInThroughScreen, uniqueEmail } from '../e2e/account-steps';
import { electronAvailability, launchApp } from './electron-app';

const availability = electronAvailability();
test.skip(!availability.ok, availability.ok ? '' : availability.reason);

let dir: ReturnType<typeof makeTempDir>;
let service: Awaited<ReturnType<typeof startAccountService>>;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  if (!availability.ok) return;
  dir = makeTempDir('intervyou-electron-account-');
  service = await startAccountService();
  // The CLI and tests point the app at a service this way; Settings can override it.
  app = await launchApp(availability.executable, dir.path, { INTERVYOU_SERVER_URL: service.url });
  page = await app.firstWindow();
  await expect(page.locator('.app')).toBeVisible();
});

test.afterEach(async () => {
  await app?.close();
  await service?.close();
  dir?.remove();
});

async function openAccount(): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
}

test('sign up with the e-mailed code in the desktop app, then sign out and back in', async () => {
  const email = uniqueEmail('desktop');
  await openAccount();
  await expect(page.getByTestId('account-server')).toContainText(service.url);
  await page.getByRole('tab', { name: 'Create an account' }).click();
  const form = page.getByRole('form', { name: 'Create an account' });
  await form.getByLabel('Name').fill('Desk Top');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Send me a code' }).click();
  const confirm = page.getByRole('form', { name: 'Confirm your email' });
  await expect(confirm.getByRole('status')).toContainText('We e-mailed you a code');
  await confirm.getByLabel('Code from the e-mail').fill(await service.code(email, 'registration'));
  await confirm.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('account-who')).toContainText('Desk Top');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(pill(page)).toContainText('Signed out');
  await signInThroughScreen(page, email);
});

test('the session outlives a restart when the keychain keeps it', async () => {
  const email = await existingAccount(service, 'Restart Person');
  await openAccount();
  await signInThroughScreen(page, email);
  const memoryOnly = await page.getByTestId('session-warning').isVisible();
  await app.close();
  app = await launchApp(availability.ok ? availability.executable : '', dir.path, {
    INTERVYOU_SERVER_URL: service.url,
  });
  page = await app.firstWindow();
  await openAccount();
  if (memoryOnly) await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  else await expect(page.getByTestId('account-who')).toContainText(email);
});
