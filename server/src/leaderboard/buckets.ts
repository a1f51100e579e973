/** Leaderboard totals are kept per bucket: all time, and each UTC ISO week (Monday to Sunday). */
export const ALL_TIME = 'all';
/** The category key of the row that totals every category. */
export const ALL_CATEGORIES = '*';

const DAY_MS = 86_400_000;

/** Monday 00:00 UTC of the week holding `at`. */
export function weekStartUtc(at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const daysSinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS);
}

export function weekBucket(at: Date): string {
  return `week:${weekStartUtc(at).toISOString().slice(0, 10)}`;
}

export interface StatsDelta {
  bucket: string;
  category: string;
  points: number;
  attempts: number;
}

/** Each attempt adds to four rows: (all time | its week) × (its category | every category). */
export function statsDeltas(
  attempts: ReadonlyArray<{ category: string; score: number; completedAt: Date }>,
): StatsDelta[] {
  const totals = new Map<string, StatsDelta>();
  for (const attempt of attempts) {
    for (const bucket of [ALL_TIME, weekBucket(attempt.completedAt)]) {
      for (const category of [ALL_CATEGORIES, attempt.category]) {
        const key = `${bucket}\u0000${category}`;
        const row = totals.get(key) ?? { bucket, category, points: 0, attempts: 0 };
        row.points += attempt.score;
        row.attempts += 1;
        totals.set(key, row);
      }
    }
  }
  return [...totals.values()];
}
