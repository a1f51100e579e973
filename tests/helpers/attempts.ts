import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, NewAttempt } from '../../electron/main/db/schema';
import { localDay } from '../../shared/domain/stats/local-day';
import { storeAttempt } from '../../electron/main/attempts/store-attempt';

/** A plausible attempt row; override what a test cares about. */
export function attemptRow(overrides: Partial<NewAttempt> & { at?: Date } = {}): NewAttempt {
  const { at = new Date(), ...rest } = overrides;
  return {
    id: randomUUID(),
    session_id: null,
    question_id: null,
    question_text: 'Tell me about a time you disagreed with a colleague.',
    category: 'conflict',
    mode: 'text',
    answer_text: 'In my last role I…',
    duration_sec: null,
    overall: 70,
    content_score: 70,
    structure_score: 70,
    language_score: 70,
    delivery_score: null,
    evaluation: '{}',
    evaluator_kind: 'local',
    evaluator_version: 'test',
    recording_id: null,
    local_day: localDay(at),
    created_at: at.toISOString(),
    ...rest,
  };
}

export async function insertAttempts(db: Kysely<Database>, rows: NewAttempt[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('attempts')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/**
 * `count` answered attempts written as the app writes them (each with its outbox row), seven
 * seconds apart and ending a minute ago, so the service's per-minute limit never refuses them.
 */
export async function storeAnswered(db: Kysely<Database>, count: number, end = new Date()): Promise<NewAttempt[]> {
  const rows = Array.from({ length: count }, (_, i) =>
    attemptRow({ at: new Date(end.getTime() - 60_000 - (count - i) * 7_000), overall: 40 + ((i * 37) % 60) }),
  );
  for (const row of rows) await storeAttempt(db, row);
  return rows;
}
