import { addDays } from './local-day';

export interface Streaks {
  current: number;
  longest: number;
}

/**
 * Streaks over practice days (YYYY-MM-DD, any order, duplicates allowed). The current streak
 * survives until the end of the day after the last practice, so it is not broken at breakfast.
 */
export function computeStreaks(days: readonly string[], today: string): Streaks {
  const unique = [...new Set(days)].sort();
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of unique) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const last = unique.at(-1);
  const current = last === today || last === addDays(today, -1) ? run : 0;
  return { current, longest };
}
