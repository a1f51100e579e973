import { createHmac, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TokenPair } from '../../../shared/sync/auth';
import type { Clock } from '../clock';
import {
  findRefreshToken,
  insertRefreshToken,
  lockRefreshToken,
  markRotated,
  revokeFamily,
} from '../db/queries/refresh-tokens';
import type { Executor } from '../db/queries/executor';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';
import { raiseTokenVersion, tokenVersionOf } from '../db/queries/users';
import type { AccessTokens } from './access-tokens';
import type { TokenVersions } from './token-versions';
import { randomToken, sha256Hex } from './secrets';

const REFRESH_PREFIX = 'rt_';
/**
 * How long a just-rotated refresh token still buys its successor: a retry of a refresh whose reply
 * was lost, or two requests racing, must not look like a stolen token and end the session.
 */
export const REFRESH_GRACE_MS = 30_000;

export interface Sessions {
  /** A new sign-in: a fresh refresh-token family. */
  issue(db: Executor, userId: string): Promise<TokenPair>;
  /**
   * Rotates: the presented token is spent and a new pair returned. Within REFRESH_GRACE_MS of its
   * rotation a spent token returns the same successor again; later it revokes its family.
   */
  refresh(refreshToken: string): Promise<{ userId: string; pair: TokenPair }>;
  /**
   * Ends the sign-in the token belongs to (its whole family) and every access token of the user:
   * other devices refresh theirs silently. Unknown tokens are ignored.
   */
  logout(refreshToken: string): Promise<void>;
}

export function createSessions(
  db: Kysely<Database>,
  access: AccessTokens,
  refreshTtlDays: number,
  /** Derives a token's successor, so a retry can be handed the same one without storing it. */
  successorKey: Uint8Array,
  versions: TokenVersions,
  clock: Clock,
): Sessions {
  const refreshTtlMs = refreshTtlDays * 86_400_000;
  const successorOf = (token: string) =>
    REFRESH_PREFIX + createHmac('sha256', successorKey).update(token).digest('base64url');

  const tokenPair = async (executor: Executor, userId: string, refreshToken: string): Promise<TokenPair> => ({
    accessToken: await access.sign(userId, (await tokenVersionOf(executor, userId)) ?? 0),
    refreshToken,
    tokenType: 'Bearer',
    expiresIn: access.ttlSec,
  });

  async function pair(
    executor: Executor,
    userId: string,
    familyId: string,
    refreshToken = randomToken(REFRESH_PREFIX),
  ): Promise<TokenPair> {
    const now = clock();
    await insertRefreshToken(executor, {
      id: randomUUID(),
      family_id: familyId,
      user_id: userId,
      token_hash: sha256Hex(refreshToken),
      created_at: now,
      expires_at: new Date(now.getTime() + refreshTtlMs),
      rotated_at: null,
      revoked_at: null,
    });
    return tokenPair(executor, userId, refreshToken);
  }

  const invalid = () => new ApiError(401, 'invalid_refresh_token', 'Sign in again: this session has ended.');

  return {
    issue: (executor, userId) => pair(executor, userId, randomUUID()),

    refresh: async (refreshToken) => {
      const hash = sha256Hex(refreshToken);
      // The outcome is returned rather than thrown so a family revocation commits.
      type Outcome = { userId: string; pair: TokenPair } | { ended: string } | null;
      const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
        const now = clock();
        const row = await lockRefreshToken(trx, hash);
        if (!row || row.revoked_at !== null) return null;
        const successor = successorOf(refreshToken);
        if (row.rotated_at !== null) {
          if (now.getTime() - row.rotated_at.getTime() <= REFRESH_GRACE_MS) {
            // Only while the successor is the family's newest token: once it has been used in turn,
            // the old one coming back is a copy, not a retry.
            const next = await lockRefreshToken(trx, sha256Hex(successor));
            if (next && next.revoked_at === null && next.rotated_at === null && next.expires_at > now) {
              return { userId: row.user_id, pair: await tokenPair(trx, row.user_id, successor) };
            }
          }
          // A spent token came back: it was copied. Whoever holds the newest one is cut off too,
          // and so is every access token the copies bought.
          await revokeFamily(trx, row.family_id, now);
          await raiseTokenVersion(trx, row.user_id);
          return { ended: row.user_id };
        }
        if (row.expires_at.getTime() <= now.getTime()) return null;
        await markRotated(trx, row.id, now);
        return { userId: row.user_id, pair: await pair(trx, row.user_id, row.family_id, successor) };
      });
      if (outcome === null) throw invalid();
      if ('ended' in outcome) {
        versions.forget(outcome.ended);
        throw invalid();
      }
      return outcome;
    },

    logout: async (refreshToken) => {
      const row = await findRefreshToken(db, sha256Hex(refreshToken));
      if (!row) return;
      await db.transaction().execute(async (trx) => {
        await revokeFamily(trx, row.family_id, clock());
        await raiseTokenVersion(trx, row.user_id);
      });
      versions.forget(row.user_id);
    },
  };
}
