import { describe, expect, it } from 'vitest';
import { BoardCache } from '../../server/src/leaderboard/board-cache';
import { buildSnapshot, rankOf, rankRows, type BoardSnapshot } from '../../server/src/leaderboard/board-snapshot';
import { statsDeltas, weekBucket, weekStartUtc } from '../../server/src/leaderboard/buckets';
import { manualClock } from './helpers/test-app';

describe('leaderboard ranks', () => {
  // Listed totals: 300, 200, 200, 150, 100, 100, 100.
  const snapshot = buildSnapshot(
    [],
    [
      { points: 300, users: 1 },
      { points: 200, users: 2 },
      { points: 150, users: 1 },
      { points: 100, users: 3 },
    ],
  );

  it('ranks any total against the board by competition ranking', () => {
    expect(rankOf(snapshot, 400)).toBe(1);
    expect(rankOf(snapshot, 300)).toBe(1);
    expect(rankOf(snapshot, 250)).toBe(2);
    expect(rankOf(snapshot, 200)).toBe(2);
    expect(rankOf(snapshot, 199)).toBe(4);
    expect(rankOf(snapshot, 100)).toBe(5);
    expect(rankOf(snapshot, 0)).toBe(8);
    expect(rankOf(buildSnapshot([], []), 50)).toBe(1);
  });

  it('gives tied rows one rank and skips the next', () => {
    expect(rankRows([{ points: 9 }, { points: 7 }, { points: 7 }, { points: 7 }, { points: 3 }])).toEqual([
      1, 2, 2, 2, 5,
    ]);
    expect(rankRows([])).toEqual([]);
  });
});

describe('leaderboard buckets', () => {
  it('starts weeks on Monday 00:00 UTC', () => {
    expect(weekStartUtc(new Date('2026-03-08T23:59:59Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(weekStartUtc(new Date('2026-03-09T00:00:00Z')).toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(weekBucket(new Date('2026-01-01T12:00:00Z'))).toBe('week:2025-12-29');
  });

  it('adds each attempt to its week and all time, in its category and in every category', () => {
    const deltas = statsDeltas([
      { category: 'product', score: 40, completedAt: new Date('2026-03-03T10:00:00Z') },
      { category: 'sales', score: 60, completedAt: new Date('2026-03-04T10:00:00Z') },
    ]);
    const byKey = Object.fromEntries(deltas.map((d) => [`${d.bucket}/${d.category}`, [d.points, d.attempts]]));
    expect(byKey).toEqual({
      'all/*': [100, 2],
      'all/product': [40, 1],
      'all/sales': [60, 1],
      'week:2026-03-02/*': [100, 2],
      'week:2026-03-02/product': [40, 1],
      'week:2026-03-02/sales': [60, 1],
    });
  });
});

describe('board cache', () => {
  const board = (total: number): BoardSnapshot => buildSnapshot([], [{ points: 10, users: total }]);

  it('reads a board once per time-to-live, sharing the first read between concurrent requests', async () => {
    const clock = manualClock();
    let reads = 0;
    const cache = new BoardCache(5000, clock, async () => {
      reads += 1;
      return board(reads);
    });
    const [a, b] = await Promise.all([cache.get('all', '*'), cache.get('all', '*')]);
    expect(reads).toBe(1);
    expect(a).toBe(b);
    clock.advance(4999);
    expect((await cache.get('all', '*')).total).toBe(1);
    await cache.get('all', 'sales');
    expect(reads).toBe(2);
  });

  it('answers from the previous board while a due board is re-read, then serves the new one', async () => {
    const clock = manualClock();
    let reads = 0;
    let release: () => void = () => {};
    const cache = new BoardCache(5000, clock, async () => {
      reads += 1;
      if (reads > 1) await new Promise<void>((resolve) => (release = resolve));
      return board(reads);
    });
    expect((await cache.get('all', '*')).total).toBe(1);
    clock.advance(5000);
    // Due: this request starts the re-read but does not wait for it; nor do the ones after it.
    expect((await cache.get('all', '*')).total).toBe(1);
    expect((await cache.get('all', '*')).total).toBe(1);
    expect(reads).toBe(2);
    release();
    await cache.settled();
    expect((await cache.get('all', '*')).total).toBe(2);
  });

  it('re-reads boards that fall due together one at a time', async () => {
    const clock = manualClock();
    let running = 0;
    let most = 0;
    let reads = 0;
    const cache = new BoardCache(5000, clock, async (_bucket, category) => {
      reads += 1;
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return board(category.length);
    });
    const categories = ['*', 'sales', 'product', 'leadership'];
    await Promise.all(categories.map((c) => cache.get('all', c)));
    expect(most).toBe(4);
    most = 0;
    clock.advance(5000);
    for (const c of categories) expect((await cache.get('all', c)).total).toBe(c.length);
    await cache.settled();
    expect(reads).toBe(8);
    expect(most).toBe(1);
  });

  it('keeps serving the previous board when a re-read fails, and does not keep a failed first read', async () => {
    const clock = manualClock();
    let fail = false;
    let reads = 0;
    const cache = new BoardCache(5000, clock, async () => {
      reads += 1;
      if (fail) throw new Error('database away');
      return board(reads);
    });
    expect((await cache.get('all', '*')).total).toBe(1);
    fail = true;
    clock.advance(5000);
    expect((await cache.get('all', '*')).total).toBe(1);
    await cache.settled();
    expect((await cache.get('all', '*')).total).toBe(1);

    await expect(cache.get('week:2026-03-02', '*')).rejects.toThrow('database away');
    fail = false;
    expect((await cache.get('week:2026-03-02', '*')).total).toBeGreaterThan(0);
  });

  it('reads every time when the time-to-live is 0', async () => {
    let reads = 0;
    const cache = new BoardCache(0, manualClock(), async () => board(++reads));
    await cache.get('all', '*');
    await cache.get('all', '*');
    expect(reads).toBe(2);
  });
});
