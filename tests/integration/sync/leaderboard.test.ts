import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { storeAnswered } from '../../helpers/attempts';
import { startAccountService, type TestAccountService } from '../../helpers/account-service';
import { invoker, valueOf } from '../../helpers/invoke';
import { localTotals } from '../../helpers/sync-totals';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';
import { startSyncWorld, type SyncWorld } from './sync-fixture';

describe('sync and leaderboard channels, as the renderer calls them', () => {
  let service: TestAccountService;
  let world: SyncWorld | undefined;

  beforeAll(async () => {
    service = await startAccountService();
  }, 120_000);
  afterAll(async () => service.close());
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('shows the live board with my own row, then the cached one with its time when the service is down', async () => {
    const w = (world = await startSyncWorld(service));
    const invoke = invoker(w.services);
    await storeAnswered(w.services.db, 6);
    expect(valueOf(await invoke('sync:now', {}))).toMatchObject({ state: 'idle', pending: 0 });
    await w.services.account.update({ leaderboardOptIn: true });

    const live = valueOf(await invoke('leaderboard:get', { period: 'all' }));
    const local = await localTotals(w.services.db);
    expect(live).toMatchObject({ source: 'live', problem: null, message: null });
    expect(live.board?.me).toMatchObject({ attempts: 6, points: local.points, listed: true });
    expect(live.board?.entries.find((e) => e.isMe)).toMatchObject({ attempts: 6, points: local.points });

    await w.proxy.down();
    const offline = valueOf(await invoke('leaderboard:get', { period: 'all' }));
    expect(offline).toMatchObject({ source: 'cache', asOf: live.asOf, problem: 'offline', board: live.board });
    expect(offline.message).toMatch(/could not be reached/);
    // Another view was never fetched: nothing to show, and why.
    const other = valueOf(await invoke('leaderboard:get', { period: 'week', category: 'conflict' }));
    expect(other).toMatchObject({ source: 'none', board: null, problem: 'offline' });
    // refresh: false shows the cached board without asking.
    expect(valueOf(await invoke('leaderboard:get', { period: 'all', refresh: false }))).toMatchObject({
      source: 'cache',
      problem: null,
      board: live.board,
    });

    // Signed out: the cached board (with the last user's standing) is forgotten.
    await w.proxy.up();
    await w.services.account.signOut();
    expect(valueOf(await invoke('leaderboard:get', { period: 'all' }))).toMatchObject({
      source: 'none',
      board: null,
      problem: 'signed-out',
    });
    expect(await w.services.db.selectFrom('leaderboard_cache').selectAll().execute()).toEqual([]);
  }, 60_000);

  it('lists refusals and dismisses them all through the channels; status is an event too', async () => {
    const w = (world = await startSyncWorld(service));
    const invoke = invoker(w.services);
    await storeAnswered(w.services.db, 2, new Date('2023-03-01T12:00:00Z'));

    expect(valueOf(await invoke('sync:now', {}))).toMatchObject({ pending: 0, rejected: 2 });
    const refused = valueOf(await invoke('sync:rejections', {}));
    expect(refused.map((r) => r.reason)).toEqual(['completed_too_early', 'completed_too_early']);
    expect(valueOf(await invoke('sync:dismiss-rejections', { all: true }))).toEqual({ dismissed: 2 });
    expect(valueOf(await invoke('sync:status', {}))).toMatchObject({ rejected: 0 });
    expect(w.statuses.at(-1)).toMatchObject({ rejected: 0, pending: 0 });
  }, 60_000);

  it('with no account service configured, says so instead of failing', async () => {
    const dir = makeTempDir();
    const services = await startTestServices(dir.path, undefined, {
      env: {},
      account: { buildDefaultServerUrl: null },
    });
    try {
      const invoke = invoker(services);
      expect(valueOf(await invoke('leaderboard:get', { period: 'week' }))).toMatchObject({
        source: 'none',
        problem: 'no-server',
      });
      expect(valueOf(await invoke('sync:now', {}))).toMatchObject({ state: 'signed-out' });
    } finally {
      await services.close();
      dir.remove();
    }
  }, 60_000);
});
