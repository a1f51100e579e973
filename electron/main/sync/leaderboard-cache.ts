import type { Kysely } from 'kysely';
import { LeaderboardResponse, type LeaderboardPeriod } from '../../../shared/sync/leaderboard';
import type { Database } from '../db/schema';

export interface CachedBoard {
  board: LeaderboardResponse;
  fetchedAt: string;
}

/** One cached board per period and category ("week:*", "all:system-design"). */
export function boardKey(period: LeaderboardPeriod, category: string | undefined): string {
  return `${period}:${category ?? '*'}`;
}

/** The last board fetched for each view, kept in SQLite so it can be shown offline. */
export function createLeaderboardCache(db: Kysely<Database>) {
  return {
    async read(key: string): Promise<CachedBoard | null> {
      const row = await db
        .selectFrom('leaderboard_cache')
        .select(['payload', 'fetched_at'])
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) return null;
      let json: unknown;
      try {
        json = JSON.parse(row.payload);
      } catch {
        return null;
      }
      // A row written by an older app in another shape is treated as no cache, not an error.
      const parsed = LeaderboardResponse.safeParse(json);
      return parsed.success ? { board: parsed.data, fetchedAt: row.fetched_at } : null;
    },

    async write(key: string, board: LeaderboardResponse, at: Date): Promise<void> {
      const payload = JSON.stringify(board);
      const fetched_at = at.toISOString();
      await db
        .insertInto('leaderboard_cache')
        .values({ key, payload, fetched_at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ payload, fetched_at }))
        .execute();
    },

    /** Boards hold the signed-in user's own standing: forgotten when nobody is signed in. */
    async clear(): Promise<void> {
      await db.deleteFrom('leaderboard_cache').execute();
    },
  };
}
