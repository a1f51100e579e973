import { SyncBatchResponse, type SyncRejection } from '../../../shared/sync/attempt';
import type { AccountSession } from '../account/account-session';
import type { OutboxQueue, PendingItem } from './outbox-queue';

export interface BatchOutcome {
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Rows that left the outbox (0 means the service answered about none of them). */
  settled: number;
}

/** A stored row that is not JSON cannot be sent; it is refused here rather than resent forever. */
function unreadable(item: PendingItem): SyncRejection {
  return { id: item.attemptId, reason: 'invalid', message: 'The stored score could not be read.' };
}

/**
 * Sends one batch and records the answer. Throws the session's ServiceError when the service did
 * not answer (the rows stay: the outbox is the truth, and a resend is a duplicate on the service).
 * `stillWanted` is asked after the reply: false (the app is closing) leaves the rows for next time.
 */
export async function pushBatch(
  session: AccountSession,
  queue: OutboxQueue,
  batch: readonly PendingItem[],
  options: { timeoutMs: number; now: () => Date; stillWanted: () => boolean },
): Promise<BatchOutcome> {
  const items: unknown[] = [];
  const sendable: PendingItem[] = [];
  const local: SyncRejection[] = [];
  for (const item of batch) {
    try {
      items.push(JSON.parse(item.payload));
      sendable.push(item);
    } catch {
      local.push(unreadable(item));
    }
  }
  let reply: SyncBatchResponse = { accepted: [], duplicates: [], rejected: [] };
  if (sendable.length > 0) {
    reply = await session.authorized(
      { method: 'POST', path: '/v1/sync/attempts', body: { attempts: items }, timeoutMs: options.timeoutMs },
      SyncBatchResponse,
    );
  }
  if (!options.stillWanted()) return { accepted: 0, duplicates: 0, rejected: 0, settled: 0 };
  const rejected = [...local, ...reply.rejected];
  const settled = await queue.settle(
    batch,
    { delivered: [...reply.accepted, ...reply.duplicates], rejected },
    options.now(),
  );
  return {
    accepted: reply.accepted.length,
    duplicates: reply.duplicates.length,
    rejected: rejected.length,
    settled,
  };
}
