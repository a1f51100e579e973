import type { Kysely } from 'kysely';
import type { PasswordResetConfirm } from '../../../shared/sync/auth';
import type { Clock } from '../clock';
import { revokeAllForUser } from '../db/queries/refresh-tokens';
import { deleteResetCode, lockResetCode, putResetCode, recordFailedTry } from '../db/queries/reset-codes';
import { findUserByEmail, markEmailVerified, raiseTokenVersion, setPasswordHash } from '../db/queries/users';
import type { Database } from '../db/schema';
import type { Mailer } from '../mail/mailer';
import { resetCodeMail } from '../mail/templates';
import type { PasswordHasher } from './passwords';
import type { TokenVersions } from './token-versions';
import { equalHex, keyedHash, randomDigits } from './secrets';

export const RESET_CODE_DIGITS = 8;
export const RESET_CODE_TTL_MS = 10 * 60_000;
/** Wrong guesses a code survives; the fifth wrong one destroys it. */
export const RESET_CODE_MAX_TRIES = 5;

export interface PasswordReset {
  /** Emails a code when the account exists; does nothing otherwise. Run it off the request path. */
  request(email: string): Promise<void>;
  /** True when the code was right and the password is changed; false for every kind of failure. */
  confirm(input: PasswordResetConfirm): Promise<boolean>;
}

export function createPasswordReset(
  db: Kysely<Database>,
  passwords: PasswordHasher,
  mailer: Mailer,
  otpKey: Uint8Array,
  versions: TokenVersions,
  clock: Clock,
): PasswordReset {
  // Bound to the user so a code hash copied onto another row is worthless.
  const codeHash = (userId: string, code: string) => keyedHash(otpKey, `${userId}:${code}`);

  return {
    request: async (email) => {
      const user = await findUserByEmail(db, email);
      if (!user) return;
      const code = randomDigits(RESET_CODE_DIGITS);
      const now = clock();
      await putResetCode(db, {
        user_id: user.id,
        code_hash: codeHash(user.id, code),
        expires_at: new Date(now.getTime() + RESET_CODE_TTL_MS),
        failed_attempts: 0,
        created_at: now,
      });
      await mailer.send(resetCodeMail(user.email, code, RESET_CODE_TTL_MS / 60_000));
    },

    confirm: async ({ email, code, newPassword }) => {
      const user = await findUserByEmail(db, email);
      if (!user) return false;
      const changed = await db.transaction().execute(async (trx) => {
        const now = clock();
        const row = await lockResetCode(trx, user.id);
        if (!row) return false;
        if (row.expires_at.getTime() <= now.getTime() || row.failed_attempts >= RESET_CODE_MAX_TRIES) {
          await deleteResetCode(trx, user.id);
          return false;
        }
        if (!equalHex(row.code_hash, codeHash(user.id, code))) {
          if (row.failed_attempts + 1 >= RESET_CODE_MAX_TRIES) await deleteResetCode(trx, user.id);
          else await recordFailedTry(trx, user.id);
          return false;
        }
        await deleteResetCode(trx, user.id);
        await setPasswordHash(trx, user.id, await passwords.hash(newPassword), now);
        // Receiving the code proves the mailbox is theirs.
        await markEmailVerified(trx, user.id, now);
        // Whoever knew the old password is signed out everywhere, access tokens included.
        await revokeAllForUser(trx, user.id, now);
        await raiseTokenVersion(trx, user.id);
        return true;
      });
      if (changed) versions.forget(user.id);
      return changed;
    },
  };
}
