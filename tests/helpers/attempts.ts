import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, NewAttempt } from '../../electron/main/db/schema';
import { localDay } from '../../shared/domain/stats/local-day';

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
