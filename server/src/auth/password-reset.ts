import type { Kysely } from 'kysely';
import type { PasswordResetConfirm } from '../../../shared/sync/auth';
import type { Clock } from '../clock';
import { revokeAllForUser } from '../db/queries/refresh-tokens';
import { findUserByEmail, markEmailVerified, raiseTokenVersion, setPasswordHash } from '../db/queries/users';
import type { Database } from '../db/schema';
import type { Mailer } from '../mail/mailer';
import { resetCodeMail } from '../mail/templates';
import type { PasswordHasher } from './passwords';
import type { TokenVersions } from './token-versions';
import { CODE_DIGITS, CODE_MAX_TRIES, CODE_TTL_MS, oneTimeCodes } from './one-time-codes';

export const RESET_CODE_DIGITS = CODE_DIGITS;
export const RESET_CODE_TTL_MS = CODE_TTL_MS;
export const RESET_CODE_MAX_TRIES = CODE_MAX_TRIES;

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
  const codes = oneTimeCodes(otpKey);

  return {
    request: async (email) => {
      const user = await findUserByEmail(db, email);
      if (!user) return;
      const code = await codes.issue(db, user.id, clock());
      await mailer.send(resetCodeMail(user.email, code, RESET_CODE_TTL_MS / 60_000));
    },

    confirm: async ({ email, code, newPassword }) => {
      const user = await findUserByEmail(db, email);
      if (!user) return false;
      const changed = await db.transaction().execute(async (trx) => {
        const now = clock();
        if (!(await codes.spend(trx, user.id, code, now))) return false;
        await setPasswordHash(trx, user.id, await passwords.hash(newPassword), now);
        // Receiving the code proves the mailbox is theirs (a pending registration is finished too).
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
