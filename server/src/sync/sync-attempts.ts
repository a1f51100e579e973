import type { Kysely } from 'kysely';
import { MAX_ATTEMPTS_PER_MINUTE, type SyncBatchResponse, type SyncRejection } from '../../../shared/sync/attempt';
import type { Clock } from '../clock';
import { attemptsPerMinute, existingAttemptIds, insertAttempts } from '../db/queries/attempts';
import { addStats } from '../db/queries/leaderboard-stats';
import { lockUser } from '../db/queries/users';
import type { Database } from '../db/schema';
import { statsDeltas } from '../leaderboard/buckets';
import { checkItem, type CheckedAttempt } from './check-item';

const MINUTE_MS = 60_000;
const epochMinute = (d: Date) => Math.floor(d.getTime() / MINUTE_MS);

export interface AttemptSync {
  /** null when the user no longer exists (deleted while holding a valid access token). */
  push(userId: string, items: readonly unknown[]): Promise<SyncBatchResponse | null>;
}

export function createAttemptSync(db: Kysely<Database>, clock: Clock): AttemptSync {
  return {
    push: async (userId, items) => {
      const now = clock();
      const rejected: SyncRejection[] = [];
      const duplicates: string[] = [];
      const candidates: CheckedAttempt[] = [];
      const seen = new Set<string>();
      for (const raw of items) {
        const verdict = checkItem(raw, now);
        if (!verdict.ok) rejected.push(verdict.rejection);
        else if (seen.has(verdict.attempt.id)) duplicates.push(verdict.attempt.sentId);
        else {
          seen.add(verdict.attempt.id);
          candidates.push(verdict.attempt);
        }
      }

      return db.transaction().execute(async (trx) => {
        // Locking the user serialises this user's concurrent syncs, so the per-minute count and
        // the totals cannot be raced; other users' syncs are not held up.
        const user = await lockUser(trx, userId);
        if (!user) return null;

        const stored = await existingAttemptIds(
          trx,
          userId,
          candidates.map((c) => c.id),
        );
        const fresh = candidates.filter((c) => {
          if (!stored.has(c.id)) return true;
          duplicates.push(c.sentId);
          return false;
        });

        const accepted: CheckedAttempt[] = [];
        if (fresh.length > 0) {
          const times = fresh.map((c) => c.completedAt.getTime());
          const perMinute = await attemptsPerMinute(
            trx,
            userId,
            new Date(Math.min(...times) - MINUTE_MS),
            new Date(Math.max(...times) + MINUTE_MS),
          );
          for (const attempt of fresh) {
            const minute = epochMinute(attempt.completedAt);
            const count = perMinute.get(minute) ?? 0;
            if (count >= MAX_ATTEMPTS_PER_MINUTE) {
              rejected.push({
                id: attempt.sentId,
                reason: 'too_many_per_minute',
                message: `more than ${MAX_ATTEMPTS_PER_MINUTE} attempts completed in one minute`,
              });
              continue;
            }
            perMinute.set(minute, count + 1);
            accepted.push(attempt);
          }
        }

        const insertedIds = new Set(
          await insertAttempts(
            trx,
            accepted.map((a) => ({
              user_id: userId,
              id: a.id,
              question_id: a.questionId,
              category: a.category,
              score: a.score,
              mode: a.mode,
              duration_sec: a.durationSec,
              completed_at: a.completedAt,
              received_at: now,
            })),
          ),
        );
        const inserted = accepted.filter((a) => insertedIds.has(a.id));
        await addStats(trx, userId, user.leaderboard_opt_in, statsDeltas(inserted));
        // Not inserted after all: stored by a request that committed between our check and insert.
        for (const a of accepted) if (!insertedIds.has(a.id)) duplicates.push(a.sentId);
        return { accepted: inserted.map((a) => a.sentId), duplicates, rejected };
      });
    },
  };
}
