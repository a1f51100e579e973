import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../shared/sync/errors';
import { PASSWORD, register, uniqueEmail } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client } from './helpers/http';
import { openTestRedis, TEST_REDIS_URL } from './helpers/redis';
import { manualClock, startTestApp, type TestApp } from './helpers/test-app';

/**
 * Two instances of the service on loopback, as behind a load balancer, sharing one Redis: a
 * client spreading requests over both meets one limit, not two.
 */
describe('rate limits shared across instances through Redis', () => {
  let database: TestDatabase;
  let shared: Awaited<ReturnType<typeof openTestRedis>>;
  let secondConnection: Redis;
  let a: TestApp;
  let b: TestApp;

  const limits = {
    RATE_LIMIT_AUTH_PER_MIN: '6',
    RATE_LIMIT_EMAIL_PER_15_MIN: '3',
    RATE_LIMIT_RESET_PER_HOUR: '2',
    RATE_LIMIT_GLOBAL_PER_MIN: '100000',
    SIGN_IN_FREE_FAILURES: '2',
    // Client addresses come from X-Forwarded-For, so one test can play several clients.
    TRUST_PROXY: '1',
  };
  const clock = manualClock();

  beforeAll(async () => {
    database = await openPostgresTestDatabase('ratelimit');
    shared = await openTestRedis();
    // Each instance has its own connection, as separate processes would.
    secondConnection = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await secondConnection.connect();
    const env = { ...limits, REDIS_KEY_PREFIX: shared.prefix };
    a = await startTestApp({ database, redis: shared.redis, env, clock });
    b = await startTestApp({ database, redis: secondConnection, env, clock });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await secondConnection?.quit();
    await shared?.cleanup();
    await database?.drop();
  });

  it('slows a client that keeps failing on one account across both instances, never the owner elsewhere', async () => {
    const email = uniqueEmail('target');
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    const attacker = '203.0.113.7';
    const owner = '203.0.113.8';
    await register(client(a.url), { email }, from(owner));
    const guess = (url: string, password = 'guess-guess') =>
      client(url).post('/v1/auth/login', { email, password }, from(attacker));

    // Two free failures, the third starts a wait, which both instances enforce.
    expect([(await guess(a.url)).status, (await guess(b.url)).status, (await guess(a.url)).status]).toEqual([
      401, 401, 401,
    ]);
    const slowed = await guess(b.url);
    expect(slowed.status).toBe(429);
    expect(ApiErrorBody.parse(slowed.body).error.code).toBe('rate_limited');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The failing client is not let in even with the right password until its wait is over…
    expect((await guess(a.url, PASSWORD)).status).toBe(429);
    // …but the owner, signing in from another address, is never refused.
    expect((await client(b.url).post('/v1/auth/login', { email, password: PASSWORD }, from(owner))).status).toBe(200);
    clock.advance(1100);
    expect((await guess(b.url, PASSWORD)).status).toBe(200);
  });

  it('limits sign-in requests per client IP over both instances together', async () => {
    // The previous test spent this minute's per-IP budget from 127.0.0.1: start a fresh window.
    const keys = await shared.redis.keys(`${shared.prefix}*auth-ip:*`);
    if (keys.length) await shared.redis.del(...keys);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const url = i % 2 === 0 ? a.url : b.url;
      statuses.push(
        (await client(url).post('/v1/auth/login', { email: uniqueEmail(`ip${i}`), password: 'guess-guess' })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    const limited = await client(a.url).post('/v1/auth/register', {
      email: uniqueEmail(),
      password: 'long enough pw',
      displayName: 'R',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after') ?? limited.text).toBeTruthy();
  });

  it('limits reset codes per email, so nobody can flood a mailbox', async () => {
    const keys = await shared.redis.keys(`${shared.prefix}*auth-ip:*`);
    if (keys.length) await shared.redis.del(...keys);
    const email = uniqueEmail('mailbox');
    const ask = (url: string) => client(url).post('/v1/auth/password-reset/request', { email });
    expect([(await ask(a.url)).status, (await ask(b.url)).status, (await ask(a.url)).status]).toEqual([202, 202, 429]);
  });

  it('keeps its counters in Redis under the configured prefix, with email and client addresses hashed', async () => {
    const keys = await shared.redis.keys(`${shared.prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((k) => k.includes('sign-in-failures:'))).toBe(true);
    expect(keys.join(' ')).not.toContain('@example.com');
    // The per-IP limits are keyed by address by design; the failure records name neither party.
    expect(
      keys.filter((k) => k.includes('sign-in-failures:')).every((k) => !k.includes('@') && !k.includes('203.0.113.')),
    ).toBe(true);
    for (const key of keys.slice(0, 5)) expect(await shared.redis.pttl(key)).toBeGreaterThan(0);
  });

  it('limits sync requests per user', async () => {
    const limited = await startTestApp({
      database,
      redis: shared.redis,
      env: { REDIS_KEY_PREFIX: `${shared.prefix}sync:`, RATE_LIMIT_SYNC_PER_MIN: '2' },
    });
    try {
      const api = client(limited.url);
      const { session } = await register(api);
      const push = () =>
        api.post('/v1/sync/attempts', { attempts: [{ id: crypto.randomUUID() }] }, { token: session.accessToken });
      expect([(await push()).status, (await push()).status, (await push()).status]).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('client addresses behind a proxy', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openPostgresTestDatabase('proxy');
  });
  afterAll(async () => {
    await database?.drop();
  });

  const login = (url: string, forwardedFor: string) =>
    client(url).post(
      '/v1/auth/login',
      { email: uniqueEmail(), password: 'guess-guess' },
      { headers: { 'x-forwarded-for': forwardedFor } },
    );

  it('limits each client behind a trusted proxy separately (TRUST_PROXY=1)', async () => {
    const app = await startTestApp({ database, env: { TRUST_PROXY: '1', RATE_LIMIT_AUTH_PER_MIN: '2' } });
    try {
      const first = [
        await login(app.url, '203.0.113.1'),
        await login(app.url, '203.0.113.1'),
        await login(app.url, '203.0.113.1'),
      ];
      expect(first.map((r) => r.status)).toEqual([401, 401, 429]);
      expect((await login(app.url, '203.0.113.2')).status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('ignores X-Forwarded-For from clients when no proxy is trusted, so it cannot dodge the limit', async () => {
    const app = await startTestApp({ database, env: { RATE_LIMIT_AUTH_PER_MIN: '2' } });
    try {
      const statuses = [];
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
        statuses.push((await login(app.url, ip)).status);
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await app.close();
    }
  });
});
