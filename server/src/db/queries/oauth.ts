import type { Selectable } from 'kysely';
import type { Executor } from './executor';
import type { AuthCodesTable, OauthStatesTable } from '../schema';

export type OauthStateRow = Selectable<OauthStatesTable>;
export type AuthCodeRow = Selectable<AuthCodesTable>;

export async function insertOauthState(db: Executor, row: OauthStateRow): Promise<void> {
  await db.insertInto('oauth_states').values(row).execute();
}

/** Deletes as it reads: a state is good for one callback, even with two racing. */
export async function takeOauthState(db: Executor, stateHash: string): Promise<OauthStateRow | undefined> {
  return db.deleteFrom('oauth_states').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
}

export async function insertAuthCode(db: Executor, row: AuthCodeRow): Promise<void> {
  await db.insertInto('auth_codes').values(row).execute();
}

/** Deletes as it reads: a code is redeemed once, whatever the outcome of the checks that follow. */
export async function takeAuthCode(db: Executor, codeHash: string): Promise<AuthCodeRow | undefined> {
  return db.deleteFrom('auth_codes').where('code_hash', '=', codeHash).returningAll().executeTakeFirst();
}
