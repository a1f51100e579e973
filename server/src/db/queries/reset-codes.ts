import type { Selectable } from 'kysely';
import type { Executor } from './executor';
import type { PasswordResetCodesTable } from '../schema';

export type ResetCodeRow = Selectable<PasswordResetCodesTable>;

/** Replaces any earlier code: a resend invalidates the previous one and resets the try count. */
export async function putResetCode(db: Executor, row: ResetCodeRow): Promise<void> {
  await db
    .insertInto('password_reset_codes')
    .values(row)
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        code_hash: row.code_hash,
        expires_at: row.expires_at,
        failed_attempts: 0,
        created_at: row.created_at,
      }),
    )
    .execute();
}

export async function lockResetCode(db: Executor, userId: string): Promise<ResetCodeRow | undefined> {
  return db.selectFrom('password_reset_codes').selectAll().where('user_id', '=', userId).forUpdate().executeTakeFirst();
}

export async function recordFailedTry(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable('password_reset_codes')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteResetCode(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('password_reset_codes').where('user_id', '=', userId).execute();
}
