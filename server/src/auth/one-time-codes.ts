import type { Executor } from '../db/queries/executor';
import { deleteResetCode, lockResetCode, putResetCode, recordFailedTry } from '../db/queries/reset-codes';
import { equalHex, keyedHash, randomDigits } from './secrets';

export const CODE_DIGITS = 8;
export const CODE_TTL_MS = 10 * 60_000;
/** Wrong guesses a code survives; the fifth wrong one destroys it. */
export const CODE_MAX_TRIES = 5;

/**
 * Emailed one-time codes (password reset, finishing a registration): one live code per user, kept
 * as an HMAC bound to the user so a leaked table or a row copied elsewhere gives nothing away.
 */
export function oneTimeCodes(otpKey: Uint8Array) {
  const codeHash = (userId: string, code: string) => keyedHash(otpKey, `${userId}:${code}`);
  return {
    /** A new code for the user, replacing any earlier one. */
    issue: async (db: Executor, userId: string, now: Date): Promise<string> => {
      const code = randomDigits(CODE_DIGITS);
      await putResetCode(db, {
        user_id: userId,
        code_hash: codeHash(userId, code),
        expires_at: new Date(now.getTime() + CODE_TTL_MS),
        failed_attempts: 0,
        created_at: now,
      });
      return code;
    },
    /** True once for the right code within its lifetime; run inside a transaction (the row is locked). */
    spend: async (trx: Executor, userId: string, code: string, now: Date): Promise<boolean> => {
      const row = await lockResetCode(trx, userId);
      if (!row) return false;
      if (row.expires_at.getTime() <= now.getTime() || row.failed_attempts >= CODE_MAX_TRIES) {
        await deleteResetCode(trx, userId);
        return false;
      }
      if (!equalHex(row.code_hash, codeHash(userId, code))) {
        if (row.failed_attempts + 1 >= CODE_MAX_TRIES) await deleteResetCode(trx, userId);
        else await recordFailedTry(trx, userId);
        return false;
      }
      await deleteResetCode(trx, userId);
      return true;
    },
  };
}
