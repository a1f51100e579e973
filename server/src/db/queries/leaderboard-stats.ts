import { sql } from 'kysely';
import type { Executor } from './executor';
import type { StatsDelta } from '../../leaderboard/buckets';

export async function addStats(
  db: Executor,
  userId: string,
  listed: boolean,
  deltas: readonly StatsDelta[],
): Promise<void> {
  if (deltas.length === 0) return;
  await db
    .insertInto('leaderboard_stats')
    .values(deltas.map((d) => ({ ...d, user_id: userId, listed })))
    .onConflict((oc) =>
      oc.columns(['bucket', 'category', 'user_id']).doUpdateSet((eb) => ({
        points: eb('leaderboard_stats.points', '+', eb.ref('excluded.points')),
        attempts: eb('leaderboard_stats.attempts', '+', eb.ref('excluded.attempts')),
      })),
    )
    .execute();
}

export async function setListed(db: Executor, userId: string, listed: boolean): Promise<void> {
  await db.updateTable('leaderboard_stats').set({ listed }).where('user_id', '=', userId).execute();
}

export interface RankedRow {
  user_id: string;
  display_name: string;
  points: number;
  attempts: number;
}

/** The top of the leaderboard_rank index: reads `limit` index entries and as many user rows. */
export async function topOfBucket(db: Executor, bucket: string, category: string, limit: number): Promise<RankedRow[]> {
  return db
    .selectFrom('leaderboard_stats as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.user_id', 'u.display_name', 's.points', 's.attempts'])
    .where('s.bucket', '=', bucket)
    .where('s.category', '=', category)
    .where('s.listed', '=', true)
    .orderBy('s.points', 'desc')
    .orderBy('s.user_id')
    .limit(limit)
    .execute();
}

export async function statsOf(
  db: Executor,
  bucket: string,
  category: string,
  userId: string,
): Promise<{ points: number; attempts: number; listed: boolean } | undefined> {
  return db
    .selectFrom('leaderboard_stats')
    .select(['points', 'attempts', 'listed'])
    .where('bucket', '=', bucket)
    .where('category', '=', category)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * How many listed users have each points total, highest first: an index-only scan of the board
 * whose result is small (one row per distinct total) and answers any rank by binary search.
 */
export async function pointsHistogram(
  db: Executor,
  bucket: string,
  category: string,
): Promise<Array<{ points: number; users: number }>> {
  const rows = await db
    .selectFrom('leaderboard_stats')
    .select(['points', (eb) => eb.fn.countAll<number>().as('users')])
    .where('bucket', '=', bucket)
    .where('category', '=', category)
    .where('listed', '=', true)
    .groupBy('points')
    .orderBy('points', 'desc')
    .execute();
  return rows.map((r) => ({ points: Number(r.points), users: Number(r.users) }));
}

/**
 * Recomputes every total from the attempts table. Sync keeps the totals current incrementally;
 * this is for repairs and for seeding benchmarks, and must agree with statsDeltas(). One pass
 * over the attempts: grouping sets give the (week | all) × (category | every category) rows.
 */
export async function rebuildLeaderboardStats(db: Executor): Promise<void> {
  await db.deleteFrom('leaderboard_stats').execute();
  await sql`
    insert into leaderboard_stats (bucket, category, user_id, points, attempts, listed)
    select case when grouping(x.week) = 1 then 'all' else x.week end,
           case when grouping(x.category) = 1 then '*' else x.category end,
           x.user_id, sum(x.score)::int, count(*)::int, bool_or(x.listed)
    from (
      select a.user_id, a.category, a.score, u.leaderboard_opt_in as listed,
             'week:' || to_char(date_trunc('week', a.completed_at at time zone 'UTC'), 'YYYY-MM-DD') as week
      from attempts a
      join users u on u.id = a.user_id
    ) as x
    group by grouping sets ((x.user_id, x.week, x.category), (x.user_id, x.week), (x.user_id, x.category), (x.user_id))
  `.execute(db);
}
