import {
  COMPLETED_AT_EARLIEST,
  COMPLETED_AT_MAX_SKEW_MS,
  SyncAttempt,
  type SyncRejection,
} from '../../../shared/sync/attempt';

export interface CheckedAttempt {
  /** Lower-cased, as PostgreSQL returns uuids. */
  id: string;
  /** As the desktop sent it, for the response it will match against its outbox. */
  sentId: string;
  questionId: string;
  category: string;
  score: number;
  mode: SyncAttempt['mode'];
  durationSec: number;
  completedAt: Date;
}

export type ItemVerdict = { ok: true; attempt: CheckedAttempt } | { ok: false; rejection: SyncRejection };

const EARLIEST_MS = Date.parse(COMPLETED_AT_EARLIEST);

function idOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id.slice(0, 64) : null;
}

/** Checks one synced item on its own, so one bad item never fails the rest of its batch. */
export function checkItem(raw: unknown, now: Date): ItemVerdict {
  const parsed = SyncAttempt.safeParse(raw);
  if (!parsed.success) {
    const scoreIssue = parsed.error.issues.find(
      (i) => i.path[0] === 'score' && (i.code === 'too_big' || i.code === 'too_small'),
    );
    const message = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join('.') || 'item'}: ${i.message}`)
      .join('; ');
    return { ok: false, rejection: { id: idOf(raw), reason: scoreIssue ? 'score_out_of_range' : 'invalid', message } };
  }
  const item = parsed.data;
  const completedAt = new Date(item.completedAt);
  if (completedAt.getTime() > now.getTime() + COMPLETED_AT_MAX_SKEW_MS) {
    return {
      ok: false,
      rejection: {
        id: item.id,
        reason: 'completed_in_future',
        message: 'completedAt is in the future: check the clock',
      },
    };
  }
  if (completedAt.getTime() < EARLIEST_MS) {
    return {
      ok: false,
      rejection: {
        id: item.id,
        reason: 'completed_too_early',
        message: `completedAt is before ${COMPLETED_AT_EARLIEST}`,
      },
    };
  }
  return {
    ok: true,
    attempt: {
      id: item.id.toLowerCase(),
      sentId: item.id,
      questionId: item.questionId,
      category: item.category,
      score: item.score,
      mode: item.mode,
      durationSec: Math.round(item.durationSec),
      completedAt,
    },
  };
}
