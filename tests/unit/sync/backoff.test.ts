import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../electron/main/sync/backoff';

const policy = { baseMs: 5_000, capMs: 600_000 };

describe('sync retry delay (full jitter)', () => {
  it('draws from 0 up to base·2^(failures-1), capped', () => {
    expect(retryDelayMs(policy, 1, null, () => 0.999)).toBe(4_995);
    expect(retryDelayMs(policy, 4, null, () => 0.5)).toBe(20_000);
    expect(retryDelayMs(policy, 30, null, () => 0.999)).toBe(599_400);
    expect(retryDelayMs(policy, 3, null, () => 0)).toBe(0);
  });

  it("never retries sooner than the service's Retry-After, even past the cap", () => {
    expect(retryDelayMs(policy, 1, 60_000, () => 0.1)).toBe(60_000);
    expect(retryDelayMs(policy, 1, 3_600_000, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(policy, 12, 1_000, () => 0.5)).toBe(300_000);
  });
});
