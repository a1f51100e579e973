import type { Kysely } from 'kysely';
import type { LeaderboardQuery, LeaderboardResponse } from '../../../shared/sync/leaderboard';
import type { Clock } from '../clock';
import { countListedAbove, statsOf, topOfBucket, type RankedRow } from '../db/queries/leaderboard-stats';
import type { Database } from '../db/schema';
import { ALL_CATEGORIES, ALL_TIME, weekBucket, weekStartUtc } from './buckets';

const avg = (points: number, attempts: number) => (attempts === 0 ? 0 : Math.round((points / attempts) * 10) / 10);

/** Competition ranks for rows already in points order: ties share a rank, the next one skips. */
export function rankRows(rows: readonly RankedRow[]): number[] {
  const ranks: number[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const previousRank = ranks[i - 1];
    ranks.push(previous !== undefined && previousRank !== undefined && previous.points === row.points ? previousRank : i + 1);
  });
  return ranks;
}

export interface Leaderboard {
  read(query: LeaderboardQuery, viewerId: string | null): Promise<LeaderboardResponse>;
}

/** Three index reads whatever the number of attempts: the top N, the viewer's row, and a count above it. */
export function createLeaderboard(db: Kysely<Database>, clock: Clock): Leaderboard {
  return {
    read: async ({ period, category, limit }, viewerId) => {
      const now = clock();
      const bucket = period === 'week' ? weekBucket(now) : ALL_TIME;
      const categoryKey = category ?? ALL_CATEGORIES;
      const rows = await topOfBucket(db, bucket, categoryKey, limit);
      const ranks = rankRows(rows);

      let me: LeaderboardResponse['me'] = null;
      if (viewerId !== null) {
        const mine = await statsOf(db, bucket, categoryKey, viewerId);
        if (mine && mine.attempts > 0) {
          me = {
            rank: (await countListedAbove(db, bucket, categoryKey, mine.points)) + 1,
            points: mine.points,
            attempts: mine.attempts,
            avgScore: avg(mine.points, mine.attempts),
            listed: mine.listed,
          };
        }
      }

      return {
        period,
        category: category ?? null,
        since: period === 'week' ? weekStartUtc(now).toISOString() : null,
        entries: rows.map((row, i) => ({
          rank: ranks[i] ?? i + 1,
          displayName: row.display_name,
          points: row.points,
          attempts: row.attempts,
          avgScore: avg(row.points, row.attempts),
          isMe: row.user_id === viewerId,
        })),
        me,
        generatedAt: now.toISOString(),
      };
    },
  };
}
