import { randomBytes } from 'node:crypto';
import { AuthSession } from '../../../shared/sync/auth';
import type { MailMessage } from '../../../server/src/mail/mailer';
import type { Client, RequestOptions } from './http';
import { sentMail } from './test-app';

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.com`;
}

export const PASSWORD = 'correct horse battery staple';

/** The confirmation code in a registration email. */
export function registrationCodeIn(text: string): string | null {
  return /confirmation code is: (\d+)/.exec(text)?.[1] ?? null;
}

/** Waits for the `index`-th message to `email` that the app at `baseUrl` has sent (mail goes out after the reply). */
export async function waitForSent(baseUrl: string, email: string, index = 0, timeoutMs = 10_000): Promise<MailMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sentMail(baseUrl).filter((m) => m.to === email.toLowerCase())[index];
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail #${index} to ${email} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Registers through the API as a person would (ask, read the code from the email the app sent,
 * confirm) and returns the session, checked against the shared schema.
 */
export async function register(
  api: Client,
  overrides: { email?: string; password?: string; displayName?: string } = {},
  options: RequestOptions = {},
) {
  const email = overrides.email ?? uniqueEmail();
  const already = sentMail(api.baseUrl).filter((m) => m.to === email.toLowerCase()).length;
  const asked = await api.post(
    '/v1/auth/register',
    { email, password: overrides.password ?? PASSWORD, displayName: overrides.displayName ?? 'Test User' },
    options,
  );
  if (asked.status !== 202) throw new Error(`register failed: ${asked.status} ${asked.text}`);
  const mail = await waitForSent(api.baseUrl, email, already);
  const code = registrationCodeIn(mail.text);
  if (!code) throw new Error(`no confirmation code for ${email}: ${mail.subject}`);
  const reply = await api.post('/v1/auth/register/confirm', { email, code }, options);
  if (reply.status !== 201) throw new Error(`register confirm failed: ${reply.status} ${reply.text}`);
  return { email, session: AuthSession.parse(reply.body) };
}
