import { z } from 'zod';
import { CategorySlug } from './attempt';

export const LeaderboardPeriod = z.enum(['week', 'all']);
export type LeaderboardPeriod = z.infer<typeof LeaderboardPeriod>;

export const LEADERBOARD_DEFAULT_LIMIT = 50;
export const LEADERBOARD_MAX_LIMIT = 100;

export const LeaderboardQuery = z.strictObject({
  period: LeaderboardPeriod.default('week'),
  category: CategorySlug.optional(),
  limit: z.coerce.number().int().min(1).max(LEADERBOARD_MAX_LIMIT).default(LEADERBOARD_DEFAULT_LIMIT),
});
export type LeaderboardQuery = z.infer<typeof LeaderboardQuery>;

export const LeaderboardEntry = z.object({
  /** Competition ranking: equal points share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: z.number().int().min(1),
  displayName: z.string(),
  /** Sum of the scores of the attempts in the period. */
  points: z.number().int().min(0),
  attempts: z.number().int().min(0),
  /** Mean score, one decimal. */
  avgScore: z.number().min(0).max(100),
  isMe: z.boolean(),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntry>;

export const LeaderboardMe = z.object({
  /** Where the caller stands among listed users (as if listed, when they have not opted in). */
  rank: z.number().int().min(1),
  points: z.number().int().min(0),
  attempts: z.number().int().min(0),
  avgScore: z.number().min(0).max(100),
  /** False when the caller has not opted in, so others do not see them. */
  listed: z.boolean(),
});
export type LeaderboardMe = z.infer<typeof LeaderboardMe>;

export const LeaderboardResponse = z.object({
  period: LeaderboardPeriod,
  category: z.string().nullable(),
  /** Start of the UTC ISO week (Monday) for period "week", null for "all". */
  since: z.iso.datetime().nullable(),
  entries: z.array(LeaderboardEntry),
  /** Null for an anonymous request or a user with no attempts in the period. */
  me: LeaderboardMe.nullable(),
  generatedAt: z.iso.datetime(),
});
export type LeaderboardResponse = z.infer<typeof LeaderboardResponse>;
