import { AiError } from './ai-error';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseMs: number;
  capMs: number;
}

// A server asking for a longer pause than this is better reported than waited on.
const MAX_RETRY_AFTER_MS = 60_000;

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseMs: 500, capMs: 8000 };

/** Full jitter (a random wait up to the exponential ceiling), so many clients do not retry in step. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AiError('cancelled', 'The request was cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AiError('cancelled', 'The request was cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `call` again on 429 and 5xx, waiting the server's Retry-After when it gave one (capped),
 * otherwise a full-jitter backoff. Any other failure, or the last attempt's, is thrown as is.
 */
export async function withRetries<T>(
  call: (attempt: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call(attempt);
    } catch (error) {
      const last = attempt + 1 >= policy.attempts;
      if (!(error instanceof AiError) || !error.retryable || last) throw error;
      if (error.retryAfterMs !== null && error.retryAfterMs > MAX_RETRY_AFTER_MS) throw error;
      const wait = error.retryAfterMs ?? backoffMs(policy, attempt);
      await sleep(wait, signal);
    }
  }
}
