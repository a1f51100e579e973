import type { Executor } from './executor';

/** Refresh tokens are kept this long past expiry so a late reuse is still recognised and revokes its family. */
const REFRESH_TOKEN_GRACE_MS = 7 * 24 * 3600_000;
/** A registration whose code never came back is forgotten after a day (the code itself lives 10 minutes). */
const PENDING_ACCOUNT_TTL_MS = 24 * 3600_000;

export interface SweepCounts {
  oauthStates: number;
  authCodes: number;
  resetCodes: number;
  refreshTokens: number;
  pendingAccounts: number;
}

export async function deleteExpired(db: Executor, now: Date): Promise<SweepCounts> {
  const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  const oauthStates = count(await db.deleteFrom('oauth_states').where('expires_at', '<', now).executeTakeFirst());
  const authCodes = count(await db.deleteFrom('auth_codes').where('expires_at', '<', now).executeTakeFirst());
  const resetCodes = count(
    await db.deleteFrom('password_reset_codes').where('expires_at', '<', now).executeTakeFirst(),
  );
  const refreshTokens = count(
    await db
      .deleteFrom('refresh_tokens')
      .where('expires_at', '<', new Date(now.getTime() - REFRESH_TOKEN_GRACE_MS))
      .executeTakeFirst(),
  );
  const pendingAccounts = count(
    await db
      .deleteFrom('users')
      .where('pending_since', '<', new Date(now.getTime() - PENDING_ACCOUNT_TTL_MS))
      .executeTakeFirst(),
  );
  return { oauthStates, authCodes, resetCodes, refreshTokens, pendingAccounts };
}
