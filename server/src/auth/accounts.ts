import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { LoginRequest, RegisterRequest } from '../../../shared/sync/auth';
import type { BackgroundTasks } from '../background';
import type { Clock } from '../clock';
import { isUniqueViolation } from '../db/queries/executor';
import { findUserByEmail, insertUser, setPasswordHash } from '../db/queries/users';
import type { Database, UserRow } from '../db/schema';
import { ApiError } from '../http/errors';
import type { Mailer } from '../mail/mailer';
import { welcomeMail } from '../mail/templates';
import type { PasswordHasher } from './passwords';

export interface Accounts {
  register(input: RegisterRequest): Promise<UserRow>;
  /** The account, or a 401 that reads the same for an unknown email, a wrong password, or a Google-only account. */
  login(input: LoginRequest): Promise<UserRow>;
}

export function createAccounts(
  db: Kysely<Database>,
  passwords: PasswordHasher,
  mailer: Mailer,
  background: BackgroundTasks,
  clock: Clock,
): Accounts {
  const emailTaken = () =>
    new ApiError(409, 'email_taken', 'An account with this email already exists. Sign in, or reset the password.');

  return {
    register: async ({ email, password, displayName }) => {
      if (await findUserByEmail(db, email)) throw emailTaken();
      const passwordHash = await passwords.hash(password);
      const now = clock();
      let user: UserRow;
      try {
        user = await insertUser(db, {
          id: randomUUID(),
          email,
          email_verified: false,
          password_hash: passwordHash,
          display_name: displayName,
          leaderboard_opt_in: false,
          created_at: now,
          updated_at: now,
        });
      } catch (error) {
        // Two registrations raced past the check above.
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
      background.run('welcome-mail', () => mailer.send(welcomeMail(user.email, user.display_name)));
      return user;
    },

    login: async ({ email, password }) => {
      const user = await findUserByEmail(db, email);
      if (!user || user.password_hash === null) {
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
