import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataFolderPlatform } from '../../../electron/main/platform/data-folder-platform';
import type { Platform } from '../../../electron/main/platform/platform';
import { createSecretStore, type SecretStore } from '../../../electron/main/secrets/secret-store';
import type { MainServices } from '../../../electron/main/services';
import { User } from '../../../shared/sync/user';
import { startAccountService, uniqueEmail, type TestAccountService } from '../../helpers/account-service';
import { startFaultProxy } from '../../helpers/fault-proxy';
import { invoker, valueOf } from '../../helpers/invoke';
import { keychainSkipReason, testSecretService } from '../../helpers/keychain';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';
import { launchChromium } from '../../server/helpers/browser';
import { startGoogleForService, type TestOidcProvider } from '../../server/helpers/oidc-provider';

const skipReason = keychainSkipReason();
if (skipReason) console.log(`[google-sign-in] keychain tests skipped: ${skipReason}`);

/**
 * The desktop's Google sign-in end to end: the app's loopback listener and PKCE, the real account
 * service, a real OpenID provider standing in for Google, and Chromium as the "system browser".
 */
describe.skipIf(skipReason !== null)('Sign in with Google from the desktop (RFC 8252 loopback flow)', () => {
  let idp: TestOidcProvider;
  let service: TestAccountService;
  let browser: Browser;
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  let secrets: SecretStore;

  beforeAll(async () => {
    const google = await startGoogleForService();
    idp = google.idp;
    service = await startAccountService({ port: google.port, env: google.env });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await idp?.close();
  });
  beforeEach(async () => {
    dir = makeTempDir('intervyou-google-');
    secrets = createSecretStore({ service: testSecretService() });
    services = await startTestServices(dir.path, undefined, { secrets, account: { googleTimeoutMs: 20_000 } });
    services.settings.update({ sync: { serverUrl: service.url } });
  });
  afterEach(async () => {
    await services.account.signOut().catch(() => {});
    await services.close();
    dir.remove();
  });

  /** A person at the browser: signs in at the provider and consents; resolves with the final page's text. */
  async function personSignsIn(url: string, login: string): Promise<string> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      );
      await page.goto(url);
      await page.fill('input[name="login"]', login);
      await page.fill('input[name="password"]', 'any password');
      await page.click('button[type="submit"]');
      await page.click('button:has-text("Continue")');
      await page.waitForFunction(() => document.title.length > 0 && !location.href.includes('/interaction/'));
      await page.waitForLoadState();
      return (await page.textContent('body')) ?? '';
    } finally {
      await context.close();
    }
  }

  function platformWith(openExternal: (url: string) => boolean, focused: { count: number }): Platform {
    return {
      ...dataFolderPlatform(services.paths.exports, { openExternal }),
      focusApp: () => void focused.count++,
    };
  }

  it('opens the browser, comes back through the loopback listener, signs in and brings the app forward', async () => {
    const email = uniqueEmail('gina');
    const login = `google-${randomBytes(5).toString('hex')}`;
    idp.identities.set(login, { email, emailVerified: true, name: 'Gina Google' });
    const focused = { count: 0 };
    let page: Promise<string> | null = null;
    let opened = '';
    const invoke = invoker(
      services,
      platformWith((url) => {
        opened = url;
        // The browser runs on its own; the app waits for it on the loopback listener.
        page = personSignsIn(url, login);
        return true;
      }, focused),
    );

    const status = valueOf(await invoke('account:sign-in-google', {}));
    expect(status).toMatchObject({
      signedIn: true,
      user: { email, displayName: 'Gina Google', hasPassword: false, providers: ['google'] },
    });
    expect(await page).toContain('You are signed in to IntervYou. You can close this tab.');
    expect(focused.count).toBe(1);

    const start = new URL(opened);
    expect(start.origin + start.pathname).toBe(`${service.url}/v1/auth/google/start`);
    expect(start.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(start.searchParams.get('code_challenge_method')).toBe('S256');
    expect(start.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(start.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    // The listener is gone once the sign-in is over.
    await expect(fetch(start.searchParams.get('redirect_uri') ?? '')).rejects.toThrow();

    expect(await secrets.get('account-refresh-token')).toMatch(/.{20,}/);
    expect((await services.account.session.authorized({ method: 'GET', path: '/v1/me' }, User)).email).toBe(email);
  });

  it('refuses a return whose state is not the one it sent, and stays signed out', async () => {
    let answered: Promise<Response> | null = null;
    const invoke = invoker(
      services,
      platformWith(
        (url) => {
          const redirect = new URL(new URL(url).searchParams.get('redirect_uri') ?? '');
          redirect.search = new URLSearchParams({ code: 'x'.repeat(43), state: 'forged-state-1234' }).toString();
          answered = fetch(redirect);
          return true;
        },
        { count: 0 },
      ),
    );
    const result = await invoke('account:sign-in-google', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'The browser came back from a sign-in IntervYou did not start, so it was refused.',
      },
    });
    const page = await answered!;
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('Sign-in did not finish');
    expect(valueOf(await invoke('account:status', {}))).toMatchObject({ signedIn: false });
  });

  it('shows the provider refusal in the browser and the app', async () => {
    let answered: Promise<Response> | null = null;
    const invoke = invoker(
      services,
      platformWith(
        (url) => {
          const start = new URL(url);
          const redirect = new URL(start.searchParams.get('redirect_uri') ?? '');
          redirect.search = new URLSearchParams({
            error: 'access_denied',
            error_description: 'Sign-in was cancelled or refused.',
            state: start.searchParams.get('state') ?? '',
          }).toString();
          answered = fetch(redirect);
          return true;
        },
        { count: 0 },
      ),
    );
    const result = await invoke('account:sign-in-google', {});
    expect(result).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'Sign-in was cancelled or refused.' } });
    expect(await (await answered!).text()).toContain('Sign-in was cancelled or refused.');
  });

  it('gives up when the browser never comes back, and closes its listener', async () => {
    await services.close();
    services = await startTestServices(dir.path, undefined, { secrets, account: { googleTimeoutMs: 300 } });
    services.settings.update({ sync: { serverUrl: service.url } });
    let redirect = '';
    const invoke = invoker(
      services,
      platformWith(
        (url) => {
          redirect = new URL(url).searchParams.get('redirect_uri') ?? '';
          return true;
        },
        { count: 0 },
      ),
    );
    expect(await invoke('account:sign-in-google', {})).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Google sign-in was not finished within 1 second. Try again.' },
    });
    await expect(fetch(redirect)).rejects.toThrow();
  });

  it('can be cancelled from the app while the browser is open, and says when no browser can be opened', async () => {
    const invoke = invoker(
      services,
      platformWith(() => true, { count: 0 }),
    );
    const pending = invoke('account:sign-in-google', {});
    await expect.poll(async () => valueOf(await invoke('account:cancel-google', {})).cancelled).toBe(true);
    expect(await pending).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Google sign-in was cancelled.' },
    });
    expect(valueOf(await invoke('account:cancel-google', {}))).toEqual({ cancelled: false });

    const noBrowser = await invoker(services)('account:sign-in-google', {});
    expect(noBrowser).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'IntervYou could not open a web browser here, so Google sign-in cannot start.',
      },
    });
  });

  it('cancelled while the service redeems the code, stays signed out and tells the browser', async () => {
    // The service has minted the session but its answer is held: the app is cancelled in between.
    const proxy = await startFaultProxy(service.url, (method, path) => method === 'POST' && path === '/v1/auth/token');
    try {
      services.settings.update({ sync: { serverUrl: proxy.url } });
      proxy.inject({ kind: 'delay', ms: 5_000 });
      const login = `google-${randomBytes(5).toString('hex')}`;
      idp.identities.set(login, { email: uniqueEmail('carl'), emailVerified: true, name: 'Carl Cancel' });
      let page: Promise<string> | null = null;
      const invoke = invoker(
        services,
        platformWith(
          (url) => {
            page = personSignsIn(url, login);
            return true;
          },
          { count: 0 },
        ),
      );
      const pending = invoke('account:sign-in-google', {});
      await expect.poll(() => proxy.seen.includes('POST /v1/auth/token'), { timeout: 15_000 }).toBe(true);
      expect(valueOf(await invoke('account:cancel-google', {}))).toEqual({ cancelled: true });

      expect(await pending).toEqual({
        ok: false,
        error: { code: 'BAD_INPUT', message: 'Google sign-in was cancelled.' },
      });
      expect(await page).toContain('Google sign-in was cancelled.');
      expect(valueOf(await invoke('account:status', {})).signedIn).toBe(false);
      expect(await secrets.get('account-refresh-token')).toBeNull();
    } finally {
      await proxy.close();
    }
  });
});
