import type { SyncRejectionItem } from '../../../../shared/ipc/channels/sync';

/** The account service's reasons (server/src/sync/check-item.ts), in words a candidate can act on. */
const WORDS: Record<string, string> = {
  completed_in_future: 'The service thinks this answer is from the future: check the clock and date on this computer.',
  completed_too_early:
    'The answer is dated before the service accepts answers: check the clock and date on this computer.',
  score_out_of_range: 'Its score is outside 0–100, so the service cannot count it.',
  too_many_per_minute: 'Too many answers arrived within one minute; the service counts only so many.',
};

/** Why an answer was refused: known reasons in plain words, others as the service put them. */
export function rejectionWords(item: Pick<SyncRejectionItem, 'reason' | 'message'>): string {
  return WORDS[item.reason] ?? `The service refused it: ${item.message}`;
}
