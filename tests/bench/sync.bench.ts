// Score sync from the desktop side: 10,000 pending answers pushed to the account service (its own
// process, embedded PGlite), the main process's event-loop delay meanwhile, and start-up (open +
// migrate) of a data folder holding them.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { syncItemFor } from '../../electron/main/attempts/sync-item';
import { openDatabase } from '../../electron/main/db/connection';
import { migrateToLatest } from '../../electron/main/db/migrate';
import { createSecretStore } from '../../electron/main/secrets/secret-store';
import { syncEngineFor } from '../../electron/main/sync/sync-for-services';
import { QUESTION_CATEGORIES } from '../../shared/domain/questions/bank-schema';
import { attemptRow } from '../helpers/attempts';
import { testSecretService } from '../helpers/keychain';
import { makeTempDir } from '../helpers/temp-dir';
import { startTestServices } from '../helpers/test-services';
import { atMost, median, round, type BenchModule } from './bench-types';
import { confirmationCode, spawnAccountService } from './service-process';

const PENDING = 10_000;
const PASSWORD = 'correct horse battery staple';

/** PENDING answers with their outbox rows, 7 s apart (the service takes at most 10 a minute), in one transaction. */
function seedPending(sqlite: ReturnType<typeof openDatabase>['sqlite'], end: Date): void {
  const attempt = sqlite.prepare(
    `INSERT INTO attempts (id, question_text, category, mode, answer_text, overall, evaluation, evaluator_kind,
       evaluator_version, local_day, created_at) VALUES (@id, @question_text, @category, @mode, @answer_text, @overall,
       @evaluation, @evaluator_kind, @evaluator_version, @local_day, @created_at)`,
  );
  const outbox = sqlite.prepare(
    `INSERT INTO outbox (entity, entity_id, op, payload, created_at) VALUES ('attempt', ?, 'upsert', ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < PENDING; i++) {
      const row = attemptRow({
        at: new Date(end.getTime() - 60_000 - (PENDING - i) * 7_000),
        overall: 30 + ((i * 37) % 70),
        category: QUESTION_CATEGORIES[i % QUESTION_CATEGORIES.length],
        question_text: `Question ${i % 400}`,
      });
      attempt.run(row);
      outbox.run(row.id, JSON.stringify(syncItemFor(row)), row.created_at);
    }
  })();
}

async function register(url: string, serviceDir: string): Promise<string> {
  const email = `bench-sync-${randomBytes(4).toString('hex')}@example.com`;
  const post = (route: string, body: unknown) =>
    fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/v1/auth/register', { email, password: PASSWORD, displayName: 'Bench' });
  const confirmed = await post('/v1/auth/register/confirm', { email, code: await confirmationCode(serviceDir, email) });
  if (confirmed.status !== 201) throw new Error(`registration failed: ${confirmed.status}`);
  return email;
}

const bench: BenchModule = {
  name: 'sync',
  async run() {
    const serviceDir = mkdtempSync(path.join(tmpdir(), 'intervyou-sync-bench-service-'));
    const dir = makeTempDir('intervyou-sync-bench-');
    const server = await spawnAccountService({
      DATA_DIR: serviceDir,
      HOST: '127.0.0.1',
      RATE_LIMIT_GLOBAL_PER_MIN: '1000000',
      RATE_LIMIT_AUTH_PER_MIN: '1000000',
      RATE_LIMIT_EMAIL_PER_15_MIN: '1000000',
      RATE_LIMIT_SYNC_PER_MIN: '1000000',
    });
    try {
      const email = await register(server.url, serviceDir);
      // One keychain (memory where none answers) for both runs of the app below.
      const secrets = createSecretStore({ service: testSecretService() });
      const first = await startTestServices(dir.path, undefined, { secrets });
      first.settings.update({ sync: { serverUrl: server.url } });
      await first.account.signIn({ email, password: PASSWORD });
      seedPending(first.database.sqlite, new Date());
      await first.close();

      const file = path.join(dir.path, 'intervyou.sqlite');
      const startTimes: number[] = [];
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        const handle = openDatabase({ file });
        await migrateToLatest(handle.db as Kysely<unknown>);
        startTimes.push(performance.now() - started);
        await handle.close();
      }

      const services = await startTestServices(dir.path, undefined, { secrets });
      try {
        const engine = syncEngineFor(services);
        const statusStarted = performance.now();
        const before = await engine.status();
        const statusMs = performance.now() - statusStarted;
        if (before.pending !== PENDING) throw new Error(`expected ${PENDING} pending, found ${before.pending}`);

        // The same measure over two idle seconds: on a shared, loaded machine the scheduler alone
        // delays the loop, and the figures below mean something only next to this one.
        const idle = monitorEventLoopDelay({ resolution: 10 });
        idle.enable();
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        idle.disable();

        const delay = monitorEventLoopDelay({ resolution: 10 });
        delay.enable();
        const started = performance.now();
        const report = await engine.push();
        const wallMs = performance.now() - started;
        delay.disable();
        if (report.error !== null || report.pushed !== PENDING) {
          throw new Error(`sync did not finish: ${JSON.stringify({ ...report, error: String(report.error) })}`);
        }
        return [
          { metric: `sync ${PENDING} pending answers to the local service (wall)`, value: round(wallMs), unit: 'ms' },
          { metric: 'sync throughput', value: round(PENDING / (wallMs / 1000)), unit: 'attempts/s' },
          atMost('main-process event-loop delay while syncing (p99)', delay.percentile(99) / 1e6, 'ms', 50),
          atMost('main-process event-loop delay while syncing (max)', delay.max / 1e6, 'ms', 50),
          {
            metric: 'event-loop delay, idle baseline on this machine (p99)',
            value: round(idle.percentile(99) / 1e6),
            unit: 'ms',
          },
          { metric: 'event-loop delay, idle baseline on this machine (max)', value: round(idle.max / 1e6), unit: 'ms' },
          atMost(`start-up: open + migrate with ${PENDING} pending (median)`, median(startTimes), 'ms', 150),
          { metric: `sync status with ${PENDING} pending (first read)`, value: round(statusMs), unit: 'ms' },
        ];
      } finally {
        await services.close();
      }
    } finally {
      server.child.kill('SIGTERM');
      dir.remove();
      rmSync(serviceDir, { recursive: true, force: true });
    }
  },
};

export default bench;
