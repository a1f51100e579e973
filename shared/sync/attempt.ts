import { z } from 'zod';

/** Most attempts one sync request may carry; the desktop engine splits its outbox into batches this size. */
export const MAX_SYNC_BATCH = 500;

/** How far in the future a completedAt may be before it is treated as a wrong clock, not skew. */
export const COMPLETED_AT_MAX_SKEW_MS = 5 * 60_000;

/** No IntervYou attempt predates this; an earlier completedAt is a broken clock or a forged item. */
export const COMPLETED_AT_EARLIEST = '2024-01-01T00:00:00.000Z';

/** More attempts than this finishing within one minute is not something a person can do. */
export const MAX_ATTEMPTS_PER_MINUTE = 10;

export const AttemptMode = z.enum(['text', 'audio', 'video']);
export type AttemptMode = z.infer<typeof AttemptMode>;

/** Category slugs as in the question bank ("system-design"); open-ended so a newer desktop can add one. */
export const CategorySlug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase slug such as "system-design"');

/**
 * One practice attempt as the desktop syncs it: scores, category, question id and times only —
 * never the answer text or a recording. Unknown keys are dropped, so a newer desktop may send more.
 */
export const SyncAttempt = z.object({
  /** Generated on the desktop; the idempotency key of the sync. */
  id: z.uuid(),
  questionId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only'),
  category: CategorySlug,
  score: z.number().int().min(0).max(100),
  mode: AttemptMode,
  /** Seconds spent answering; stored rounded to whole seconds. */
  durationSec: z
    .number()
    .min(0)
    .max(4 * 3600),
  completedAt: z.iso.datetime({ offset: true }),
});
export type SyncAttempt = z.infer<typeof SyncAttempt>;

/**
 * The envelope is checked strictly, the items loosely: a bad item is rejected on its own without
 * failing the rest of the batch.
 */
export const SyncBatchRequest = z.strictObject({
  attempts: z.array(z.unknown()).min(1).max(MAX_SYNC_BATCH),
});
export type SyncBatchRequest = z.infer<typeof SyncBatchRequest>;

export const SyncRejectReason = z.enum([
  'invalid',
  'score_out_of_range',
  'completed_in_future',
  'completed_too_early',
  'too_many_per_minute',
]);
export type SyncRejectReason = z.infer<typeof SyncRejectReason>;

export const SyncRejection = z.object({
  /** The item's id as sent, or null when it had none usable. */
  id: z.string().nullable(),
  reason: SyncRejectReason,
  message: z.string(),
});
export type SyncRejection = z.infer<typeof SyncRejection>;

export const SyncBatchResponse = z.object({
  /** Stored now. */
  accepted: z.array(z.uuid()),
  /** Already stored by an earlier request (or repeated in this one): safe to drop from the outbox. */
  duplicates: z.array(z.uuid()),
  /** Never going to be accepted as sent: drop or fix, do not retry unchanged. */
  rejected: z.array(SyncRejection),
});
export type SyncBatchResponse = z.infer<typeof SyncBatchResponse>;
