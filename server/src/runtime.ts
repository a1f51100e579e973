import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { AppDeps } from './app';
import { createArgon2Hasher } from './auth/passwords';
import type { Config } from './config';
import { connectPGlite, connectPostgres, type DatabaseHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { createMailer } from './mail/create-mailer';

export interface Runtime {
  deps: AppDeps;
  /** One line per resource, for the start-up log. */
  summary: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Without TOKEN_SECRET a random one is generated once and kept in DATA_DIR, so sessions survive a
 * restart of a local run. Several instances must share a configured secret instead.
 */
function tokenSecretFor(config: Config): { secret: string; source: string } {
  if (config.tokenSecret) return { secret: config.tokenSecret, source: 'TOKEN_SECRET' };
  const file = path.resolve(config.dataDir, 'token-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return { secret: existing, source: file };
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: `${file} (generated)` };
}

async function openDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? connectPostgres({ url: config.databaseUrl, schema: config.databaseSchema, poolSize: config.databasePoolSize })
    : connectPGlite(path.resolve(config.dataDir, 'pglite'));
}

async function openRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // Fail fast rather than queue: a rate-limit check must not hang a request while Redis is away.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
  });
  await redis.connect();
  return redis;
}

/** Opens everything the app needs from the configuration: database (migrated), Redis, mail, hasher. */
export async function openRuntime(config: Config): Promise<Runtime> {
  mkdirSync(path.resolve(config.dataDir), { recursive: true, mode: 0o700 });
  const { secret, source } = tokenSecretFor(config);
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db, database.schema);
  } catch (error) {
    await database.close();
    throw error;
  }
  const redis = config.redisUrl ? await openRedis(config.redisUrl) : null;
  const mailer = createMailer(config);
  const passwords = await createArgon2Hasher(config.argon2);
  return {
    deps: { config, database, mailer, passwords, tokenSecret: secret, redis },
    summary: {
      database: database.dialect === 'pglite' ? `PGlite in ${path.resolve(config.dataDir, 'pglite')}` : 'PostgreSQL',
      redis: redis ? 'Redis (shared rate limits)' : 'none (in-memory rate limits, single instance)',
      mail: mailer.describe,
      googleSignIn: config.oidc ? `enabled (${config.oidc.issuer})` : 'disabled',
      tokenSecret: source,
    },
    close: async () => {
      await mailer.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
      await database.close();
    },
  };
}
