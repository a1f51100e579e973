import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountExport, User } from '../../shared/sync/user';
import { ApiErrorBody } from '../../shared/sync/errors';
import { register } from './helpers/accounts';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { client, type Client } from './helpers/http';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('the signed-in account: /v1/me', () => {
  let database: TestDatabase;
  let server: TestApp;
  let api: Client;

  beforeAll(async () => {
    database = await openPostgresTestDatabase('account');
    server = await startTestApp({ database });
    api = client(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('returns the account without any secret', async () => {
    const { session, email } = await register(api, { displayName: 'Maya' });
    const reply = await api.get('/v1/me', { token: session.accessToken });
    expect(reply.status).toBe(200);
    expect(User.parse(reply.body)).toMatchObject({ email, displayName: 'Maya', hasPassword: true });
    expect(reply.text).not.toMatch(/argon2|password_hash|token_hash/);
  });

  it('changes the display name and leaderboard opt-in, and validates them', async () => {
    const { session } = await register(api);
    const token = session.accessToken;
    const changed = await api.patch('/v1/me', { displayName: 'New Name', leaderboardOptIn: true }, { token });
    expect(User.parse(changed.body)).toMatchObject({ displayName: 'New Name', leaderboardOptIn: true });
    expect(User.parse((await api.get('/v1/me', { token })).body).displayName).toBe('New Name');

    const bidi = await api.patch('/v1/me', { displayName: 'evil\u202Eeman' }, { token });
    expect(bidi.status).toBe(400);
    expect(ApiErrorBody.parse(bidi.body).error.fields?.[0]?.path).toBe('displayName');
    expect((await api.patch('/v1/me', {}, { token })).status).toBe(400);
    expect((await api.patch('/v1/me', { leaderboardOptIn: 'yes' }, { token })).status).toBe(400);
  });

  it('exports everything held about the account', async () => {
    const { session } = await register(api);
    const id = randomUUID();
    await api.post(
      '/v1/sync/attempts',
      {
        attempts: [
          {
            id,
            questionId: 'beh-002',
            category: 'behavioral',
            score: 77,
            mode: 'video',
            durationSec: 88.6,
            completedAt: new Date(Date.now() - 3600_000).toISOString(),
          },
        ],
      },
      { token: session.accessToken },
    );
    const reply = await api.get('/v1/me/export', { token: session.accessToken });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toContain('attachment');
    const data = AccountExport.parse(reply.body);
    expect(data.user.id).toBe(session.user.id);
    expect(data.attempts).toEqual([expect.objectContaining({ id, score: 77, mode: 'video', durationSec: 89 })]);
    expect(data.activeSessions).toBe(1);
  });

  it('erases the account, its sessions and its scores', async () => {
    const { session, email } = await register(api);
    await api.post(
      '/v1/sync/attempts',
      {
        attempts: [
          {
            id: randomUUID(),
            questionId: 'beh-003',
            category: 'behavioral',
            score: 50,
            mode: 'text',
            durationSec: 60,
            completedAt: new Date(Date.now() - 600_000).toISOString(),
          },
        ],
      },
      { token: session.accessToken },
    );
    const gone = await api.delete('/v1/me', { token: session.accessToken });
    expect(gone.status).toBe(204);
    expect((await api.get('/v1/me', { token: session.accessToken })).status).toBe(401);
    expect((await api.post('/v1/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect((await api.post('/v1/auth/login', { email, password: 'correct horse battery staple' })).status).toBe(401);
    for (const table of ['attempts', 'leaderboard_stats', 'refresh_tokens'] as const) {
      const rows = await database.db
        .selectFrom(table)
        .select('user_id')
        .where('user_id', '=', session.user.id)
        .execute();
      expect(rows).toEqual([]);
    }
    // The address is free again.
    expect((await register(api, { email })).session.user.id).not.toBe(session.user.id);
  });
});
