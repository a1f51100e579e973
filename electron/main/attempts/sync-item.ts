import { createHash } from 'node:crypto';
import { SyncAttempt } from '../../../shared/sync/attempt';
import type { NewAttempt } from '../db/schema';

/** Sync needs a question id; a free-text question gets a stable one from its wording. */
export function syncQuestionId(questionId: string | null | undefined, questionText: string): string {
  if (questionId && /^[A-Za-z0-9._:-]{1,64}$/.test(questionId)) return questionId;
  const digest = createHash('sha256').update(questionText.trim().toLowerCase()).digest('hex').slice(0, 16);
  return `free:${digest}`;
}

/**
 * The score-only item the account service receives for an attempt: never the answer text or a
 * recording. Validated here so a bad item fails the local transaction, not a later sync.
 */
export function syncItemFor(row: NewAttempt): SyncAttempt {
  return SyncAttempt.parse({
    id: row.id,
    questionId: syncQuestionId(row.question_id, row.question_text),
    category: row.category,
    score: Math.round(row.overall),
    mode: row.mode,
    durationSec: Math.min(Math.max(0, Math.round(row.duration_sec ?? 0)), 4 * 3600),
    completedAt: row.created_at,
  });
}
