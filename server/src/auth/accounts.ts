import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { LoginRequest, RegisterConfirmRequest, RegisterRequest } from '../../../shared/sync/auth';
import type { Clock } from '../clock';
import { isUniqueViolation } from '../db/queries/executor';
import { findUserByEmail, insertUser, markEmailVerified, restartPending, setPasswordHash } from '../db/queries/users';
import type { Database, UserRow } from '../db/schema';
import { ApiError } from '../http/errors';
import type { Mailer } from '../mail/mailer';
import { accountExistsMail, registrationCodeMail } from '../mail/templates';
import { CODE_TTL_MS, oneTimeCodes } from './one-time-codes';
import type { PasswordHasher } from './passwords';

export interface Accounts {
  /**
   * Emails a confirmation code for a new address (the account waits, pending, for it), or tells
   * the owner of an existing account that someone tried. Run it off the request path: the reply
   * must not depend on which happened.
   */
  register(input: RegisterRequest): Promise<void>;
  /** The account, now confirmed, when the code is right; null for every kind of failure. */
  confirmRegistration(input: RegisterConfirmRequest): Promise<UserRow | null>;
  /** The account, or a 401 that reads the same for an unknown email, a wrong password, a Google-only or a pending account. */
  login(input: LoginRequest): Promise<UserRow>;
}

export function createAccounts(
  db: Kysely<Database>,
  passwords: PasswordHasher,
  mailer: Mailer,
  otpKey: Uint8Array,
  clock: Clock,
): Accounts {
  const codes = oneTimeCodes(otpKey);
  const validMinutes = CODE_TTL_MS / 60_000;

  async function pendingAccountFor({ email, password, displayName }: RegisterRequest): Promise<string | null> {
    const existing = await findUserByEmail(db, email);
    const now = clock();
    if (existing && existing.pending_since === null) {
      await mailer.send(accountExistsMail(existing.email));
      return null;
    }
    const passwordHash = await passwords.hash(password);
    if (existing) {
      // Nobody has proven this address yet: the latest registration is the one that counts.
      await restartPending(db, existing.id, { password_hash: passwordHash, display_name: displayName }, now);
      return existing.id;
    }
    try {
      const user = await insertUser(db, {
        id: randomUUID(),
        email,
        email_verified: false,
        password_hash: passwordHash,
        display_name: displayName,
        leaderboard_opt_in: false,
        pending_since: now,
        created_at: now,
        updated_at: now,
      });
      return user.id;
    } catch (error) {
      // A second registration raced this one; its email carries the code.
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  return {
    register: async (input) => {
      const userId = await pendingAccountFor(input);
      if (userId === null) return;
      const code = await codes.issue(db, userId, clock());
      await mailer.send(registrationCodeMail(input.email, input.displayName, code, validMinutes));
    },

    confirmRegistration: async ({ email, code }) => {
      const user = await findUserByEmail(db, email);
      if (!user || user.pending_since === null) return null;
      return db.transaction().execute(async (trx) => {
        const now = clock();
        if (!(await codes.spend(trx, user.id, code, now))) return null;
        await markEmailVerified(trx, user.id, now);
        return { ...user, email_verified: true, pending_since: null, updated_at: now };
      });
    },

    login: async ({ email, password }) => {
      const user = await findUserByEmail(db, email);
      if (!user || user.password_hash === null || user.pending_since !== null) {
        await passwords.burn(password);
        throw new ApiError(401, 'invalid_credentials', 'Email or password is incorrect.');
      }
      if (!(await passwords.verify(user.password_hash, password))) {
        throw new ApiError(401, 'invalid_credentials', 'Email or password is incorrect.');
      }
      if (passwords.needsRehash(user.password_hash)) {
        // The only moment the plain password is at hand: upgrade to today's cost parameters.
        await setPasswordHash(db, user.id, await passwords.hash(password), clock());
      }
      return user;
    },
  };
}
