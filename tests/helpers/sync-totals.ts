import type { Kysely } from 'kysely';
import { AuthSession } from '../../shared/sync/auth';
import { LeaderboardResponse } from '../../shared/sync/leaderboard';
import { AccountExport } from '../../shared/sync/user';
import type { Database } from '../../electron/main/db/schema';

export interface Totals {
  /** Attempt ids, sorted. */
  ids: string[];
  attempts: number;
  points: number;
}

/**
 * What the service holds for a user: every stored attempt (GET /v1/me/export) and the all-time
 * leaderboard totals it keeps incrementally, which count an attempt twice if it was ever stored twice.
 */
export async function serviceTotals(
  baseUrl: string,
  email: string,
  password: string,
): Promise<Totals & { boardAttempts: number; boardPoints: number }> {
  const login = await fetch(`${baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const { accessToken } = AuthSession.parse(await login.json());
  const headers = { authorization: `Bearer ${accessToken}` };
  const exported = AccountExport.parse(await (await fetch(`${baseUrl}/v1/me/export`, { headers })).json());
  const board = LeaderboardResponse.parse(
    await (await fetch(`${baseUrl}/v1/leaderboard?period=all`, { headers })).json(),
  );
  return {
    ids: exported.attempts.map((a) => a.id).sort(),
    attempts: exported.attempts.length,
    points: exported.attempts.reduce((sum, a) => sum + a.score, 0),
    boardAttempts: board.me?.attempts ?? 0,
    boardPoints: board.me?.points ?? 0,
  };
}

/** The user's own answers on this machine that should be on the service: not sample data, not refused. */
export async function localTotals(db: Kysely<Database>): Promise<Totals> {
  const rows = await db
    .selectFrom('attempts')
    .select(['id', 'overall'])
    .where('is_sample', '=', 0)
    .where('id', 'not in', db.selectFrom('sync_rejections').select('attempt_id'))
    .orderBy('id')
    .execute();
  return {
    ids: rows.map((r) => r.id),
    attempts: rows.length,
    points: rows.reduce((sum, r) => sum + Math.round(r.overall), 0),
  };
}
