import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MainServices } from '../../electron/main/services';
import { PASSWORD, uniqueEmail } from '../server/helpers/accounts';
import { openPGliteTestDatabase, type TestDatabase } from '../server/helpers/databases';
import { startTestApp, type TestApp, type TestAppOptions } from '../server/helpers/test-app';

export { PASSWORD, uniqueEmail };

/** The real account service (server/) on an in-memory PGlite, mail written to its dev mail folder. */
export interface TestAccountService {
  url: string;
  app: TestApp;
  database: TestDatabase;
  /** Where the service writes each e-mail as an .eml file (no SMTP configured). */
  mailDir: string;
  close(): Promise<void>;
}

export async function startAccountService(options: Omit<TestAppOptions, 'database'> = {}): Promise<TestAccountService> {
  const database = await openPGliteTestDatabase();
  try {
    const app = await startTestApp({ ...options, database });
    return {
      url: app.url,
      app,
      database,
      mailDir: path.join(app.dataDir, 'mail'),
      close: async () => {
        await app.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The .eml files sent to `email`, oldest first, decoded. */
export function mailTo(service: TestAccountService, email: string): string[] {
  let names: string[];
  try {
    names = readdirSync(service.mailDir).filter((name) => name.endsWith('.eml'));
  } catch {
    return [];
  }
  const to = new RegExp(`^To: ${email.toLowerCase().replace(/[.+]/g, '\\$&')}\\s*$`, 'im');
  return names
    .sort()
    .map((name) => decodeQuotedPrintable(readFileSync(path.join(service.mailDir, name), 'utf8')))
    .filter((text) => to.test(text));
}

/** The codes of one kind e-mailed to `email` so far, oldest first. */
export function codesInMail(service: TestAccountService, email: string, kind: 'registration' | 'reset'): string[] {
  const pattern = kind === 'registration' ? /confirmation code is: (\d+)/ : /reset code is: (\d+)/;
  return mailTo(service, email).flatMap((text) => pattern.exec(text)?.[1] ?? []);
}

/**
 * Waits for the `index`-th code to `email` in the dev mail folder and returns the code in it
 * (registration or password reset): the service sends mail after it has answered.
 */
export async function codeFromMail(
  service: TestAccountService,
  email: string,
  kind: 'registration' | 'reset',
  index = 0,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const code = codesInMail(service, email, kind)[index];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no ${kind} code #${index} for ${email} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Points `services` at the service and creates an account through the app's own flow (register,
 * read the e-mailed code, confirm), which leaves it signed in.
 */
export async function signUpAndSignIn(
  services: MainServices,
  service: TestAccountService,
  overrides: { email?: string; password?: string; displayName?: string } = {},
): Promise<{ email: string; password: string; displayName: string }> {
  const account = {
    email: overrides.email ?? uniqueEmail(),
    password: overrides.password ?? PASSWORD,
    displayName: overrides.displayName ?? 'Test Candidate',
  };
  services.settings.update({ sync: { serverUrl: service.url } });
  const before = codesInMail(service, account.email, 'registration').length;
  await services.account.register(account);
  const code = await codeFromMail(service, account.email, 'registration', before);
  const status = await services.account.confirmRegistration({ email: account.email, code });
  if (!status.signedIn) throw new Error(`not signed in after confirming ${account.email}`);
  return account;
}
