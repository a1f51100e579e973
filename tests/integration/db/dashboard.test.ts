import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardSummary } from '../../../electron/main/db/queries/dashboard';
import type { MainServices } from '../../../electron/main/services';
import { attemptRow, insertAttempts } from '../../helpers/attempts';
import { makeTempDir } from '../../helpers/temp-dir';
import { startTestServices } from '../../helpers/test-services';

const NOW = new Date(2026, 10, 26, 15, 0); // 26 Nov 2026, local time
const daysAgo = (n: number, hour = 10) => new Date(2026, 10, 26 - n, hour, 0);

describe('dashboard summary from SQLite', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;

  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path, () => NOW);
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  it('is an honest zero state with no attempts', async () => {
    const summary = await dashboardSummary(services.db, services.today());
    expect(summary).toEqual({
      totalAttempts: 0,
      averageScore: null,
      currentStreakDays: 0,
      longestStreakDays: 0,
      attemptsLast7Days: 0,
      averageLast7Days: null,
      lastPracticedAt: null,
      recent: [],
    });
  });

  it('counts attempts, averages, the week and streaks', async () => {
    await insertAttempts(services.db, [
      attemptRow({ at: daysAgo(0), overall: 80 }),
      attemptRow({ at: daysAgo(1), overall: 60 }),
      attemptRow({ at: daysAgo(2), overall: 70 }),
      attemptRow({ at: daysAgo(10), overall: 40 }),
      attemptRow({ at: daysAgo(11), overall: 50 }),
      attemptRow({ at: daysAgo(12), overall: 50 }),
      attemptRow({ at: daysAgo(13), overall: 50 }),
    ]);
    const summary = await dashboardSummary(services.db, services.today());
    expect(summary.totalAttempts).toBe(7);
    expect(summary.averageScore).toBe(57.1);
    expect(summary.attemptsLast7Days).toBe(3);
    expect(summary.averageLast7Days).toBe(70);
    expect(summary.currentStreakDays).toBe(3);
    expect(summary.longestStreakDays).toBe(4);
    expect(summary.lastPracticedAt).toBe(daysAgo(0).toISOString());
    expect(summary.recent.map((r) => r.overall)).toEqual([80, 60, 70, 40, 50]);
  });
});
