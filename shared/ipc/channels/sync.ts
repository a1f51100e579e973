import { z } from 'zod';
import { LeaderboardPeriod, LeaderboardResponse, CategorySlug } from '../../sync';
import { channel } from '../channel';
import { NoInput } from './app';

export const SyncState = z.enum([
  /** Nobody is signed in: nothing is sent; answers wait in the outbox. */
  'signed-out',
  /** "Sync my scores" is off. */
  'paused',
  'idle',
  'syncing',
  /** The service could not be reached; retrying at nextRetryAt. */
  'offline',
  /** The service answered with an error (5xx, 429, a bad reply); retrying at nextRetryAt. */
  'error',
]);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  state: SyncState,
  /** Answers waiting to be sent (sample data is never counted: it is never synced). */
  pending: z.number().int().min(0),
  /** Answers the service refused, kept until the user dismisses them. */
  rejected: z.number().int().min(0),
  lastSyncAt: z.iso.datetime().nullable(),
  /** The last failure in words ("The account service could not be reached."); null after a success. */
  lastError: z.string().nullable(),
  nextRetryAt: z.iso.datetime().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncRejectionItem = z.object({
  attemptId: z.string(),
  questionText: z.string().nullable(),
  score: z.number().nullable(),
  answeredAt: z.string().nullable(),
  reason: z.string(),
  message: z.string(),
  rejectedAt: z.iso.datetime(),
});
export type SyncRejectionItem = z.infer<typeof SyncRejectionItem>;

export const DismissRejectionsInput = z.union([
  z.strictObject({ attemptId: z.string().min(1).max(64) }),
  z.strictObject({ all: z.literal(true) }),
]);

export const LeaderboardInput = z.strictObject({
  period: LeaderboardPeriod.default('week'),
  category: CategorySlug.optional(),
  /** Ask the service now; false shows the cached board when there is one. */
  refresh: z.boolean().default(true),
});

export const LeaderboardView = z.object({
  board: LeaderboardResponse.nullable(),
  /** 'live' just fetched; 'cache' the last board kept in SQLite (offline or the service failed). */
  source: z.enum(['live', 'cache', 'none']),
  /** When the board shown was fetched. */
  asOf: z.iso.datetime().nullable(),
  /** Why nothing live is shown: signed out, offline, no service configured; null when live. */
  problem: z.enum(['signed-out', 'offline', 'no-server', 'error']).nullable(),
  message: z.string().nullable(),
});
export type LeaderboardView = z.infer<typeof LeaderboardView>;

export const syncChannels = {
  'sync:status': channel(NoInput, SyncStatus),
  /** Pushes what is pending now (also runs after each answer, on reconnect, on a timer, at start-up). */
  'sync:now': channel(NoInput, SyncStatus),
  'sync:rejections': channel(NoInput, z.array(SyncRejectionItem)),
  'sync:dismiss-rejections': channel(DismissRejectionsInput, z.object({ dismissed: z.number().int().min(0) })),
  'leaderboard:get': channel(LeaderboardInput, LeaderboardView),
};
