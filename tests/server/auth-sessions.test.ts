import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenPair } from '../../shared/sync/auth';
import { ApiErrorBody } from '../../shared/sync/errors';
import { sha256Hex } from '../../server/src/auth/secrets';
import { REFRESH_GRACE_MS } from '../../server/src/auth/sessions';
import { PASSWORD, register } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { manualClock, startTestApp, type TestApp } from './helpers/test-app';

describe('access and refresh tokens', () => {
  let database: TestDatabase;
  let server: TestApp;
  let api: Client;
  const clock = manualClock();

  beforeAll(async () => {
    database = await openPostgresTestDatabase('sessions');
    server = await startTestApp({ database, clock, tokenSecret: 'a'.repeat(64) });
    api = client(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const refresh = (refreshToken: string) => api.post('/v1/auth/refresh', { refreshToken });
  const me = (token: string) => api.get('/v1/me', { token });

  it('rotates: a refresh token buys one new pair and is spent', async () => {
    const { session } = await register(api);
    const first = await refresh(session.refreshToken);
    expect(first.status).toBe(200);
    const pair = TokenPair.parse(first.body);
    expect(pair.refreshToken).not.toBe(session.refreshToken);
    expect((await me(pair.accessToken)).status).toBe(200);
    // The next one in the chain works too.
    expect((await refresh(pair.refreshToken)).status).toBe(200);
  });

  it('stores refresh tokens only as hashes', async () => {
    const { session } = await register(api);
    const rows = await database.db.selectFrom('refresh_tokens').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).toContain(sha256Hex(session.refreshToken));
    expect(rows.map((r) => r.token_hash)).not.toContain(session.refreshToken);
  });

  it('revokes the whole family when a spent refresh token is presented again after the grace window', async () => {
    const { session } = await register(api);
    const stolen = session.refreshToken;
    const legit = TokenPair.parse((await refresh(stolen)).body);

    clock.advance(REFRESH_GRACE_MS + 1000);
    const replay = await refresh(stolen);
    expect(replay.status).toBe(401);
    expect(ApiErrorBody.parse(replay.body).error.code).toBe('invalid_refresh_token');
    // The holder of the newest token is cut off as well: nobody can tell which copy was the thief's.
    expect((await refresh(legit.refreshToken)).status).toBe(401);
  });

  it('leaves other sign-ins of the same user alone when one family is revoked', async () => {
    const { email, session } = await register(api);
    const other = TokenPair.parse((await api.post('/v1/auth/login', { email, password: PASSWORD })).body);
    await refresh(session.refreshToken);
    clock.advance(REFRESH_GRACE_MS + 1000);
    expect((await refresh(session.refreshToken)).status).toBe(401); // reuse: revokes the first family
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  it('answers two concurrent refreshes of one token with the same successor and keeps the session', async () => {
    const { session } = await register(api);
    const replies = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const [a, b] = replies.map((r) => TokenPair.parse(r.body));
    expect(a?.refreshToken).toBe(b?.refreshToken);
    expect((await me(a?.accessToken ?? '')).status).toBe(200);
    expect((await me(b?.accessToken ?? '')).status).toBe(200);
    expect((await refresh(a?.refreshToken ?? '')).status).toBe(200);
  });

  it('gives a retry within the grace window the same successor, but not once the successor was used', async () => {
    const { session } = await register(api);
    const first = TokenPair.parse((await refresh(session.refreshToken)).body);
    clock.advance(REFRESH_GRACE_MS - 5000);
    const retry = await refresh(session.refreshToken);
    expect(retry.status).toBe(200);
    expect(TokenPair.parse(retry.body).refreshToken).toBe(first.refreshToken);

    const next = TokenPair.parse((await refresh(first.refreshToken)).body);
    // The old token again, now that its successor has moved on: a copy, so the family ends.
    expect((await refresh(session.refreshToken)).status).toBe(401);
    expect((await refresh(next.refreshToken)).status).toBe(401);
  });

  it('logs out with 204 and the session cannot be refreshed afterwards', async () => {
    const { session } = await register(api);
    const out = await api.post('/v1/auth/logout', { refreshToken: session.refreshToken });
    expect(out.status).toBe(204);
    expect(out.text).toBe('');
    expect((await refresh(session.refreshToken)).status).toBe(401);
    // Logging out twice, or with a token we never issued, is not an error.
    expect((await api.post('/v1/auth/logout', { refreshToken: session.refreshToken })).status).toBe(204);
    expect((await api.post('/v1/auth/logout', { refreshToken: 'rt_' + 'x'.repeat(43) })).status).toBe(204);
  });

  it('ends access tokens at sign-out; another device refreshes and carries on', async () => {
    const { email, session } = await register(api);
    const other = TokenPair.parse((await api.post('/v1/auth/login', { email, password: PASSWORD })).body);
    expect((await me(session.accessToken)).status).toBe(200);
    expect((await me(other.accessToken)).status).toBe(200);

    expect((await api.post('/v1/auth/logout', { refreshToken: session.refreshToken })).status).toBe(204);
    expect((await me(session.accessToken)).status).toBe(401);
    // Every access token of the user ends; the other sign-in's refresh token still buys a new one.
    expect((await me(other.accessToken)).status).toBe(401);
    const renewed = TokenPair.parse((await refresh(other.refreshToken)).body);
    expect((await me(renewed.accessToken)).status).toBe(200);
    expect((await refresh(session.refreshToken)).status).toBe(401);
  });

  it('ends the access tokens a copied refresh token bought when the copy is detected', async () => {
    const { session } = await register(api);
    const thief = TokenPair.parse((await refresh(session.refreshToken)).body);
    expect((await me(thief.accessToken)).status).toBe(200);
    clock.advance(REFRESH_GRACE_MS + 1000);
    expect((await refresh(session.refreshToken)).status).toBe(401);
    expect((await me(thief.accessToken)).status).toBe(401);
  });

  it('ends access tokens on another instance within TOKEN_VERSION_CACHE_MS', async () => {
    const second = await startTestApp({
      database,
      clock,
      tokenSecret: 'a'.repeat(64),
      env: { TOKEN_VERSION_CACHE_MS: '5000' },
    });
    try {
      const api2 = client(second.url);
      const { session } = await register(api);
      expect((await api2.get('/v1/me', { token: session.accessToken })).status).toBe(200);
      expect((await api.post('/v1/auth/logout', { refreshToken: session.refreshToken })).status).toBe(204);
      clock.advance(5001);
      expect((await api2.get('/v1/me', { token: session.accessToken })).status).toBe(401);
    } finally {
      await second.close();
    }
  });

  it('expires refresh tokens after REFRESH_TOKEN_TTL_DAYS', async () => {
    const { session } = await register(api);
    clock.advance(31 * 86_400_000);
    try {
      expect((await refresh(session.refreshToken)).status).toBe(401);
    } finally {
      clock.advance(-31 * 86_400_000);
    }
  });

  it('accepts a short-lived access token until it expires, then answers 401', async () => {
    const { session } = await register(api);
    expect((await me(session.accessToken)).status).toBe(200);
    clock.advance(14 * 60_000);
    expect((await me(session.accessToken)).status).toBe(200);
    clock.advance(2 * 60_000);
    try {
      const expired = await me(session.accessToken);
      expect(expired.status).toBe(401);
      expect(ApiErrorBody.parse(expired.body).error.code).toBe('unauthorized');
    } finally {
      clock.advance(-16 * 60_000);
    }
  });

  it('refuses forged, tampered and missing access tokens', async () => {
    const { session } = await register(api);
    const [header, payload, signature] = session.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const tampered = [
      header,
      Buffer.from(JSON.stringify({ ...claims, sub: crypto.randomUUID() })).toString('base64url'),
      signature,
    ].join('.');
    const wrongKey = await new SignJWT({ typ: 'access' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(session.user.id)
      .setIssuer('intervyou-account-service')
      .setAudience('intervyou-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('b'.repeat(64)));
    const unsigned = [Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url'), payload, ''].join('.');
    for (const token of [tampered, wrongKey, unsigned, 'garbage', session.refreshToken]) {
      expect((await me(token)).status).toBe(401);
    }
    expect((await api.get('/v1/me')).status).toBe(401);
  });
});
