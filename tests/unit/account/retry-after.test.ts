import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../electron/main/account/retry-after';

describe('Retry-After', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('reads delta-seconds and HTTP dates', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Mon, 07 Dec 2026 12:01:30 GMT', now)).toBe(90_000);
  });

  it('never waits a negative time, and ignores what it cannot read', () => {
    expect(retryAfterMs('Mon, 07 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs('-5', now)).toBeNull();
  });
});
