import type { Executor } from './executor';

export interface IdentityRow {
  provider: string;
  subject: string;
  user_id: string;
  email: string;
  created_at: Date;
}

export async function findIdentity(db: Executor, provider: string, subject: string): Promise<IdentityRow | undefined> {
  return db
    .selectFrom('identities')
    .selectAll()
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function insertIdentity(db: Executor, identity: IdentityRow): Promise<void> {
  await db.insertInto('identities').values(identity).execute();
}

export async function identitiesOf(db: Executor, userId: string): Promise<IdentityRow[]> {
  return db.selectFrom('identities').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
}
