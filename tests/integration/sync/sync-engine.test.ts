import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SYNC_BATCH } from '../../../shared/sync/attempt';
import { attemptRow, storeAnswered } from '../../helpers/attempts';
import { startAccountService, type TestAccountService } from '../../helpers/account-service';
import { localTotals } from '../../helpers/sync-totals';
import { storeAttempt } from '../../../electron/main/attempts/store-attempt';
import { loadSampleData } from '../../../electron/main/sample/sample-data';
import { startSyncWorld, type SyncWorld } from './sync-fixture';

const SYNC_POSTS = 'POST /v1/sync/attempts';

describe('sync engine against the real account service', () => {
  let service: TestAccountService;
  let world: SyncWorld;

  beforeAll(async () => {
    service = await startAccountService();
  }, 120_000);
  afterAll(async () => service.close());
  afterEach(async () => world.close());

  const posts = () => world.proxy.seen.filter((r) => r === SYNC_POSTS).length;
  const pending = async () => (await world.engine.status()).pending;

  it('sends the outbox oldest first in batches of at most 500 and empties it; the totals match', async () => {
    world = await startSyncWorld(service);
    await storeAnswered(world.services.db, 1_203);
    expect((await world.engine.status()).state).toBe('idle');

    const status = await world.engine.syncNow();

    expect(status).toMatchObject({ state: 'idle', pending: 0, rejected: 0, lastError: null, nextRetryAt: null });
    expect(status.lastSyncAt).not.toBeNull();
    expect(posts()).toBe(Math.ceil(1_203 / MAX_SYNC_BATCH));
    const remote = await world.serviceTotals();
    const local = await localTotals(world.services.db);
    expect(remote.ids).toEqual(local.ids);
    expect([remote.boardAttempts, remote.boardPoints]).toEqual([local.attempts, local.points]);
    // The renderer saw it work: syncing with the count going down, then idle.
    expect(world.statuses.some((s) => s.state === 'syncing')).toBe(true);
    expect(world.statuses.map((s) => s.pending)).toContain(703);
    expect(world.statuses.at(-1)).toMatchObject({ state: 'idle', pending: 0 });
  }, 60_000);

  it('stores what the service refuses with its reason, never resends it, and lets the user dismiss it', async () => {
    world = await startSyncWorld(service);
    const good = await storeAnswered(world.services.db, 2);
    const tooEarly = attemptRow({ at: new Date('2023-06-01T10:00:00Z'), question_text: 'An old one' });
    await storeAttempt(world.services.db, tooEarly);

    const status = await world.engine.syncNow();
    expect(status).toMatchObject({ state: 'idle', pending: 0, rejected: 1 });
    const [rejection, ...others] = await world.engine.rejections.list();
    expect(others).toEqual([]);
    expect(rejection).toMatchObject({
      attemptId: tooEarly.id,
      questionText: 'An old one',
      score: 70,
      answeredAt: tooEarly.created_at,
      reason: 'completed_too_early',
    });
    expect(rejection?.message).toMatch(/before 2024/);

    const sent = posts();
    await world.engine.syncNow();
    expect(posts()).toBe(sent);
    expect((await world.serviceTotals()).ids).toEqual(good.map((r) => r.id).sort());

    expect(await world.engine.rejections.dismiss({ attemptId: tooEarly.id })).toBe(1);
    expect((await world.engine.status()).rejected).toBe(0);
  }, 60_000);

  it('sends nothing while "Sync my scores" is off, then everything once it is on', async () => {
    world = await startSyncWorld(service);
    world.services.settings.update({ sync: { enabled: false } });
    await storeAnswered(world.services.db, 3);

    expect(await world.engine.syncNow()).toMatchObject({ state: 'paused', pending: 3 });
    expect(await world.engine.push()).toMatchObject({ skipped: 'paused', pushed: 0, pending: 3 });
    expect(posts()).toBe(0);

    world.services.settings.update({ sync: { enabled: true } });
    expect(await world.engine.syncNow()).toMatchObject({ state: 'idle', pending: 0 });
    expect((await world.serviceTotals()).attempts).toBe(3);
  }, 60_000);

  it('never syncs sample data: it writes no outbox rows', async () => {
    world = await startSyncWorld(service);
    await loadSampleData(
      { db: world.services.db, sqlite: world.services.database.sqlite },
      { attempts: 300, now: new Date(), sliceMs: Infinity },
    );
    const own = await storeAnswered(world.services.db, 2);
    expect(await pending()).toBe(2);

    await world.engine.syncNow();
    const remote = await world.serviceTotals();
    expect(remote.ids).toEqual(own.map((r) => r.id).sort());
    expect(remote.ids).toEqual((await localTotals(world.services.db)).ids);
  }, 120_000);

  it('runs one pass at a time: concurrent triggers do not send a row twice', async () => {
    world = await startSyncWorld(service);
    await storeAnswered(world.services.db, 40);
    world.proxy.inject({ kind: 'delay', ms: 300 });

    await Promise.all([world.engine.syncNow(), world.engine.syncNow(), world.engine.push()]);
    expect(posts()).toBe(1);
    expect(await pending()).toBe(0);
  }, 60_000);

  it('syncs by itself after a new answer once started, and keeps lastSyncAt across a restart', async () => {
    world = await startSyncWorld(service);
    world.engine.start();
    const [row] = await storeAnswered(world.services.db, 1);
    world.services.events.emit('data:changed', { scope: 'attempts' });
    await expect.poll(pending, { timeout: 10_000 }).toBe(0);
    expect((await world.serviceTotals()).ids).toEqual([row?.id]);

    const before = await world.engine.status();
    await world.restart();
    const after = await world.engine.status();
    expect(after.lastSyncAt).toBe(before.lastSyncAt);
    expect(after.lastSyncAt).not.toBeNull();
  }, 60_000);

  it('sends nothing when signed out and keeps the answers', async () => {
    world = await startSyncWorld(service);
    world.engine.start();
    await storeAnswered(world.services.db, 2);
    await world.services.account.signOut();
    expect(await world.engine.syncNow()).toMatchObject({ state: 'signed-out', pending: 2 });
    expect(posts()).toBe(0);
  }, 60_000);
});
