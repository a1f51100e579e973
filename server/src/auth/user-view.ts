import type { User } from '../../../shared/sync/user';
import type { Executor } from '../db/queries/executor';
import { identitiesOf } from '../db/queries/identities';
import type { UserRow } from '../db/schema';

/** The public shape of an account: never the password hash. */
export async function userView(db: Executor, row: UserRow): Promise<User> {
  const identities = await identitiesOf(db, row.id);
  return {
    id: row.id,
    email: row.email,
    emailVerified: row.email_verified,
    displayName: row.display_name,
    leaderboardOptIn: row.leaderboard_opt_in,
    hasPassword: row.password_hash !== null,
    providers: [...new Set(identities.map((i) => i.provider))].filter((p): p is 'google' => p === 'google'),
    createdAt: row.created_at.toISOString(),
  };
}
