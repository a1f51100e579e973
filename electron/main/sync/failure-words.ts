import { isServiceError } from '../account/service-error';

/** What the sync status says about a failed run, in words a user can act on. */
export function syncFailureWords(error: unknown): string {
  if (!isServiceError(error)) {
    return `Scores could not be synced: ${error instanceof Error ? error.message : String(error)}`;
  }
  switch (error.kind) {
    case 'offline':
      return 'The account service could not be reached. Scores will be sent when it can be.';
    case 'server':
      return error.status === 429
        ? 'The account service asked IntervYou to wait. Scores will be sent shortly.'
        : `The account service had a problem${error.status ? ` (HTTP ${error.status})` : ''}. Scores will be sent later.`;
    case 'bad-reply':
      return 'The account service sent a reply IntervYou could not read. Scores will be sent later.';
    case 'signed-out':
      return error.message || 'Sign in to sync your scores.';
    case 'no-server':
      return 'No account service is set: add its address in Settings → Account and sync.';
    case 'rejected':
      return `The account service refused the upload: ${error.message}`;
  }
}
