import { describe, expect, it } from 'vitest';
import { shortDate } from '../../../shared/domain/reports/day-math';
import { formatDate, formatWhen } from '../../../renderer/src/app/format';

const NOW = new Date('2026-12-07T15:00:00Z');
const ago = (ms: number): string => new Date(NOW.getTime() - ms).toISOString();

describe('formatWhen, the one relative-time wording', () => {
  it('reads after a label: never "this minute", "in 0 minutes" or "1 minute ago" for seconds', () => {
    for (const ms of [0, 5_000, 59_000, -20_000]) expect(formatWhen(ago(ms), NOW, 'en-GB')).toBe('just now');
    expect(`Last practised ${formatWhen(ago(61_000), NOW, 'en-GB')}`).toBe('Last practised 1 minute ago');
    expect(formatWhen(ago(119_000), NOW, 'en-GB')).toBe('1 minute ago');
    expect(formatWhen(ago(5 * 3_600_000), NOW, 'en-GB')).toBe('5 hours ago');
    expect(formatWhen(ago(26 * 3_600_000), NOW, 'en-GB')).toBe('yesterday');
  });

  it('gives the date in the user locale after two weeks, as every other date is written', () => {
    const old = ago(30 * 86_400_000);
    // The day depends on the machine's time zone; the order of its parts on the locale.
    expect(formatWhen(old, NOW, 'en-GB')).toMatch(/^\d{1,2} Nov 2026$/);
    expect(formatWhen(old, NOW, 'en-US')).toMatch(/^Nov \d{1,2}, 2026$/);
    expect(formatDate(old, 'en-US')).toBe(formatWhen(old, NOW, 'en-US'));
  });
});

describe('days in the user locale', () => {
  it('writes a day as the locale does, with or without the year', () => {
    expect(shortDate('2026-11-26', true, 'en-GB')).toBe('26 Nov 2026');
    expect(shortDate('2026-11-26', true, 'en-US')).toBe('Nov 26, 2026');
    expect(shortDate('2026-11-26', false, 'en-US')).toBe('Nov 26');
    expect(shortDate('2026-11-26', true, 'de-DE')).toBe('26. Nov. 2026');
  });

  it('is the same day whatever the time zone (a day has none)', () => {
    expect(shortDate('2026-01-01', true, 'en-GB')).toBe('1 Jan 2026');
    expect(shortDate('2026-12-31', true, 'en-GB')).toBe('31 Dec 2026');
  });
});
