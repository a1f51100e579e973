import { describe, expect, it } from 'vitest';
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
    expect(formatWhen(old, NOW, 'en-GB')).toBe('7 Nov 2026');
    expect(formatWhen(old, NOW, 'en-US')).toBe('Nov 7, 2026');
    expect(formatDate(old, 'en-US')).toBe(formatWhen(old, NOW, 'en-US'));
  });
});
