import { describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../../shared/domain/stats/local-day';
import { computeStreaks } from '../../../shared/domain/stats/streak';

describe('computeStreaks', () => {
  it('is zero with no practice', () => {
    expect(computeStreaks([], '2026-11-26')).toEqual({ current: 0, longest: 0 });
  });

  it('counts consecutive days ending today', () => {
    expect(computeStreaks(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-26'], '2026-11-26')).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it('keeps the streak alive until the end of the day after the last practice', () => {
    expect(computeStreaks(['2026-11-24', '2026-11-25'], '2026-11-26').current).toBe(2);
    expect(computeStreaks(['2026-11-24', '2026-11-25'], '2026-11-27').current).toBe(0);
  });

  it('remembers the longest run after a break', () => {
    const days = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-11-25', '2026-11-26'];
    expect(computeStreaks(days, '2026-11-26')).toEqual({ current: 2, longest: 4 });
  });

  it('crosses month and year ends', () => {
    expect(computeStreaks(['2025-12-31', '2026-01-01', '2026-01-02'], '2026-01-02').current).toBe(3);
    expect(computeStreaks(['2024-02-28', '2024-02-29', '2024-03-01'], '2024-03-01').current).toBe(3);
  });
});

describe('day helpers', () => {
  it('formats the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('adds days across DST-free calendar arithmetic', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
