import type { Page } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { client } from '../server/helpers/http';
import { PASSWORD, register, uniqueEmail } from '../server/helpers/accounts';
import type { AccountService } from './account-service';
import { expect, type HostedApp } from './fixtures';

export { PASSWORD, uniqueEmail };

// The first grade in a worker waits for the evaluator's grammar checker to compile (seconds).
const GRADING_TIMEOUT = 120_000;

const ANSWER =
  'Last year at a fintech startup, a senior developer and I disagreed about shipping a payments feature two weeks early. ' +
  'My task as the QA lead was to protect release quality without blocking the launch. ' +
  'I brought data from our Jira board showing 14 open defects and proposed a phased rollout to 5% of users. ' +
  'As a result we launched four days late, crash reports fell by 60%, and I learned to bring evidence and options.';

/** The same call the renderer makes, through the app's loopback host (as another window would). */
export async function hostCall<C extends Channel>(
  app: HostedApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const response = await fetch(`${app.host.url}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.host.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** An account made through the service's API (code from its mail), for tests about what comes after sign-up. */
export async function existingAccount(service: AccountService, displayName = 'Existing User'): Promise<string> {
  const { email } = await register(client(service.url), { displayName });
  return email;
}

export async function signInThroughScreen(page: Page, email: string, password = PASSWORD): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('account-who')).toContainText(email);
}

/** Answers the practice screen's first question `count` times through the real evaluator. */
export async function practiseAnswers(app: HostedApp, page: Page, count: number): Promise<void> {
  await app.open('practice');
  await page.getByRole('list', { name: 'Questions' }).getByRole('link').first().click();
  for (let i = 0; i < count; i += 1) {
    if (i > 0) await page.getByRole('button', { name: 'Try again' }).click();
    const box = page.getByLabel('Your answer');
    await expect(box).toBeEnabled();
    await box.fill(`${ANSWER} (take ${i + 1})`);
    await box.press('Control+Enter');
    await expect(page.getByRole('heading', { name: 'Your feedback' })).toBeVisible({ timeout: GRADING_TIMEOUT });
  }
}

/** The sum of the local scores the leaderboard should count (each synced score is a whole number). */
export async function localPoints(app: HostedApp): Promise<number> {
  const rows = await app.services.db.selectFrom('attempts').select('overall').where('is_sample', '=', 0).execute();
  return rows.reduce((sum, row) => sum + Math.round(row.overall), 0);
}

export function pill(page: Page) {
  return page.getByTestId('online-indicator');
}

/** Screenshots of these screens go to /tmp (looked at by hand; not test artifacts). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/account-ui-${name}.png` });
}
