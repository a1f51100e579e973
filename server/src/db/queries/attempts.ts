import { sql } from 'kysely';
import type { Executor } from './executor';
import type { AttemptRow, NewAttempt } from '../schema';

export async function existingAttemptIds(db: Executor, userId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('attempts')
    .select('id')
    .where('user_id', '=', userId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Stored attempts per epoch minute (minutes since 1970 UTC) of completion, between two instants. */
export async function attemptsPerMinute(
  db: Executor,
  userId: string,
  from: Date,
  to: Date,
): Promise<Map<number, number>> {
  const minute = sql<number>`floor(extract(epoch from completed_at) / 60)::int`;
  const rows = await db
    .selectFrom('attempts')
    .select([minute.as('minute'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .where('completed_at', '>=', from)
    .where('completed_at', '<=', to)
    .groupBy(minute)
    .execute();
  return new Map(rows.map((r) => [Number(r.minute), Number(r.n)]));
}

/** Returns the ids actually inserted: a concurrent request may have stored some first. */
export async function insertAttempts(db: Executor, rows: readonly NewAttempt[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('attempts')
    .values([...rows])
    .onConflict((oc) => oc.columns(['user_id', 'id']).doNothing())
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
}

export async function attemptsOf(db: Executor, userId: string): Promise<AttemptRow[]> {
  return db
    .selectFrom('attempts')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('completed_at')
    .orderBy('id')
    .execute();
}
