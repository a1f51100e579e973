/**
 * Arithmetic on local calendar days (YYYY-MM-DD). Days are counted in UTC so that no time zone
 * or daylight-saving change can move one; the day itself is already the user's local day.
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayFromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function shiftDay(day: string, delta: number): string {
  return dayFromNumber(dayNumber(day) + delta);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: string): number {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

/** The Monday of the day's week. */
export function weekStart(day: string): string {
  return shiftDay(day, -weekday(day));
}

/** Inclusive count of days from `from` to `to`. */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function monthName(day: string): string {
  return MONTHS[Number(day.slice(5, 7)) - 1] ?? '';
}

/** "3 Nov", or "3 Nov 2026" with the year. */
export function shortDate(day: string, withYear = false): string {
  const text = `${Number(day.slice(8, 10))} ${monthName(day)}`;
  return withYear ? `${text} ${day.slice(0, 4)}` : text;
}
