import type { Executor } from './executor';
import type { NewUser, UserRow } from '../schema';

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Locks the row for the rest of the transaction; serialises one user's concurrent syncs. */
export async function lockUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertUser(db: Executor, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function setPasswordHash(db: Executor, id: string, hash: string | null, now: Date): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash, updated_at: now }).where('id', '=', id).execute();
}

/** A proven mailbox also finishes a pending registration. */
export async function markEmailVerified(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ email_verified: true, pending_since: null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** A new registration of an address nobody has confirmed yet takes the pending account over. */
export async function restartPending(
  db: Executor,
  id: string,
  fields: { password_hash: string; display_name: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...fields, pending_since: now, updated_at: now })
    .where('id', '=', id)
    .where('pending_since', 'is not', null)
    .execute();
}

export interface ProfilePatch {
  displayName?: string | undefined;
  leaderboardOptIn?: boolean | undefined;
}

export async function updateProfile(
  db: Executor,
  id: string,
  patch: ProfilePatch,
  now: Date,
): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({
      updated_at: now,
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.leaderboardOptIn !== undefined ? { leaderboard_opt_in: patch.leaderboardOptIn } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Foreign keys cascade: identities, tokens, codes, attempts and leaderboard rows go with it. */
export async function deleteUser(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function tokenVersionOf(db: Executor, id: string): Promise<number | null> {
  const row = await db.selectFrom('users').select('token_version').where('id', '=', id).executeTakeFirst();
  return row ? row.token_version : null;
}

/** Every access token issued to the user before this stops being accepted. */
export async function raiseTokenVersion(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ token_version: eb('token_version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
