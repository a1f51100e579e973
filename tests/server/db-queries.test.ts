import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS_PER_MINUTE } from '../../shared/sync/attempt';
import { deleteExpired } from '../../server/src/db/queries/housekeeping';
import { rebuildLeaderboardStats } from '../../server/src/db/queries/leaderboard-stats';
import { insertAuthCode, insertOauthState } from '../../server/src/db/queries/oauth';
import { insertRefreshToken } from '../../server/src/db/queries/refresh-tokens';
import { putResetCode } from '../../server/src/db/queries/reset-codes';
import { deleteUser, insertUser, updateProfile } from '../../server/src/db/queries/users';
import { setListed } from '../../server/src/db/queries/leaderboard-stats';
import { createLeaderboard } from '../../server/src/leaderboard/read-leaderboard';
import { createAttemptSync } from '../../server/src/sync/sync-attempts';
import { DIALECTS, type TestDatabase } from './helpers/databases';
import { manualClock } from './helpers/test-app';

// Wednesday; its week started Monday 2026-03-02 00:00 UTC.
const NOW = new Date('2026-03-04T12:00:00.000Z');

function attempt(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    id: randomUUID(),
    questionId: 'beh-001',
    category: 'behavioral',
    score: 70,
    mode: 'text',
    durationSec: 95.4,
    completedAt: '2026-03-04T10:00:00.000Z',
    ...overrides,
  };
}

