import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, register } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { manualClock, startTestApp, type TestApp } from './helpers/test-app';

/** One instance with in-memory counters; client addresses from X-Forwarded-For (TRUST_PROXY=1). */
describe('failed sign-ins slow the failing client, not the account', () => {
  let database: TestDatabase;
  let server: TestApp;
  let api: Client;
  const clock = manualClock();

  beforeAll(async () => {
    database = await openPostgresTestDatabase('throttle');
    server = await startTestApp({
      database,
      clock,
      env: { TRUST_PROXY: '1', SIGN_IN_FREE_FAILURES: '5', SIGN_IN_MAX_DELAY_SEC: '8' },
    });
    api = client(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const login = (email: string, password: string, ip: string) =>
    api.post('/v1/auth/login', { email, password }, { headers: { 'x-forwarded-for': ip } });

  /** Fails once, waiting out any delay first; returns the delay the failure imposed, in seconds. */
  async function failOnce(email: string, ip: string): Promise<number> {
    expect((await login(email, 'wrong password', ip)).status).toBe(401);
    const next = await login(email, 'wrong password', ip);
    if (next.status !== 429) {
      // No wait imposed: that try was a failure of its own, counted too.
      expect(next.status).toBe(401);
      return -1;
    }
    const wait = Number(next.headers.get('retry-after'));
    clock.advance(wait * 1000);
    return wait;
  }

  it('lets the owner in with the right password however many wrong ones others sent', async () => {
    const { email } = await register(api);
    for (let i = 0; i < 30; i += 1) {
      const status = (await login(email, `wrong ${i}`, `198.51.100.${i}`)).status;
      expect(status).toBe(401);
    }
    // One busy attacker address too.
    for (let i = 0; i < 8; i += 1) await login(email, 'wrong', '198.51.100.200');
    expect((await login(email, 'wrong', '198.51.100.200')).status).toBe(429);
    expect((await login(email, PASSWORD, '192.0.2.10')).status).toBe(200);
  });

  it('doubles the wait with every failure past the free ones, up to the cap', async () => {
    const { email } = await register(api);
    const ip = '198.51.100.77';
    const waits: number[] = [];
    // Five free failures come in pairs of two requests: 1+2, 3+4, then 5 and the first delayed one.
    expect(await failOnce(email, ip)).toBe(-1);
    expect(await failOnce(email, ip)).toBe(-1);
    expect((await login(email, 'wrong', ip)).status).toBe(401); // the fifth
    for (let i = 0; i < 5; i += 1) {
      // Each failure past the free ones sets a wait; the next try inside it is refused unchecked.
      expect((await login(email, 'wrong', ip)).status).toBe(401);
      const refused = await login(email, PASSWORD, ip);
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      clock.advance(wait * 1000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 8]);
    // Once the wait is over the right password works and clears the record.
    expect((await login(email, PASSWORD, ip)).status).toBe(200);
    expect((await login(email, 'wrong', ip)).status).toBe(401);
    expect((await login(email, PASSWORD, ip)).status).toBe(200);
  });

  it('counts per account: failing on one account does not slow the same client on another', async () => {
    const first = await register(api);
    const second = await register(api);
    const ip = '198.51.100.90';
    for (let i = 0; i < 7; i += 1) await login(first.email, 'wrong', ip);
    expect((await login(first.email, PASSWORD, ip)).status).toBe(429);
    expect((await login(second.email, PASSWORD, ip)).status).toBe(200);
  });
});
