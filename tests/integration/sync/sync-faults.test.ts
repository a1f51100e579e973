import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { storeAnswered } from '../../helpers/attempts';
import { codeFromMail, startAccountService, type TestAccountService } from '../../helpers/account-service';
import { manualClock, startTestApp } from '../../server/helpers/test-app';
import { localTotals } from '../../helpers/sync-totals';
import { startSyncWorld, type SyncWorld } from './sync-fixture';

const SYNC_POSTS = 'POST /v1/sync/attempts';

/**
 * Each fault ends the same way: once the service can be reached again, what it holds for the user
 * equals what is on this machine, id for id, and its running totals count every attempt once.
 */
describe('sync under faults, against the real account service', () => {
  let service: TestAccountService;
  let world: SyncWorld;
  // The service's clock: moved on to expire access tokens.
  const clock = manualClock();

  beforeAll(async () => {
    // A revoked session is refused at once rather than after the token-version cache expires.
    service = await startAccountService({ clock, env: { TOKEN_VERSION_CACHE_MS: '0' } });
  }, 120_000);
  afterAll(async () => service.close());
  afterEach(async () => world.close());

  const posts = () => world.proxy.seen.filter((r) => r === SYNC_POSTS).length;
  const pending = async () => (await world.engine.status()).pending;

  async function expectTotalsMatch(): Promise<void> {
    const remote = await world.serviceTotals();
    const local = await localTotals(world.services.db);
    expect(remote.ids).toEqual(local.ids);
    expect(remote.attempts).toBe(local.attempts);
    expect([remote.boardAttempts, remote.boardPoints]).toEqual([local.attempts, local.points]);
  }

  it('service down while the user answers, then back: offline with a retry time, then all sent', async () => {
    world = await startSyncWorld(service);
    await world.proxy.down();
    world.engine.start();
    await storeAnswered(world.services.db, 30);

    const offline = await world.engine.syncNow();
    expect(offline).toMatchObject({ state: 'offline', pending: 30 });
    expect(offline.lastError).toMatch(/could not be reached/);
    expect(offline.nextRetryAt).not.toBeNull();

    await world.proxy.up();
    await expect.poll(pending, { timeout: 10_000 }).toBe(0);
    expect(await world.engine.status()).toMatchObject({ state: 'idle', lastError: null });
    await expectTotalsMatch();
  }, 60_000);

  it('service killed in the middle of a batch: the batch it stored is resent as duplicates, nothing counted twice', async () => {
    // Its own service: this test stops it and starts another on the same database and port.
    const own = await startAccountService();
    let restarted: Awaited<ReturnType<typeof startTestApp>> | null = null;
    try {
      world = await startSyncWorld(own);
      await storeAnswered(world.services.db, 1_100);
      world.proxy.inject({ kind: 'pass' });
      world.proxy.inject({ kind: 'drop-after-forward' });

      expect(await world.engine.syncNow()).toMatchObject({ state: 'offline', pending: 600 });
      await own.app.close();
      expect(await world.engine.syncNow()).toMatchObject({ state: 'offline', pending: 600 });
      restarted = await startTestApp({ database: own.database, port: Number(new URL(own.url).port) });

      const report = await world.engine.push();
      expect(report).toMatchObject({ pushed: 100, duplicates: 500, rejected: 0, pending: 0, error: null });
      await expectTotalsMatch();
    } finally {
      await world.close();
      await restarted?.close();
      await own.database.drop();
    }
  }, 120_000);

  it('500s, then a 429 with Retry-After: backs off, waits as asked, then sends', async () => {
    world = await startSyncWorld(service);
    await storeAnswered(world.services.db, 10);
    world.proxy.inject({ kind: 'reply', status: 500, body: 'boom' }, 2);
    world.proxy.inject({ kind: 'reply', status: 429, body: 'slow down', headers: { 'retry-after': '1' } });
    world.engine.start();

    const failed = await world.engine.syncNow();
    expect(failed).toMatchObject({ state: 'error', pending: 10 });
    expect(failed.lastError).toMatch(/HTTP 500/);
    await expect.poll(pending, { timeout: 10_000 }).toBe(0);

    const times = world.proxy.seen.flatMap((r, i) => (r === SYNC_POSTS ? [world.proxy.seenAt[i] ?? 0] : []));
    expect(times).toHaveLength(4);
    // The request after the 429 waited at least the second it asked for.
    expect((times[3] ?? 0) - (times[2] ?? 0)).toBeGreaterThanOrEqual(1_000);
    expect(world.statuses.some((s) => /asked IntervYou to wait/.test(s.lastError ?? ''))).toBe(true);
    await expectTotalsMatch();
  }, 60_000);

  it('a slow service: the request times out, the retry finds the batch already stored', async () => {
    world = await startSyncWorld(service, { tuning: { requestTimeoutMs: 500 } });
    await storeAnswered(world.services.db, 20);
    world.proxy.inject({ kind: 'delay', ms: 1_500 });

    expect(await world.engine.syncNow()).toMatchObject({ state: 'offline', pending: 20 });
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await world.engine.push()).toMatchObject({ pushed: 0, duplicates: 20, pending: 0, error: null });
    await expectTotalsMatch();
  }, 60_000);

  it('the access token expires between requests: refreshed once, then sent', async () => {
    world = await startSyncWorld(service);
    await storeAnswered(world.services.db, 5);
    await world.engine.syncNow();
    // On the service's clock the access token (15 minutes) has expired; the app's clock disagrees.
    clock.advance(16 * 60_000);
    await storeAnswered(world.services.db, 5);

    expect(await world.engine.syncNow()).toMatchObject({ state: 'idle', pending: 0, lastError: null });
    expect(world.proxy.seen).toContain('POST /v1/auth/refresh');
    await expectTotalsMatch();
  }, 60_000);

  it('the app restarted with a batch in flight: the new run resends it, the service counts it once', async () => {
    world = await startSyncWorld(service);
    await storeAnswered(world.services.db, 50);
    world.proxy.inject({ kind: 'delay', ms: 1_500 });

    const inFlight = world.engine.syncNow();
    await expect.poll(posts, { timeout: 5_000 }).toBe(1);
    const closing = world.restart();
    // The old engine hears the answer after its database closed: it must not write, nor fail.
    await expect(inFlight).resolves.toBeDefined();
    await closing;

    expect(await pending()).toBe(50);
    expect(await world.engine.push()).toMatchObject({ duplicates: 50, pushed: 0, pending: 0 });
    await expectTotalsMatch();
  }, 60_000);

  it('the session revoked elsewhere (password reset): signed out, answers kept, no retry loop', async () => {
    world = await startSyncWorld(service);
    world.engine.start();
    await storeAnswered(world.services.db, 3);
    await world.engine.syncNow();
    await storeAnswered(world.services.db, 4);

    const post = (route: string, body: unknown) =>
      fetch(`${service.url}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/v1/auth/password-reset/request', { email: world.email })).status).toBe(202);
    const code = await codeFromMail(service, world.email, 'reset');
    const reset = await post('/v1/auth/password-reset/confirm', {
      email: world.email,
      code,
      newPassword: 'correct horse battery staple',
    });
    expect(reset.status).toBe(204);

    const status = await world.engine.syncNow();
    expect(status).toMatchObject({ state: 'signed-out', pending: 4, nextRetryAt: null });
    expect(status.lastError).toMatch(/signed out/i);
    const sent = posts();
    await new Promise((r) => setTimeout(r, 500));
    expect(posts()).toBe(sent);
  }, 60_000);

  it.each([
    ['HTML from a proxy', { 'content-type': 'text/html' }, '<html><body>502 Bad Gateway</body></html>'],
    ['garbage', { 'content-type': 'application/json' }, '{"accepted": [tru'],
    ['a huge reply', { 'content-type': 'application/json' }, `{"accepted":["${'x'.repeat(20 * 1024 * 1024)}"]}`],
  ])(
    'a bad reply (%s): a clear error, nothing lost, sent on the next try',
    async (_label, headers, body) => {
      world = await startSyncWorld(service);
      await storeAnswered(world.services.db, 12);
      world.proxy.inject({ kind: 'reply', status: 200, headers, body });

      const failed = await world.engine.syncNow();
      expect(failed).toMatchObject({ state: 'error', pending: 12 });
      expect(failed.lastError).toMatch(/could not read/);

      expect(await world.engine.syncNow()).toMatchObject({ state: 'idle', pending: 0, lastError: null });
      await expectTotalsMatch();
    },
    60_000,
  );
});
