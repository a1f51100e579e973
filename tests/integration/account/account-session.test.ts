import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REVOKED_NOTICE } from '../../../electron/main/account/token-session';
import type { ServiceError } from '../../../electron/main/account/service-error';
import { createSecretStore, type SecretStore } from '../../../electron/main/secrets/secret-store';
import type { MainServices } from '../../../electron/main/services';
import type { AccountStatus } from '../../../shared/ipc/channels/account';
import { User } from '../../../shared/sync/user';
import { signUpAndSignIn, startAccountService, type TestAccountService } from '../../helpers/account-service';
import { keychainSkipReason, testSecretService } from '../../helpers/keychain';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const skipReason = keychainSkipReason();
if (skipReason) console.log(`[account-session] keychain tests skipped: ${skipReason}`);

/** Every file of the data folder, as text, so a token can be looked for anywhere in it. */
function dataFolderText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe.skipIf(skipReason !== null)('the account session over the real service and the real keychain', () => {
  let service: TestAccountService;
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let secrets: SecretStore;
  let clock: number;
  let refreshes: number;
  let statuses: AccountStatus[];

  beforeAll(async () => {
    service = await startAccountService();
  });
  afterAll(async () => {
    await service?.close();
  });

  beforeEach(async () => {
    dir = makeTempDir('intervyou-account-');
    clock = Date.now();
    refreshes = 0;
    secrets = createSecretStore({ service: testSecretService() });
    services = await startTestServices(dir.path, () => new Date(clock), {
      secrets,
      account: {
        // Counts what reaches the network; the request itself goes to the real service.
        fetch: (input, init) => {
          if (String(input).endsWith('/v1/auth/refresh')) refreshes++;
          return fetch(input, init);
        },
      },
    });
    statuses = [];
    services.events.subscribe((event, payload) => {
      if (event === 'account:status') statuses.push(payload as AccountStatus);
    });
  });
  afterEach(async () => {
    await services.account.signOut().catch(() => {});
    await services.close();
    dir.remove();
  });

  it('signs up with the e-mailed code, keeps the refresh token only in the keychain, and survives a restart', async () => {
    const { email } = await signUpAndSignIn(services, service, { displayName: 'Rita Refresh' });
    const status = await services.account.status();
    expect(status).toMatchObject({
      signedIn: true,
      user: { email, displayName: 'Rita Refresh', leaderboardOptIn: false, hasPassword: true, providers: [] },
      server: service.url,
      serverSource: 'settings',
      sessionStorage: 'keychain',
      storageWarning: null,
      notice: null,
    });
    expect(statuses.at(-1)?.signedIn).toBe(true);

    const token = await secrets.get('account-refresh-token');
    expect(token).toMatch(/.{20,}/);
    // Nowhere in the data folder: not settings.json, not the database or its WAL.
    expect(dataFolderText(dir.path)).not.toContain(token);
    expect(dataFolderText(dir.path)).toContain(email);

    // A restart: the session comes back from the keychain and works.
    await services.close();
    services = await startTestServices(dir.path, () => new Date(clock), { secrets });
    expect(services.account.session.isSignedIn()).toBe(true);
    const me = await services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User);
    expect(me.email).toBe(email);
  });

  it('refreshes an expired access token once for two concurrent calls', async () => {
    await signUpAndSignIn(services, service);
    await services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User);
    expect(refreshes).toBe(0);
    const before = await secrets.get('account-refresh-token');

    clock += 16 * 60_000; // past the service's 15-minute access token
    const [a, b] = await Promise.all([
      services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User),
      services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User),
    ]);
    expect(a.id).toBe(b.id);
    expect(refreshes).toBe(1);
    // The rotated token replaced the spent one in the keychain.
    const after = await secrets.get('account-refresh-token');
    expect(after).not.toBe(before);
    expect(after).toMatch(/.{20,}/);
  });

  it('signs out with a notice when the session is ended elsewhere', async () => {
    await signUpAndSignIn(services, service);
    const token = await secrets.get('account-refresh-token');
    // Another device (or the web) ends this session: every token of the family is revoked.
    const ended = await fetch(`${service.url}/v1/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: token }),
    });
    expect(ended.status).toBe(204);

    const failure = await services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User).then(
      () => null,
      (error: ServiceError) => error,
    );
    expect(failure).toMatchObject({ name: 'ServiceError', kind: 'signed-out', message: REVOKED_NOTICE });
    expect(services.account.session.isSignedIn()).toBe(false);
    expect(await secrets.get('account-refresh-token')).toBeNull();
    const status = await services.account.status();
    expect(status).toMatchObject({ signedIn: false, user: null, notice: REVOKED_NOTICE });
    await expect.poll(() => statuses.at(-1)?.notice).toBe(REVOKED_NOTICE);
  });

  it('signs out locally even when the service is gone, and signs in again', async () => {
    const { email, password } = await signUpAndSignIn(services, service);
    services.settings.update({ sync: { serverUrl: 'http://127.0.0.1:9' } });
    const out = await services.account.signOut();
    expect(out).toMatchObject({ signedIn: false, user: null, notice: null });
    expect(await secrets.get('account-refresh-token')).toBeNull();

    services.settings.update({ sync: { serverUrl: service.url } });
    const back = await services.account.signIn({ email, password });
    expect(back).toMatchObject({ signedIn: true, user: { email } });
  });
});
