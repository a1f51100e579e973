import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSecretStore, type SecretStore } from '../../../electron/main/secrets/secret-store';
import type { MainServices } from '../../../electron/main/services';
import { User } from '../../../shared/sync/user';
import {
  codeFromMail,
  codesInMail,
  signUpAndSignIn,
  startAccountService,
  type TestAccountService,
} from '../../helpers/account-service';
import { invoker, valueOf } from '../../helpers/invoke';
import { manualClock } from '../../server/helpers/test-app';
import { keychainSkipReason, testSecretService } from '../../helpers/keychain';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const skipReason = keychainSkipReason();
if (skipReason) console.log(`[account-flows] keychain tests skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('account flows through the IPC contract, against the real service', () => {
  let service: TestAccountService;
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let secrets: SecretStore;
  let invoke: ReturnType<typeof invoker>;

  // The service's own clock, so a code can really expire.
  const clock = manualClock();

  beforeAll(async () => {
    service = await startAccountService({ clock });
  });
  afterAll(async () => {
    await service?.close();
  });
  beforeEach(async () => {
    dir = makeTempDir('intervyou-account-flows-');
    secrets = createSecretStore({ service: testSecretService() });
    services = await startTestServices(dir.path, undefined, { secrets });
    invoke = invoker(services);
  });
  afterEach(async () => {
    await services.account.signOut().catch(() => {});
    await services.close();
    dir.remove();
  });

  it('resets a forgotten password: wrong and expired codes are refused in words, the right one signs in', async () => {
    const { email, password } = await signUpAndSignIn(services, service);
    valueOf(await invoke('account:sign-out', {}));

    valueOf(await invoke('account:request-password-reset', { email }));
    const expired = await codeFromMail(service, email, 'reset', 0);
    clock.advance(11 * 60_000);
    const late = await invoke('account:confirm-password-reset', {
      email,
      code: expired,
      newPassword: 'a new long password',
    });
    expect(late).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'The code is wrong or has expired. Ask for a new one.' },
    });

    const sent = valueOf(await invoke('account:request-password-reset', { email }));
    expect(sent.email).toBe(email);
    expect(sent.message).toMatch(/reset code is on its way/);
    const code = await codeFromMail(service, email, 'reset', 1);

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await invoke('account:confirm-password-reset', {
      email,
      code: wrongCode,
      newPassword: 'a new long password',
    });
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'The code is wrong or has expired. Ask for a new one.' },
    });
    const malformed = await invoke('account:confirm-password-reset', {
      email,
      code: '12',
      newPassword: 'a new long password',
    });
    expect(malformed.ok).toBe(false);
    expect(!malformed.ok && malformed.error.message).toMatch(/6 to 8 digits/);

    const reset = valueOf(
      await invoke('account:confirm-password-reset', { email, code, newPassword: 'a new long password' }),
    );
    expect(reset).toMatchObject({ signedIn: true, user: { email } });
    // The code works once, and the old password no longer does.
    expect((await invoke('account:confirm-password-reset', { email, code, newPassword: 'another password' })).ok).toBe(
      false,
    );
    const old = await invoke('account:sign-in', { email, password });
    expect(old).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'Email or password is incorrect.' } });
    // A failed sign-in leaves the session that was there.
    expect(valueOf(await invoke('account:status', {}))).toMatchObject({ signedIn: true, user: { email } });
  });

  it('tells the user when a registration code is wrong, and registers with the right one', async () => {
    services.settings.update({ sync: { serverUrl: service.url } });
    const email = `wrong-code-${Date.now()}@example.com`;
    const sent = valueOf(
      await invoke('account:register', { email, displayName: 'Wendy', password: 'a long enough password' }),
    );
    expect(sent.message).toMatch(/Check your email/);
    const code = await codeFromMail(service, email, 'registration');
    const wrong = await invoke('account:confirm-registration', {
      email,
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'The code is wrong or has expired. Register again for a new one.' },
    });
    expect(valueOf(await invoke('account:confirm-registration', { email, code }))).toMatchObject({
      signedIn: true,
      user: { email, displayName: 'Wendy' },
    });
    expect(codesInMail(service, email, 'registration')).toHaveLength(1);
  });

  it('turns on "Show me on the leaderboard" and renames, on the service and in the status', async () => {
    await signUpAndSignIn(services, service, { displayName: 'Before' });
    const status = valueOf(await invoke('account:update', { leaderboardOptIn: true, displayName: 'After' }));
    expect(status.user).toMatchObject({ leaderboardOptIn: true, displayName: 'After' });
    const me = await services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User);
    expect(me).toMatchObject({ leaderboardOptIn: true, displayName: 'After' });
  });

  it('picks up changes made on another device from GET /v1/me', async () => {
    const { email, password } = await signUpAndSignIn(services, service, { displayName: 'Here' });
    const elsewhere = (await (
      await fetch(`${service.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    ).json()) as { accessToken: string };
    const patched = await fetch(`${service.url}/v1/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${elsewhere.accessToken}` },
      body: JSON.stringify({ displayName: 'There', leaderboardOptIn: true }),
    });
    expect(patched.status).toBe(200);
    expect((await services.account.status()).user?.displayName).toBe('Here');
    await services.account.refreshUser();
    expect((await services.account.status()).user).toMatchObject({ displayName: 'There', leaderboardOptIn: true });
  });

  it('deletes the account on the service, signs out, and keeps local data', async () => {
    const { email, password } = await signUpAndSignIn(services, service);
    const settingsBefore = services.settings.get();
    expect((await invoke('account:delete', { confirm: 'delete' } as never)).ok).toBe(false);
    const status = valueOf(await invoke('account:delete', { confirm: 'DELETE' }));
    expect(status).toMatchObject({ signedIn: false, user: null });
    expect(await secrets.get('account-refresh-token')).toBeNull();
    expect(services.settings.get()).toEqual(settingsBefore);
    const again = await invoke('account:sign-in', { email, password });
    expect(again.ok).toBe(false);
  });

  it('signs out (and leaves the account on the service) when the user deletes all local data', async () => {
    const { email, password } = await signUpAndSignIn(services, service);
    valueOf(await invoke('profile:delete-all', { confirm: 'DELETE', keepExports: false }));
    expect(valueOf(await invoke('account:status', {}))).toMatchObject({ signedIn: false, user: null, server: null });
    expect(await secrets.get('account-refresh-token')).toBeNull();
    services.settings.update({ sync: { serverUrl: service.url } });
    expect(valueOf(await invoke('account:sign-in', { email, password })).signedIn).toBe(true);
  });

  it('keeps the session through a failing service and shows who is signed in while offline', async () => {
    const { email } = await signUpAndSignIn(services, service);
    services.settings.update({ sync: { serverUrl: 'http://127.0.0.1:9' } });
    const failure = await services.account.refreshUser().then(
      () => 'quiet',
      (error: unknown) => error,
    );
    expect(failure).toBe('quiet');
    const offline = await invoke('account:update', { leaderboardOptIn: true });
    expect(offline).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringMatching(/could not be reached/) },
    });
    // Still signed in, the user known from SQLite, across a restart.
    await services.close();
    services = await startTestServices(dir.path, undefined, { secrets });
    expect(await services.account.status()).toMatchObject({
      signedIn: true,
      user: { email },
      server: 'http://127.0.0.1:9',
    });
    services.settings.update({ sync: { serverUrl: service.url } });
    expect((await services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User)).email).toBe(email);
  });

  it('says the session lasts only this run when no keychain answers', async () => {
    await services.close();
    const memoryOnly = createSecretStore({
      service: testSecretService(),
      keytar: () => {
        throw new Error('The name org.freedesktop.secrets was not provided by any .service files');
      },
    });
    services = await startTestServices(dir.path, undefined, { secrets: memoryOnly });
    const { email } = await signUpAndSignIn(services, service);
    const status = valueOf(await invoker(services)('account:status', {}));
    expect(status).toMatchObject({ signedIn: true, user: { email }, sessionStorage: 'memory' });
    expect(status.storageWarning).toMatch(/keychain is not available.*only until IntervYou closes/);
    expect(status.storageWarning).not.toMatch(/closes.*closes/);
  });

  it('answers with "no service" when none is configured', async () => {
    const result = await invoke('account:sign-in', { email: 'nobody@example.com', password: 'whatever' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'No account service is set. Enter its address in Settings → Account and sync.',
      },
    });
    expect(valueOf(await invoke('account:status', {}))).toMatchObject({
      signedIn: false,
      server: null,
      serverSource: null,
    });
  });
});
