export interface BackoffPolicy {
  /** The ceiling of the first retry's delay. */
  baseMs: number;
  /** No retry waits longer than this (a Retry-After from the service may ask for more). */
  capMs: number;
}

/**
 * "Full jitter" (AWS Architecture Blog, Exponential Backoff and Jitter): a uniform delay between 0
 * and min(cap, base·2^(failures-1)), so many desktops coming back together do not retry in step.
 * A Retry-After from the service is a floor: never sooner than it asked.
 */
export function retryDelayMs(
  policy: BackoffPolicy,
  failures: number,
  retryAfterMs: number | null,
  random: () => number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}
