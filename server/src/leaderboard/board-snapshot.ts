import type { RankedRow } from '../db/queries/leaderboard-stats';

/** One board (bucket × category) as read at one moment: its top rows and a points histogram. */
export interface BoardSnapshot {
  top: RankedRow[];
  /** Distinct points totals of listed users, highest first. */
  points: number[];
  /** above[i]: listed users with more points than points[i]. */
  above: number[];
  /** All listed users on the board. */
  total: number;
}

export function buildSnapshot(
  top: RankedRow[],
  histogram: ReadonlyArray<{ points: number; users: number }>,
): BoardSnapshot {
  const points: number[] = [];
  const above: number[] = [];
  let total = 0;
  for (const row of histogram) {
    points.push(row.points);
    above.push(total);
    total += row.users;
  }
  return { top, points, above, total };
}

/** Competition rank a total would have on the board: 1 + listed users with more points. */
export function rankOf(snapshot: BoardSnapshot, points: number): number {
  // First index whose total is not above `points` (totals are descending).
  let lo = 0;
  let hi = snapshot.points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((snapshot.points[mid] ?? 0) > points) lo = mid + 1;
    else hi = mid;
  }
  return 1 + (lo < snapshot.points.length ? (snapshot.above[lo] ?? 0) : snapshot.total);
}

/** Competition ranks for rows already in points order: ties share a rank, the next one skips. */
export function rankRows(rows: ReadonlyArray<{ points: number }>): number[] {
  const ranks: number[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const previousRank = ranks[i - 1];
    ranks.push(
      previous !== undefined && previousRank !== undefined && previous.points === row.points ? previousRank : i + 1,
    );
  });
  return ranks;
}
