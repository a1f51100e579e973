import type { Kysely } from 'kysely';
import type { AccountExport, UpdateMeRequest, User } from '../../../shared/sync/user';
import { userView } from '../auth/user-view';
import type { Clock } from '../clock';
import { attemptsOf } from '../db/queries/attempts';
import { identitiesOf } from '../db/queries/identities';
import { setListed } from '../db/queries/leaderboard-stats';
import { countActiveSessions } from '../db/queries/refresh-tokens';
import { deleteUser, findUserById, updateProfile } from '../db/queries/users';
import type { Database } from '../db/schema';
import { ApiError } from '../http/errors';

export interface Account {
  get(userId: string): Promise<User>;
  update(userId: string, patch: UpdateMeRequest): Promise<User>;
  export(userId: string): Promise<AccountExport>;
  /** Erases the account, its identities, sessions, scores and leaderboard rows. */
  erase(userId: string): Promise<void>;
}

/** The token outlived its account (erased meanwhile): the same answer as a bad token. */
const gone = () => new ApiError(401, 'unauthorized', 'Sign in again: this account no longer exists.');

export function createAccount(db: Kysely<Database>, clock: Clock): Account {
  return {
    get: async (userId) => {
      const row = await findUserById(db, userId);
      if (!row) throw gone();
      return userView(db, row);
    },

    update: async (userId, patch) => {
      const row = await db.transaction().execute(async (trx) => {
        const updated = await updateProfile(trx, userId, patch, clock());
        // The leaderboard index filters on its own copy of the opt-in; keep them in step.
        if (updated && patch.leaderboardOptIn !== undefined) await setListed(trx, userId, patch.leaderboardOptIn);
        return updated;
      });
      if (!row) throw gone();
      return userView(db, row);
    },

    export: async (userId) => {
      const row = await findUserById(db, userId);
      if (!row) throw gone();
      const now = clock();
      const [user, identities, attempts, activeSessions] = await Promise.all([
        userView(db, row),
        identitiesOf(db, userId),
        attemptsOf(db, userId),
        countActiveSessions(db, userId, now),
      ]);
      return {
        exportedAt: now.toISOString(),
        user,
        identities: identities.map((i) => ({
          provider: 'google' as const,
          email: i.email,
          linkedAt: i.created_at.toISOString(),
        })),
        attempts: attempts.map((a) => ({
          id: a.id,
          questionId: a.question_id,
          category: a.category,
          score: a.score,
          mode: a.mode,
          durationSec: a.duration_sec,
          completedAt: a.completed_at.toISOString(),
          receivedAt: a.received_at.toISOString(),
        })),
        activeSessions,
      };
    },

    erase: async (userId) => {
      if (!(await deleteUser(db, userId))) throw gone();
    },
  };
}