describe.each(DIALECTS)('data layer on $name', ({ name }) => {
  let database: TestDatabase;
  const clock = manualClock(NOW);

  beforeAll(async () => {
    database = await (DIALECTS.find((d) => d.name === name)?.open('queries') ?? Promise.reject(new Error(name)));
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function newUser(displayName: string, optIn = true) {
    return insertUser(database.db, {
      id: randomUUID(),
      email: `${randomUUID()}@example.com`,
      email_verified: false,
      password_hash: null,
      display_name: displayName,
      leaderboard_opt_in: optIn,
      created_at: NOW,
      updated_at: NOW,
    });
  }

  async function statsRows() {
    return database.db
      .selectFrom('leaderboard_stats')
      .select(['bucket', 'category', 'user_id', 'points', 'attempts', 'listed'])
      .orderBy('bucket')
      .orderBy('category')
      .orderBy('user_id')
      .execute();
  }

  it('stores a synced attempt once, whatever the number of retries, and counts it in four totals', async () => {
    const sync = createAttemptSync(database.db, clock);
    const user = await newUser('Once');
    const item = attempt({ score: 80 });
    expect(await sync.push(user.id, [item])).toEqual({ accepted: [item.id], duplicates: [], rejected: [] });
    expect(await sync.push(user.id, [item, item])).toEqual({
      accepted: [],
      duplicates: [item.id, item.id],
      rejected: [],
    });
    const rows = (await statsRows()).filter((r) => r.user_id === user.id);
    expect(rows.map((r) => [r.bucket, r.category, r.points, r.attempts])).toEqual([
      ['all', '*', 80, 1],
      ['all', 'behavioral', 80, 1],
      ['week:2026-03-02', '*', 80, 1],
      ['week:2026-03-02', 'behavioral', 80, 1],
    ]);
  });

  it('keeps incremental totals equal to a full rebuild from the attempts, across week edges', async () => {
    const sync = createAttemptSync(database.db, clock);
    const a = await newUser('Edge A');
    const b = await newUser('Edge B', false);
    await sync.push(a.id, [
      attempt({ completedAt: '2026-03-01T23:59:59.000Z', score: 10 }), // Sunday: previous week
      attempt({ completedAt: '2026-03-02T00:00:00.000Z', score: 20, category: 'system-design' }), // Monday
      attempt({ completedAt: '2026-03-02T01:30:00+02:00', score: 30 }), // Sunday 23:30 UTC
    ]);
    await sync.push(b.id, [
      attempt({ score: 55 }),
      attempt({ score: 65, category: 'product', completedAt: '2026-02-20T08:00:00Z' }),
    ]);
    const incremental = await statsRows();
    await rebuildLeaderboardStats(database.db);
    expect(await statsRows()).toEqual(incremental);
    const weeks = incremental.filter((r) => r.user_id === a.id && r.category === '*').map((r) => [r.bucket, r.points]);
    expect(weeks).toEqual([
      ['all', 60],
      ['week:2026-02-23', 40],
      ['week:2026-03-02', 20],
    ]);
  });

  it('accepts each attempt id once when the same user syncs overlapping batches at the same moment', async () => {
    const sync = createAttemptSync(database.db, clock);
    const user = await newUser('Racer');
    const items = Array.from({ length: 6 }, (_, i) =>
      attempt({ completedAt: new Date(NOW.getTime() - (i + 1) * 120_000).toISOString(), score: 50 + i }),
    );
    const [first, second] = await Promise.all([
      sync.push(user.id, items.slice(0, 4)),
      sync.push(user.id, items.slice(2)),
    ]);
    const accepted = [...(first?.accepted ?? []), ...(second?.accepted ?? [])].sort();
    expect(accepted).toEqual(items.map((i) => i.id).sort());
    expect([...(first?.duplicates ?? []), ...(second?.duplicates ?? [])]).toHaveLength(2);
    const all = (await statsRows()).find((r) => r.user_id === user.id && r.bucket === 'all' && r.category === '*');
    expect(all).toMatchObject({ attempts: 6, points: 50 + 51 + 52 + 53 + 54 + 55 });
  });

  it('rejects attempts beyond the per-minute ceiling, counting those already stored', async () => {
    const sync = createAttemptSync(database.db, clock);
    const user = await newUser('Speedy');
    const minute = '2026-03-04T09:15';
    const burst = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) =>
        attempt({ completedAt: `${minute}:${String(from + i).padStart(2, '0')}.000Z` }),
      );
    const first = await sync.push(user.id, burst(MAX_ATTEMPTS_PER_MINUTE - 2, 0));
    expect(first?.accepted).toHaveLength(MAX_ATTEMPTS_PER_MINUTE - 2);
    const second = await sync.push(user.id, burst(5, 30));
    expect(second?.accepted).toHaveLength(2);
    expect(second?.rejected.map((r) => r.reason)).toEqual([
      'too_many_per_minute',
      'too_many_per_minute',
      'too_many_per_minute',
    ]);
  });

  it('ranks listed users by points with shared ranks for ties, and places an unlisted caller among them', async () => {
    const sync = createAttemptSync(database.db, clock);
    const board = createLeaderboard(database.db, clock, 0);
    // A category of its own gives this test a board no other test writes to.
    const category = `rank-${randomUUID().slice(0, 8)}`;
    const mk = async (label: string, scores: number[], optIn = true) => {
      const u = await newUser(label, optIn);
      await sync.push(
        u.id,
        scores.map((score, i) =>
          attempt({ score, category, completedAt: new Date(NOW.getTime() - (i + 1) * 90_000).toISOString() }),
        ),
      );
      return u;
    };
    await mk('Ada', [90, 90]); // 180
    await mk('Bo', [100, 80]); // 180
    const cy = await mk('Cy', [95]); // 95
    const hidden = await mk('Hidden', [100, 100], false); // 200, not listed
    const result = await board.read({ period: 'week', category, limit: 10 }, hidden.id);
    expect(result.entries.map((e) => [e.rank, e.displayName, e.points])).toEqual([
      [1, expect.any(String), 180],
      [1, expect.any(String), 180],
      [3, 'Cy', 95],
    ]);
    expect(result.me).toEqual({ rank: 1, points: 200, attempts: 2, avgScore: 100, listed: false });

    const forCy = await board.read({ period: 'all', category, limit: 2 }, cy.id);
    expect(forCy.entries).toHaveLength(2);
    expect(forCy.me).toMatchObject({ rank: 3, points: 95, avgScore: 95, listed: true });

    // Opting in puts the user on the board at once.
    await updateProfile(database.db, hidden.id, { leaderboardOptIn: true }, NOW);
    await setListed(database.db, hidden.id, true);
    const after = await board.read({ period: 'all', category, limit: 10 }, null);
    expect(after.entries.map((e) => [e.rank, e.displayName])).toEqual([
      [1, 'Hidden'],
      [2, expect.any(String)],
      [2, expect.any(String)],
      [4, 'Cy'],
    ]);
    expect(after.entries[0]).toMatchObject({ points: 200, avgScore: 100, isMe: false });
    expect(after.me).toBeNull();
  });

  it("serves the board from a short cache but the caller's own totals fresh", async () => {
    const sync = createAttemptSync(database.db, clock);
    const board = createLeaderboard(database.db, clock, 5000);
    const category = `cache-${randomUUID().slice(0, 8)}`;
    const leader = await newUser('Leader');
    const climber = await newUser('Climber');
    await sync.push(leader.id, [attempt({ category, score: 90 })]);
    await sync.push(climber.id, [attempt({ category, score: 50 })]);
    expect((await board.read({ period: 'all', category, limit: 10 }, climber.id)).me).toMatchObject({
      rank: 2,
      points: 50,
    });

    await sync.push(climber.id, [attempt({ category, score: 80, completedAt: '2026-03-04T11:00:00.000Z' })]);
    const cached = await board.read({ period: 'all', category, limit: 10 }, climber.id);
    expect(cached.entries.map((e) => e.points)).toEqual([90, 50]);
    // Own points are exact at once; the rank is against the cached board (own old total included).
    expect(cached.me).toMatchObject({ rank: 1, points: 130 });

    clock.advance(5000);
    try {
      // The first read after the time-to-live starts a re-read and is answered from the old board.
      expect(
        (await board.read({ period: 'all', category, limit: 10 }, climber.id)).entries.map((e) => e.points),
      ).toEqual([90, 50]);
      await board.settled();
      const fresh = await board.read({ period: 'all', category, limit: 10 }, climber.id);
      expect(fresh.entries.map((e) => [e.rank, e.displayName, e.points])).toEqual([
        [1, 'Climber', 130],
        [2, 'Leader', 90],
      ]);
    } finally {
      clock.advance(-5000);
    }
  });

  it('erases a user with their attempts and leaderboard rows', async () => {
    const sync = createAttemptSync(database.db, clock);
    const user = await newUser('Leaving');
    await sync.push(user.id, [attempt()]);
    expect(await deleteUser(database.db, user.id)).toBe(true);
    const left = await database.db.selectFrom('attempts').select('id').where('user_id', '=', user.id).execute();
    expect(left).toEqual([]);
    expect((await statsRows()).filter((r) => r.user_id === user.id)).toEqual([]);
  });

  it('sweeps expired states, codes and long-dead refresh tokens, and nothing live', async () => {
    const user = await newUser('Sweeper');
    const past = new Date(NOW.getTime() - 60_000);
    const future = new Date(NOW.getTime() + 60_000);
    const longAgo = new Date(NOW.getTime() - 8 * 86_400_000);
    const state = (hash: string, expires: Date) => ({
      state_hash: hash,
      nonce: 'n',
      provider_code_verifier: 'v',
      redirect_uri: 'http://127.0.0.1:1/cb',
      client_state: 's',
      code_challenge: 'c',
      expires_at: expires,
    });
    await insertOauthState(database.db, state(`old-${user.id}`, past));
    await insertOauthState(database.db, state(`live-${user.id}`, future));
    await insertAuthCode(database.db, {
      code_hash: `old-${user.id}`,
      user_id: user.id,
      redirect_uri: 'x',
      code_challenge: 'c',
      expires_at: past,
    });
    await putResetCode(database.db, {
      user_id: user.id,
      code_hash: 'h',
      expires_at: past,
      failed_attempts: 0,
      created_at: past,
    });
    const token = (id: string, expires: Date) => ({
      id,
      family_id: id,
      user_id: user.id,
      token_hash: `hash-${id}`,
      created_at: longAgo,
      expires_at: expires,
      rotated_at: null,
      revoked_at: null,
    });
    const dead = randomUUID();
    const recentlyExpired = randomUUID();
    await insertRefreshToken(database.db, token(dead, longAgo));
    await insertRefreshToken(database.db, token(recentlyExpired, past));

    const swept = await deleteExpired(database.db, NOW);
    expect(swept).toMatchObject({ authCodes: 1, resetCodes: 1 });
    expect(swept.oauthStates).toBeGreaterThanOrEqual(1);
    const states = await database.db.selectFrom('oauth_states').select('state_hash').execute();
    expect(states.map((s) => s.state_hash)).toContain(`live-${user.id}`);
    expect(states.map((s) => s.state_hash)).not.toContain(`old-${user.id}`);
    const tokens = await database.db.selectFrom('refresh_tokens').select('id').where('user_id', '=', user.id).execute();
    // Recently expired tokens stay a week, so a late reuse is still recognised.
    expect(tokens.map((t) => t.id)).toEqual([recentlyExpired]);
  });

  it('keeps concurrent transactions apart: one rolling back does not undo the other', async () => {
    const kept = randomUUID();
    const undone = randomUUID();
    const row = (id: string) => ({
      id,
      email: `${id}@example.com`,
      email_verified: false,
      password_hash: null,
      display_name: 'Tx',
      leaderboard_opt_in: false,
      created_at: NOW,
      updated_at: NOW,
    });
    const failing = database.db.transaction().execute(async (trx) => {
      await insertUser(trx, row(undone));
      await new Promise((r) => setTimeout(r, 30));
      throw new Error('roll back');
    });
    const succeeding = database.db.transaction().execute(async (trx) => {
      await insertUser(trx, row(kept));
    });
    await expect(failing).rejects.toThrow('roll back');
    await succeeding;
    const ids = (await database.db.selectFrom('users').select('id').where('id', 'in', [kept, undone]).execute()).map(
      (r) => r.id,
    );
    expect(ids).toEqual([kept]);
  });
});
