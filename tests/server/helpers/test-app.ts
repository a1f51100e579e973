import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { buildApp } from '../../../server/src/app';
import { createArgon2Hasher, type PasswordHasher } from '../../../server/src/auth/passwords';
import type { Clock } from '../../../server/src/clock';
import { loadConfig, type Config } from '../../../server/src/config';
import type { DatabaseHandle } from '../../../server/src/db/connect';
import { createMailer } from '../../../server/src/mail/create-mailer';
import type { Mailer, MailMessage } from '../../../server/src/mail/mailer';

export interface TestApp {
  app: FastifyInstance;
  url: string;
  config: Config;
  /** Every log line the app wrote, at trace level. */
  logs: string[];
  dataDir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  database: DatabaseHandle;
  /** Environment variables, as the service reads them. */
  env?: Record<string, string>;
  smtpUrl?: string;
  clock?: Clock;
  redis?: Redis | null;
  passwords?: PasswordHasher;
  tokenSecret?: string;
  mailer?: Mailer;
  /** Listen on this port (when PUBLIC_URL must be known in advance); a random one otherwise. */
  port?: number;
}

/** What each running test app has sent, by its URL, so helpers can read a code from any of them. */
const sentByUrl = new Map<string, MailMessage[]>();

export function sentMail(baseUrl: string): MailMessage[] {
  const sent = sentByUrl.get(baseUrl);
  if (!sent) throw new Error(`no test app at ${baseUrl}`);
  return sent;
}

/** Passes every message on (to SMTP or files, as configured) and keeps a copy. */
function recording(inner: Mailer, sent: MailMessage[]): Mailer {
  return {
    describe: inner.describe,
    send: async (message) => {
      await inner.send(message);
      sent.push(message);
    },
    close: () => inner.close(),
  };
}

let sharedHasher: Promise<PasswordHasher> | null = null;

/** argon2id at the production floor: the hasher tests run with is the real one. */
export function realHasher(): Promise<PasswordHasher> {
  sharedHasher ??= createArgon2Hasher({ memoryKiB: 19_456, timeCost: 2, parallelism: 1 });
  return sharedHasher;
}

/** The real app on a loopback port, with its logs captured instead of printed. */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intervyou-server-test-'));
  const config = loadConfig({
    LOG_LEVEL: 'trace',
    DATA_DIR: dataDir,
    // High by default so only the rate-limit tests meet a limit.
    RATE_LIMIT_GLOBAL_PER_MIN: '100000',
    RATE_LIMIT_AUTH_PER_MIN: '100000',
    RATE_LIMIT_EMAIL_PER_15_MIN: '100000',
    RATE_LIMIT_RESET_PER_HOUR: '100000',
    RATE_LIMIT_SYNC_PER_MIN: '100000',
    // Tests read their own writes at once; the cache has tests of its own.
    LEADERBOARD_CACHE_MS: '0',
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...options.env,
  });
  const logs: string[] = [];
  const sent: MailMessage[] = [];
  const app = await buildApp({
    config,
    database: options.database,
    mailer: recording(options.mailer ?? createMailer(config), sent),
    passwords: options.passwords ?? (await realHasher()),
    tokenSecret: options.tokenSecret ?? randomBytes(32).toString('hex'),
    redis: options.redis ?? null,
    ...(options.clock ? { clock: options.clock } : {}),
    logDestination: { write: (line) => void logs.push(line) },
  });
  const url = await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  sentByUrl.set(url, sent);
  return {
    app,
    url,
    config,
    logs,
    dataDir,
    close: async () => {
      await app.close();
      sentByUrl.delete(url);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A clock tests can move forward. */
export function manualClock(start = new Date()): Clock & { advance(ms: number): void; set(d: Date): void } {
  let now = start.getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance: (ms: number) => {
      now += ms;
    },
    set: (d: Date) => {
      now = d.getTime();
    },
  });
}
