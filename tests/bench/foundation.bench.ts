import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../electron/main/db/connection';
import { migrateToLatest } from '../../electron/main/db/migrate';
import { dashboardSummary } from '../../electron/main/db/queries/dashboard';
import { addDays } from '../../shared/domain/stats/local-day';
import { makeTempDir } from '../helpers/temp-dir';
import { atMost, median, percentile, type BenchModule } from './bench-types';
import { QUESTION_CATEGORIES } from '../../shared/domain/questions/bank-schema';

function seedAttempts(file: string, count: number, today: string): void {
  const { sqlite } = openDatabase({ file });
  const insert = sqlite.prepare(
    `INSERT INTO attempts (id, question_text, category, mode, answer_text, overall, content_score, structure_score, language_score, evaluation, evaluator_kind, evaluator_version, local_day, created_at)
     VALUES (?, ?, ?, 'text', ?, ?, ?, ?, ?, '{}', 'local', 'bench', ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const day = addDays(today, -Math.floor((i / count) * 730));
      const score = 40 + ((i * 37) % 60);
      insert.run(
        randomUUID(),
        `Question ${i % 500}`,
        QUESTION_CATEGORIES[i % QUESTION_CATEGORIES.length],
        'An answer of moderate length.',
        score,
        score,
        score,
        score,
        day,
        `${day}T12:00:00.000Z`,
      );
    }
  })();
  sqlite.close();
}

const bench: BenchModule = {
  name: 'foundation',
  async run() {
    const dir = makeTempDir('intervyou-bench-');
    try {
      const coldTimes: number[] = [];
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        const handle = openDatabase({ file: path.join(dir.path, `cold-${i}.sqlite`) });
        await migrateToLatest(handle.db as Kysely<unknown>);
        coldTimes.push(performance.now() - started);
        await handle.close();
      }
      const file = path.join(dir.path, 'warm.sqlite');
      const first = openDatabase({ file });
      await migrateToLatest(first.db as Kysely<unknown>);
      await first.close();
      const today = '2026-11-26';
      seedAttempts(file, 100_000, today);

      const warmTimes: number[] = [];
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        const handle = openDatabase({ file });
        await migrateToLatest(handle.db as Kysely<unknown>);
        warmTimes.push(performance.now() - started);
        await handle.close();
      }

      const handle = openDatabase({ file });
      for (let i = 0; i < 5; i++) await dashboardSummary(handle.db, today);
      const queryTimes: number[] = [];
      for (let i = 0; i < 50; i++) {
        const started = performance.now();
        await dashboardSummary(handle.db, today);
        queryTimes.push(performance.now() - started);
      }
      await handle.close();
      return [
        atMost('start-up: open + migrate, new database (median)', median(coldTimes), 'ms', 150),
        atMost('start-up: open + migrate, existing 100k-attempt database (median)', median(warmTimes), 'ms', 150),
        atMost('dashboard queries together, 100k attempts (median)', median(queryTimes), 'ms', 20),
        atMost('dashboard queries together, 100k attempts (p95)', percentile(queryTimes, 95), 'ms', 20),
      ];
    } finally {
      dir.remove();
    }
  },
};

export default bench;
