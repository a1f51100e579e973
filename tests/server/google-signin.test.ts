import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthSession } from '../../shared/sync/auth';
import { ApiErrorBody } from '../../shared/sync/errors';
import { insertUser, markEmailVerified } from '../../server/src/db/queries/users';
import { PASSWORD, register, uniqueEmail } from './helpers/accounts';
import { launchChromium } from './helpers/browser';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { startLoopbackListener } from './helpers/loopback-listener';
import { startGoogleForService, type TestOidcProvider } from './helpers/oidc-provider';
import { pkcePair } from './helpers/pkce';
import { googleStartUrl } from '../../electron/main/account/google-sign-in';
import { realHasher, startTestApp, type TestApp } from './helpers/test-app';

interface BrowserResult {
  /** Where the browser finally landed: the desktop's loopback listener. */
  landed: URL;
  verifier: string;
  state: string;
  redirectUri: string;
}

/**
 * Google sign-in as the desktop app does it (RFC 8252): open the system browser on /start with a
 * loopback redirect_uri and a PKCE challenge, let the person sign in at the identity provider,
 * receive ?code&state on the loopback listener, then redeem the code with the verifier.
 */
describe('Google sign-in through the system browser, loopback redirect and PKCE', () => {
  let database: TestDatabase;
  let idp: TestOidcProvider;
  let server: TestApp;
  let api: Client;
  let browser: Browser;

  beforeAll(async () => {
    database = await openPostgresTestDatabase('google');
    const google = await startGoogleForService();
    idp = google.idp;
    server = await startTestApp({ database, port: google.port, env: google.env });
    api = client(server.url);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await idp?.close();
    await database?.drop();
  });

  function googleAccount(email: string, emailVerified = true): string {
    const login = `google-${randomBytes(5).toString('hex')}`;
    idp.identities.set(login, { email, emailVerified, name: 'Gina Google' });
    return login;
  }

  async function signInWithBrowser(login: string, action: 'consent' | 'cancel' = 'consent'): Promise<BrowserResult> {
    const listener = await startLoopbackListener();
    const { verifier, challenge } = pkcePair();
    const state = randomBytes(16).toString('base64url');
    const start = googleStartUrl(server.url, { redirectUri: listener.redirectUri, state, challenge });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // Only loopback: the provider's page links a web font that must not be fetched.
      await page.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      );
      await page.goto(start.toString());
      await page.fill('input[name="login"]', login);
      await page.fill('input[name="password"]', 'any password');
      if (action === 'cancel') {
        await page.click('a:has-text("Cancel")');
      } else {
        await page.click('button[type="submit"]');
        // First sign-in for this client: the provider asks for consent.
        await page.click('button:has-text("Continue")');
      }
      const landed = await Promise.race([
        listener.received,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`browser did not reach the loopback listener; at ${page.url()}`)), 20_000),
        ),
      ]);
      await page.waitForLoadState();
      expect(await page.textContent('body')).toContain('Signed in');
      return { landed, verifier, state, redirectUri: listener.redirectUri };
    } finally {
      await context.close();
      await listener.close();
    }
  }

  const redeem = (code: string, verifier: string, redirectUri: string) =>
    api.post('/v1/auth/token', {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: redirectUri,
    });

  it('creates an account for a new Google user and signs the desktop in', async () => {
    const email = uniqueEmail('gina');
    const login = googleAccount(email);
    const result = await signInWithBrowser(login);
    expect(result.landed.origin + result.landed.pathname).toBe(result.redirectUri);
    expect(result.landed.searchParams.get('state')).toBe(result.state);
    const code = result.landed.searchParams.get('code') ?? '';
    expect(code.length).toBeGreaterThan(40);

    const reply = await redeem(code, result.verifier, result.redirectUri);
    expect(reply.status).toBe(200);
    const session = AuthSession.parse(reply.body);
    expect(session.user).toMatchObject({
      email,
      emailVerified: true,
      hasPassword: false,
      providers: ['google'],
      displayName: 'Gina Google',
    });
    expect((await api.get('/v1/me', { token: session.accessToken })).status).toBe(200);

    // The one-time code cannot be redeemed twice.
    const again = await redeem(code, result.verifier, result.redirectUri);
    expect(again.status).toBe(400);
    expect(ApiErrorBody.parse(again.body).error.code).toBe('invalid_grant');

    // Signing in again with the same Google account reaches the same IntervYou account.
    const second = await signInWithBrowser(login);
    const secondSession = AuthSession.parse(
      (await redeem(second.landed.searchParams.get('code') ?? '', second.verifier, second.redirectUri)).body,
    );
    expect(secondSession.user.id).toBe(session.user.id);
  });

  it('refuses a code redeemed with the wrong PKCE verifier or another redirect_uri', async () => {
    const login = googleAccount(uniqueEmail('pkce'));
    const first = await signInWithBrowser(login);
    const wrongVerifier = await redeem(
      first.landed.searchParams.get('code') ?? '',
      pkcePair().verifier,
      first.redirectUri,
    );
    expect(wrongVerifier.status).toBe(400);
    // A failed attempt burns the code: an interceptor gets one guess, not many.
    expect((await redeem(first.landed.searchParams.get('code') ?? '', first.verifier, first.redirectUri)).status).toBe(
      400,
    );

    const second = await signInWithBrowser(login);
    const otherRedirect = second.redirectUri.replace('/oauth/callback', '/elsewhere');
    expect((await redeem(second.landed.searchParams.get('code') ?? '', second.verifier, otherRedirect)).status).toBe(
      400,
    );
  });

  it('links to an existing account whose email is verified, keeping its password', async () => {
    const { email, session } = await register(api, { displayName: 'Vera' });
    await markEmailVerified(database.db, session.user.id, new Date());
    const result = await signInWithBrowser(googleAccount(email));
    const linked = AuthSession.parse(
      (await redeem(result.landed.searchParams.get('code') ?? '', result.verifier, result.redirectUri)).body,
    );
    expect(linked.user).toMatchObject({
      id: session.user.id,
      displayName: 'Vera',
      providers: ['google'],
      hasPassword: true,
    });
    expect((await api.post('/v1/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('takes an unverified account back from whoever set its password (pre-account takeover)', async () => {
    // Someone registered the victim's address first, with a password of their own. Registration
    // now needs the emailed code, so only an account from before that can be like this.
    const email = uniqueEmail('squatted');
    const now = new Date();
    await insertUser(database.db, {
      id: crypto.randomUUID(),
      email,
      email_verified: false,
      password_hash: await (await realHasher()).hash(PASSWORD),
      display_name: 'Squatter',
      leaderboard_opt_in: false,
      created_at: now,
      updated_at: now,
    });
    const squatter = AuthSession.parse((await api.post('/v1/auth/login', { email, password: PASSWORD })).body);
    const result = await signInWithBrowser(googleAccount(email));
    const owner = AuthSession.parse(
      (await redeem(result.landed.searchParams.get('code') ?? '', result.verifier, result.redirectUri)).body,
    );
    expect(owner.user).toMatchObject({ id: squatter.user.id, emailVerified: true, hasPassword: false });
    expect((await api.post('/v1/auth/login', { email, password: PASSWORD })).status).toBe(401);
    expect((await api.post('/v1/auth/refresh', { refreshToken: squatter.refreshToken })).status).toBe(401);
  });

  it('sends an unverified provider email back to the desktop as an error, without an account', async () => {
    const email = uniqueEmail('unverified');
    const result = await signInWithBrowser(googleAccount(email, false));
    expect(result.landed.searchParams.get('error')).toBe('email_not_verified');
    expect(result.landed.searchParams.get('state')).toBe(result.state);
    expect(result.landed.searchParams.get('code')).toBeNull();
    const row = await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('tells the desktop when the person cancels at the provider', async () => {
    const result = await signInWithBrowser(googleAccount(uniqueEmail('cancel')), 'cancel');
    expect(result.landed.searchParams.get('error')).toBe('access_denied');
    expect(result.landed.searchParams.get('state')).toBe(result.state);
  });

  it('redirects only to a loopback listener on 127.0.0.1 with an explicit port', async () => {
    const { challenge } = pkcePair();
    for (const redirectUri of [
      'http://evil.example:8080/cb',
      'http://localhost:8080/cb',
      'https://127.0.0.1:8080/cb',
      'http://127.0.0.1/cb',
      'http://user:pw@127.0.0.1:8080/cb',
      'http://127.0.0.1:8080/cb#frag',
      'http://127.0.0.1.evil.example:8080/cb',
    ]) {
      const query = new URLSearchParams({
        redirect_uri: redirectUri,
        state: 'state-1234',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      const reply = await api.get(`/v1/auth/google/start?${query}`, { redirect: 'manual' });
      expect(reply.status, redirectUri).toBe(400);
      expect(reply.headers.get('location')).toBeNull();
    }
    const plain = new URLSearchParams({
      redirect_uri: 'http://127.0.0.1:8080/cb',
      state: 'state-1234',
      code_challenge: challenge,
      code_challenge_method: 'plain',
    });
    expect((await api.get(`/v1/auth/google/start?${plain}`, { redirect: 'manual' })).status).toBe(400);
  });

  it('refuses a callback whose state it did not issue, without redirecting', async () => {
    const reply = await api.get('/v1/auth/google/callback?code=abc&state=forged-state-value', { redirect: 'manual' });
    expect(reply.status).toBe(400);
    expect(ApiErrorBody.parse(reply.body).error.code).toBe('invalid_state');
    expect(reply.headers.get('location')).toBeNull();
  });

  it('keeps provider codes and state out of the log', async () => {
    const log = server.logs.join('');
    expect(log).toContain('/v1/auth/google/callback');
    expect(log).not.toMatch(/callback\?/);
    expect(log).not.toMatch(/"authorization":"Bearer/);
  });
});

describe('Google sign-in when no identity provider is configured', () => {
  it('answers 503 with a clear code', async () => {
    const database = await openPostgresTestDatabase('google_off');
    const server = await startTestApp({ database });
    try {
      const { challenge } = pkcePair();
      const query = new URLSearchParams({
        redirect_uri: 'http://127.0.0.1:8080/cb',
        state: 'state-1234',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      const reply = await client(server.url).get(`/v1/auth/google/start?${query}`, { redirect: 'manual' });
      expect(reply.status).toBe(503);
      expect(ApiErrorBody.parse(reply.body).error.code).toBe('google_sign_in_disabled');
    } finally {
      await server.close();
      await database.drop();
    }
  });
});
