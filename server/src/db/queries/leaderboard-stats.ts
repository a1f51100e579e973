import { sql } from 'kysely';
import type { Executor } from './executor';
import type { StatsDelta } from '../../leaderboard/buckets';

export async function addStats(db: Executor, userId: string, listed: boolean, deltas: readonly StatsDelta[]): Promise<void> {
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

/** Listed users with more points: an index-only range count. */
export async function countListedAbove(db: Executor, bucket: string, category: string, points: number): Promise<number> {
  const row = await db
    .selectFrom('leaderboard_stats')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bucket', '=', bucket)
    .where('category', '=', category)
    .where('listed', '=', true)
    .where('points', '>', points)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Recomputes every total from the attempts table. Sync keeps the totals current incrementally;
 * this is for repairs and for seeding benchmarks, and must agree with statsDeltas().
 */
export async function rebuildLeaderboardStats(db: Executor): Promise<void> {
  await db.deleteFrom('leaderboard_stats').execute();
  await sql`
    insert into leaderboard_stats (bucket, category, user_id, points, attempts, listed)
    select b.bucket, c.category, a.user_id, sum(a.score)::int, count(*)::int, bool_or(u.leaderboard_opt_in)
    from attempts a
    join users u on u.id = a.user_id
    cross join lateral (values
      ('all'),
      ('week:' || to_char(date_trunc('week', a.completed_at at time zone 'UTC'), 'YYYY-MM-DD'))
    ) as b(bucket)
    cross join lateral (values ('*'), (a.category)) as c(category)
    group by b.bucket, c.category, a.user_id
  `.execute(db);
}
