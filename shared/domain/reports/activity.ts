import { computeStreaks } from '../stats/streak';
import { dayFromNumber, dayNumber, shiftDay, weekStart } from './day-math';
import type { Activity, ActivityDay } from './report-schema';

/** A calendar of whole weeks: 53 covers a year whichever weekday it ends on. */
export const CALENDAR_WEEKS = 53;

/**
 * The practice calendar ending on `to`: whole weeks (Monday first) so it draws as a grid, every
 * day listed with its count. Streaks use every practice day given, so a filter on the dates does
 * not invent a broken streak, and are measured against `today`.
 */
export function buildActivity(
  practice: readonly ActivityDay[],
  to: string,
  today: string,
  weeks = CALENDAR_WEEKS,
): Activity {
  const from = weekStart(shiftDay(to, -(weeks - 1) * 7));
  const counts = new Map<string, number>();
  for (const p of practice) if (p.attempts > 0) counts.set(p.day, (counts.get(p.day) ?? 0) + p.attempts);
  const days: ActivityDay[] = [];
  let attempts = 0;
  let activeDays = 0;
  let busiestDay: ActivityDay | null = null;
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) {
    const day = dayFromNumber(n);
    const count = counts.get(day) ?? 0;
    days.push({ day, attempts: count });
    if (count > 0) {
      attempts += count;
      activeDays++;
      if (!busiestDay || count > busiestDay.attempts) busiestDay = { day, attempts: count };
    }
  }
  const streaks = computeStreaks([...counts.keys()], today);
  return {
    days,
    from,
    to,
    activeDays,
    attempts,
    currentStreak: streaks.current,
    longestStreak: streaks.longest,
    busiestDay,
  };
}

/**
 * Heat-map intensity 0–4: 0 is no practice; a busy day's level is its place among the busy days
 * (the share of busy days with as many answers or fewer, in quarters), so the busiest is always 4
 * and one marathon day does not wash every other day out.
 */
export function activityLevels(days: readonly ActivityDay[]): number[] {
  const busy = days
    .map((d) => d.attempts)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const atMost = (n: number): number => {
    let lo = 0;
    let hi = busy.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((busy[mid] ?? 0) <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return days.map((d) => (d.attempts > 0 ? Math.max(1, Math.ceil((4 * atMost(d.attempts)) / busy.length)) : 0));
}
