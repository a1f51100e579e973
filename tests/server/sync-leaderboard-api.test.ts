import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeaderboardResponse } from '../../shared/sync/leaderboard';
import { MAX_SYNC_BATCH, SyncBatchResponse } from '../../shared/sync/attempt';
import { ApiErrorBody } from '../../shared/sync/errors';
import { register } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { manualClock, startTestApp, type TestApp } from './helpers/test-app';

const NOW = new Date('2026-05-13T15:00:00.000Z'); // a Wednesday

let minuteOffset = 0;
/** A plausible attempt, each in its own minute so the per-minute ceiling stays out of the way. */
function attempt(overrides: Record<string, unknown> = {}) {
  minuteOffset += 1;
  return {
    id: randomUUID(),
    questionId: 'sys-004',
    category: 'system-design',
    score: 60,
    mode: 'audio',
    durationSec: 120,
    completedAt: new Date(NOW.getTime() - minuteOffset * 60_000).toISOString(),
    ...overrides,
  };
}

describe('score sync and leaderboard over HTTP', () => {
  let database: TestDatabase;
  let server: TestApp;
  let api: Client;
  const clock = manualClock(NOW);

  beforeAll(async () => {
    database = await openPostgresTestDatabase('sync_api');
    server = await startTestApp({ database, clock });
    api = client(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const push = async (token: string, attempts: unknown[]) => {
    const reply = await api.post('/v1/sync/attempts', { attempts }, { token });
    return {
      status: reply.status,
      body: reply.status === 200 ? SyncBatchResponse.parse(reply.body) : null,
      raw: reply,
    };
  };

  it('requires a signed-in user', async () => {
    const reply = await api.post('/v1/sync/attempts', { attempts: [attempt()] });
    expect(reply.status).toBe(401);
  });

  it('is idempotent per attempt id: a retried batch reports duplicates and changes nothing', async () => {
    const { session } = await register(api);
    const items = [attempt(), attempt()];
    const first = await push(session.accessToken, items);
    expect(first.body).toEqual({ accepted: items.map((i) => i.id), duplicates: [], rejected: [] });
    const retry = await push(session.accessToken, items);
    expect(retry.body).toEqual({ accepted: [], duplicates: items.map((i) => i.id), rejected: [] });
    const stored = await database.db
      .selectFrom('attempts')
      .select('id')
      .where('user_id', '=', session.user.id)
      .execute();
    expect(stored).toHaveLength(2);
  });

  it('rejects implausible items one by one without failing the rest of the batch', async () => {
    const { session } = await register(api);
    const good = attempt();
    const tooHigh = attempt({ score: 101 });
    const negative = attempt({ score: -1 });
    const future = attempt({ completedAt: new Date(NOW.getTime() + 60 * 60_000).toISOString() });
    const slightlyAhead = attempt({ completedAt: new Date(NOW.getTime() + 2 * 60_000).toISOString() });
    const ancient = attempt({ completedAt: '2019-06-01T00:00:00Z' });
    const badMode = attempt({ mode: 'telepathy' });
    const noId = { ...attempt(), id: undefined };
    const notAnObject = 42;
    const result = await push(session.accessToken, [
      good,
      tooHigh,
      negative,
      future,
      slightlyAhead,
      ancient,
      badMode,
      noId,
      notAnObject,
    ]);
    expect(result.status).toBe(200);
    expect(result.body?.accepted).toEqual([good.id, slightlyAhead.id]);
    expect(result.body?.rejected.map((r) => [r.id, r.reason])).toEqual([
      [tooHigh.id, 'score_out_of_range'],
      [negative.id, 'score_out_of_range'],
      [future.id, 'completed_in_future'],
      [ancient.id, 'completed_too_early'],
      [badMode.id, 'invalid'],
      [null, 'invalid'],
      [null, 'invalid'],
    ]);
    expect(result.body?.rejected.find((r) => r.id === badMode.id)?.message).toContain('mode');
  });

  it('never stores answer text or recordings, even when a client sends them', async () => {
    const { session } = await register(api);
    const item = { ...attempt(), answerText: 'My secret answer', recording: 'data:video/webm;base64,AAAA' };
    expect((await push(session.accessToken, [item])).body?.accepted).toEqual([item.id]);
    const exported = await api.get('/v1/me/export', { token: session.accessToken });
    expect(exported.text).not.toContain('My secret answer');
    expect(exported.text).not.toContain('base64');
  });

  it('caps the batch size and answers an over-sized batch with 400 and the field path', async () => {
    const { session } = await register(api);
    const tooMany = Array.from({ length: MAX_SYNC_BATCH + 1 }, () => ({ id: randomUUID() }));
    const reply = await push(session.accessToken, tooMany);
    expect(reply.status).toBe(400);
    expect(ApiErrorBody.parse(reply.raw.body).error.fields?.[0]?.path).toBe('attempts');
    const empty = await push(session.accessToken, []);
    expect(empty.status).toBe(400);
  });

  it("lists only opted-in users, ranked by points, with the caller's own standing", async () => {
    const category = 'sales';
    const listed = await register(api, { displayName: 'Listed Lou' });
    const shy = await register(api, { displayName: 'Shy Sam' });
    await push(listed.session.accessToken, [attempt({ category, score: 70 }), attempt({ category, score: 80 })]);
    await push(shy.session.accessToken, [attempt({ category, score: 100 }), attempt({ category, score: 100 })]);
    const optIn = await api.patch('/v1/me', { leaderboardOptIn: true }, { token: listed.session.accessToken });
    expect(optIn.status).toBe(200);

    const read = async (token?: string, query = `?period=week&category=${category}`) => {
      const reply = await api.get(`/v1/leaderboard${query}`, token ? { token } : {});
      expect(reply.status).toBe(200);
      return LeaderboardResponse.parse(reply.body);
    };

    const anonymous = await read();
    expect(anonymous.entries).toEqual([
      { rank: 1, displayName: 'Listed Lou', points: 150, attempts: 2, avgScore: 75, isMe: false },
    ]);
    expect(anonymous.me).toBeNull();
    expect(anonymous.since).toBe('2026-05-11T00:00:00.000Z');

    const asShy = await read(shy.session.accessToken);
    expect(asShy.entries.map((e) => e.displayName)).toEqual(['Listed Lou']);
    expect(asShy.me).toEqual({ rank: 1, points: 200, attempts: 2, avgScore: 100, listed: false });

    const asLou = await read(listed.session.accessToken);
    expect(asLou.entries[0]?.isMe).toBe(true);
    expect(asLou.me).toMatchObject({ rank: 1, listed: true });

    // Next week the weekly board starts empty; the all-time board keeps the totals.
    clock.advance(7 * 86_400_000);
    try {
      // The access token from last week has long expired; the refresh token has not.
      const renewed = await api.post<{ accessToken: string }>('/v1/auth/refresh', {
        refreshToken: listed.session.refreshToken,
      });
      const token = renewed.body.accessToken;
      const nextWeek = await read(token);
      expect(nextWeek.entries).toEqual([]);
      expect(nextWeek.me).toBeNull();
      const allTime = await read(token, `?period=all&category=${category}`);
      expect(allTime.entries.map((e) => e.points)).toEqual([150]);
    } finally {
      clock.advance(-7 * 86_400_000);
    }
  });

  it('validates leaderboard parameters', async () => {
    const bad = await api.get('/v1/leaderboard?period=month&limit=1000&category=Not%20A%20Slug');
    expect(bad.status).toBe(400);
    expect(
      ApiErrorBody.parse(bad.body)
        .error.fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['category', 'limit', 'period']);
    const defaults = LeaderboardResponse.parse((await api.get('/v1/leaderboard')).body);
    expect(defaults.period).toBe('week');
    expect(defaults.category).toBeNull();
  });
});
