import type { Kysely } from 'kysely';
import type { LeaderboardView } from '../../../shared/ipc/channels/sync';
import { LeaderboardResponse, type LeaderboardPeriod } from '../../../shared/sync/leaderboard';
import type { AccountSession } from '../account/account-session';
import { isServiceError } from '../account/service-error';
import type { Database } from '../db/schema';
import { boardKey, createLeaderboardCache, type CachedBoard } from './leaderboard-cache';

export interface LeaderboardRequest {
  period: LeaderboardPeriod;
  category?: string;
  /** false: the cached board when there is one, without asking the service. */
  refresh: boolean;
}

export interface LeaderboardService {
  get(request: LeaderboardRequest): Promise<LeaderboardView>;
}

const SIGNED_OUT = 'Sign in to see the leaderboard and where you stand.';
const NO_SERVER = 'No account service is set: add its address in Settings → Account and sync.';

function problemFor(error: unknown): Pick<LeaderboardView, 'problem' | 'message'> {
  if (!isServiceError(error)) {
    return { problem: 'error', message: 'The leaderboard could not be loaded.' };
  }
  switch (error.kind) {
    case 'offline':
      return { problem: 'offline', message: 'The account service could not be reached.' };
    case 'signed-out':
      return { problem: 'signed-out', message: error.message || SIGNED_OUT };
    case 'no-server':
      return { problem: 'no-server', message: NO_SERVER };
    case 'bad-reply':
      return { problem: 'error', message: 'The account service sent a leaderboard IntervYou could not read.' };
    case 'server':
    case 'rejected':
      return {
        problem: 'error',
        message: `The account service could not give the leaderboard${error.status ? ` (HTTP ${error.status})` : ''}.`,
      };
  }
}

function fromCache(cached: CachedBoard | null, trouble: Pick<LeaderboardView, 'problem' | 'message'>): LeaderboardView {
  return cached
    ? { board: cached.board, source: 'cache', asOf: cached.fetchedAt, ...trouble }
    : { board: null, source: 'none', asOf: null, ...trouble };
}

/**
 * GET /v1/leaderboard as the signed-in user (so `me` comes back), kept per period and category in
 * leaderboard_cache; when the service cannot answer, the last board with when it was fetched.
 */
export function createLeaderboardService(deps: {
  db: Kysely<Database>;
  session: AccountSession;
  now: () => Date;
  timeoutMs?: number;
}): LeaderboardService {
  const cache = createLeaderboardCache(deps.db);
  return {
    async get({ period, category, refresh }) {
      const key = boardKey(period, category);
      if (deps.session.serverUrl() === null) return fromCache(null, { problem: 'no-server', message: NO_SERVER });
      if (!deps.session.isSignedIn()) {
        await cache.clear();
        return fromCache(null, { problem: 'signed-out', message: SIGNED_OUT });
      }
      const cached = await cache.read(key);
      if (!refresh && cached) return fromCache(cached, { problem: null, message: null });
      try {
        const board = await deps.session.authorized(
          {
            method: 'GET',
            path: '/v1/leaderboard',
            query: { period, ...(category ? { category } : {}) },
            timeoutMs: deps.timeoutMs ?? 15_000,
          },
          LeaderboardResponse,
        );
        const at = deps.now();
        await cache.write(key, board, at);
        return { board, source: 'live', asOf: at.toISOString(), problem: null, message: null };
      } catch (error) {
        if (!isServiceError(error)) console.error('[leaderboard] fetch failed', error);
        if (isServiceError(error) && error.kind === 'signed-out') {
          await cache.clear();
          return fromCache(null, problemFor(error));
        }
        return fromCache(cached, problemFor(error));
      }
    },
  };
}
