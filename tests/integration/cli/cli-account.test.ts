import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncItemFor } from '../../../electron/main/attempts/sync-item';
import { createSecretStore } from '../../../electron/main/secrets/secret-store';
import {
  codeFromMail,
  PASSWORD,
  startAccountService,
  uniqueEmail,
  type TestAccountService,
} from '../../helpers/account-service';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { coach } from '../../helpers/cli';
import { keychainSkipReason, testSecretService } from '../../helpers/keychain';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';
import { freePort } from '../../server/helpers/free-port';

const skipReason = keychainSkipReason();
if (skipReason) console.log(`[cli-account] keychain tests skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('coach account: sign up, in and out from the command line', () => {
  let service: TestAccountService;
  let dir: ReturnType<typeof makeTempDir>;
  let keychainService: string;

  beforeAll(async () => {
    service = await startAccountService();
  });
  afterAll(async () => {
    await service?.close();
  });
  beforeEach(() => {
    dir = makeTempDir('intervyou-cli-account-');
    keychainService = testSecretService();
  });
  afterEach(() => dir.remove());

  const run = (args: string[], stdin?: string, env: Record<string, string> = {}) =>
    coach(['account', ...args], dir.path, process.cwd(), {
      ...(stdin !== undefined ? { stdin } : {}),
      env: { INTERVYOU_KEYCHAIN_SERVICE: keychainService, ...env },
    });

  const status = async () => {
    const result = await run(['status', '--json']);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  };

  it('signs up with the e-mailed code, shows the status, signs out and back in', async () => {
    const email = uniqueEmail('cli');
    const signup = await run(
      ['signup', '--email', email, '--name', 'Cli Candidate', '--password-stdin', '--server', service.url],
      `${PASSWORD}\n`,
    );
    expect(signup).toMatchObject({ code: 0, stderr: '' });
    expect(signup.stdout).toContain(`We e-mailed a code to ${email}`);

    const code = await codeFromMail(service, email, 'registration');
    const confirm = await run(['confirm', '--email', email, '--code', code]);
    expect(confirm).toMatchObject({ code: 0, stdout: `Account created. Signed in as ${email}.\n` });

    // Two answers wait in the outbox.
    const services = await startTestServices(dir.path);
    const rows = [attemptRow(), attemptRow()];
    await insertAttempts(services.db, rows);
    await services.db
      .insertInto('outbox')
      .values(
        rows.map((row) => ({
          entity: 'attempt',
          entity_id: row.id,
          op: 'upsert' as const,
          payload: JSON.stringify(syncItemFor(row)),
          created_at: row.created_at,
        })),
      )
      .execute();
    await services.close();

    expect(await status()).toEqual({
      signedIn: true,
      email,
      server: service.url,
      pending: 2,
      lastSyncAt: null,
      lastError: null,
    });
    // The refresh token is in the keychain under the CLI's service name, nowhere in the output.
    const token = await createSecretStore({ service: keychainService }).get('account-refresh-token');
    expect(token).toMatch(/.{20,}/);

    expect(await run(['signout'])).toMatchObject({ code: 0, stdout: 'Signed out.\n' });
    expect(await status()).toMatchObject({ signedIn: false, email: null, server: service.url });
    expect(await createSecretStore({ service: keychainService }).get('account-refresh-token')).toBeNull();

    const wrong = await run(['signin', '--email', email, '--password-stdin'], 'not the password');
    expect(wrong).toMatchObject({ code: 1, stdout: '', stderr: 'coach account: Email or password is incorrect.\n' });
    const signin = await run(['signin', '--email', email, '--password-stdin'], `${PASSWORD}\n`);
    expect(signin).toMatchObject({ code: 0, stdout: `Signed in as Cli Candidate <${email}>.\n` });
    expect(await status()).toMatchObject({ signedIn: true, email });
    await run(['signout']);
  });

  it('exits 3 with one line when the service cannot be reached, and 2 for bad arguments', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const offline = await run(['signin', '--email', 'a@example.com', '--password-stdin', '--server', down], 'whatever');
    expect(offline.code).toBe(3);
    expect(offline.stderr).toMatch(
      /^coach account: The account service at 127\.0\.0\.1:\d+ could not be reached\. .*\n$/,
    );

    const fromEnv = await run(['status', '--json'], undefined, { INTERVYOU_SERVER_URL: 'ftp://nope.example.com' });
    expect(JSON.parse(fromEnv.stdout)).toMatchObject({ signedIn: false, server: down });

    for (const [args, words] of [
      [['signin', '--email', 'a@example.com'], /--password-stdin/],
      [['signin', '--email', 'not-an-email', '--password-stdin'], /is not an e-mail address/],
      [
        [
          'signup',
          '--email',
          'a@example.com',
          '--name',
          'A',
          '--password-stdin',
          '--server',
          'http://accounts.example.com',
        ],
        /--server: Use https/,
      ],
      [['confirm', '--email', 'a@example.com', '--code', '12'], /6 to 8 digits/],
      [['frobnicate'], /Unknown account command "frobnicate"/],
    ] as const) {
      const result = await run([...args], 'a password');
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(words);
      expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    }
  });

  it('reports an unusable INTERVYOU_SERVER_URL in words', async () => {
    const result = await run(['signin', '--email', 'a@example.com', '--password-stdin'], 'a password', {
      INTERVYOU_SERVER_URL: 'http://accounts.example.com',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'coach account: INTERVYOU_SERVER_URL (http://accounts.example.com) cannot be used: Use https for a server on another machine (plain http is only allowed for this computer).\n',
    );
  });
});
