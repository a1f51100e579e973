import type { Kysely } from 'kysely';
import {
  LEADERBOARD_MAX_LIMIT,
  type LeaderboardQuery,
  type LeaderboardResponse,
} from '../../../shared/sync/leaderboard';
import type { Clock } from '../clock';
import { pointsHistogram, statsOf, topOfBucket } from '../db/queries/leaderboard-stats';
import type { Database } from '../db/schema';
import { BoardCache } from './board-cache';
import { buildSnapshot, rankOf, rankRows } from './board-snapshot';
import { ALL_CATEGORIES, ALL_TIME, weekBucket, weekStartUtc } from './buckets';

const avg = (points: number, attempts: number) => (attempts === 0 ? 0 : Math.round((points / attempts) * 10) / 10);

export interface Leaderboard {
  read(query: LeaderboardQuery, viewerId: string | null): Promise<LeaderboardResponse>;
  /** Resolves when no board re-read is in flight. */
  settled(): Promise<void>;
}

/**
 * The board (top rows and points histogram) comes from a short-lived per-instance cache; the
 * caller's own totals are read fresh by primary key, and ranked against the board.
 */
export function createLeaderboard(db: Kysely<Database>, clock: Clock, cacheMs: number): Leaderboard {
  const boards = new BoardCache(cacheMs, clock, async (bucket, category) => {
    const [top, histogram] = await Promise.all([
      topOfBucket(db, bucket, category, LEADERBOARD_MAX_LIMIT),
      pointsHistogram(db, bucket, category),
    ]);
    return buildSnapshot(top, histogram);
  });

  return {
    settled: () => boards.settled(),
    read: async ({ period, category, limit }, viewerId) => {
      const now = clock();
      const bucket = period === 'week' ? weekBucket(now) : ALL_TIME;
      const categoryKey = category ?? ALL_CATEGORIES;
      const [board, mine] = await Promise.all([
        boards.get(bucket, categoryKey),
        viewerId === null ? Promise.resolve(undefined) : statsOf(db, bucket, categoryKey, viewerId),
      ]);
      const rows = board.top.slice(0, limit);
      const ranks = rankRows(rows);
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
        me:
          mine && mine.attempts > 0
            ? {
                rank: rankOf(board, mine.points),
                points: mine.points,
                attempts: mine.attempts,
                avgScore: avg(mine.points, mine.attempts),
                listed: mine.listed,
              }
            : null,
        generatedAt: now.toISOString(),
      };
    },
  };
}
