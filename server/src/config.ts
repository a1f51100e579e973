import { z } from 'zod';

/** argon2id floor: OWASP's minimum (19 MiB, 2 passes, 1 lane). Configuration may raise, never lower. */
export const ARGON2_FLOOR = { memoryKiB: 19_456, timeCost: 2, parallelism: 1 } as const;

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Fastify's trustProxy: "true", a hop count, or a comma list of addresses/CIDRs of the proxies. */
const trustProxy = z.string().transform((v): boolean | number | string[] => {
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
});

const httpUrl = z.url({ protocol: /^https?$/ });

/** Every environment variable the service reads; server/README.md documents each one. */
const Env = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: int(0, 65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: httpUrl.optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lowercase SQL identifier')
    .optional(),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  DATA_DIR: z.string().min(1).default('.data/server'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_KEY_PREFIX: z.string().max(64).default('intervyou:'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('IntervYou <no-reply@intervyou.local>'),
  OIDC_ISSUER: httpUrl.default('https://accounts.google.com'),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  CORS_ORIGINS: list.default([]),
  TOKEN_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SEC: int(60, 3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: int(1, 365).default(30),
  ARGON2_MEMORY_KIB: int(ARGON2_FLOOR.memoryKiB, 4 * 1024 * 1024).default(ARGON2_FLOOR.memoryKiB),
  ARGON2_TIME_COST: int(ARGON2_FLOOR.timeCost, 20).default(ARGON2_FLOOR.timeCost),
  ARGON2_PARALLELISM: int(ARGON2_FLOOR.parallelism, 16).default(ARGON2_FLOOR.parallelism),
  TRUST_PROXY: trustProxy.default(false),
  BODY_LIMIT_BYTES: int(1024, 10 * 1024 * 1024).default(256 * 1024),
  RATE_LIMIT_GLOBAL_PER_MIN: int(1, 1_000_000).default(600),
  RATE_LIMIT_AUTH_PER_MIN: int(1, 1_000_000).default(30),
  RATE_LIMIT_EMAIL_PER_15_MIN: int(1, 1_000_000).default(10),
  RATE_LIMIT_RESET_PER_HOUR: int(1, 1_000_000).default(5),
  RATE_LIMIT_SYNC_PER_MIN: int(1, 1_000_000).default(60),
  SIGN_IN_FREE_FAILURES: int(1, 1000).default(5),
  SIGN_IN_MAX_DELAY_SEC: int(1, 86_400).default(900),
  LEADERBOARD_CACHE_MS: int(0, 300_000).default(5000),
  TOKEN_VERSION_CACHE_MS: int(0, 60_000).default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset: on, except when NODE_ENV=production. */
  DOCS_ENABLED: bool.optional(),
});

export interface RateLimits {
  /** Per client IP, every route except /health and /ready. */
  globalPerMinute: number;
  /** Per client IP, summed over the sign-in and reset endpoints. */
  authPerMinute: number;
  /** Per email address: reset-code confirmations. */
  emailPer15Minutes: number;
  /** Per email address: reset codes sent. */
  resetRequestsPerHour: number;
  /** Per user: sync requests. */
  syncPerMinute: number;
  /** Wrong passwords per (account, client IP) before that client waits, 1 s doubling up to signInMaxDelaySec. */
  signInFreeFailures: number;
  signInMaxDelaySec: number;
}

export interface Config {
  env: string;
  port: number;
  host: string;
  /** Where browsers reach this service; the OIDC callback is built from it. */
  publicUrl: string;
  databaseUrl: string | null;
  databaseSchema: string | null;
  databasePoolSize: number;
  dataDir: string;
  redisUrl: string | null;
  redisKeyPrefix: string;
  smtpUrl: string | null;
  mailFrom: string;
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
  corsOrigins: string[];
  /** null: generate one and keep it in DATA_DIR (single-instance development only). */
  tokenSecret: string | null;
  accessTokenTtlSec: number;
  refreshTokenTtlDays: number;
  argon2: { memoryKiB: number; timeCost: number; parallelism: number };
  trustProxy: boolean | number | string[];
  bodyLimitBytes: number;
  rateLimits: RateLimits;
  /** How long an instance reuses a leaderboard board; 0 reads it for every request. */
  leaderboardCacheMs: number;
  /** How long an instance trusts its copy of a user's token version (sign-out reaches other instances within it). */
  tokenVersionCacheMs: number;
  logLevel: string;
  docsEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once at start-up; an invalid value stops the process with every problem listed. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const production = e.NODE_ENV === 'production';

  if ((e.OIDC_CLIENT_ID === undefined) !== (e.OIDC_CLIENT_SECRET === undefined)) {
    problems.push('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set both or neither');
  }
  if (production && !e.TOKEN_SECRET) {
    problems.push('TOKEN_SECRET: required when NODE_ENV=production (every instance must share it)');
  }
  if (production && !e.PUBLIC_URL) {
    problems.push('PUBLIC_URL: required when NODE_ENV=production');
  }
  if (problems.length) throw new ConfigError(problems);

  const localHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://${localHost}:${e.PORT}`).replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL ?? null,
    databaseSchema: e.DATABASE_SCHEMA ?? null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    redisUrl: e.REDIS_URL ?? null,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    oidc:
      e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? { issuer: e.OIDC_ISSUER.replace(/\/+$/, ''), clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET }
        : null,
    corsOrigins: e.CORS_ORIGINS,
    tokenSecret: e.TOKEN_SECRET ?? null,
    accessTokenTtlSec: e.ACCESS_TOKEN_TTL_SEC,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    argon2: { memoryKiB: e.ARGON2_MEMORY_KIB, timeCost: e.ARGON2_TIME_COST, parallelism: e.ARGON2_PARALLELISM },
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    rateLimits: {
      globalPerMinute: e.RATE_LIMIT_GLOBAL_PER_MIN,
      authPerMinute: e.RATE_LIMIT_AUTH_PER_MIN,
      emailPer15Minutes: e.RATE_LIMIT_EMAIL_PER_15_MIN,
      resetRequestsPerHour: e.RATE_LIMIT_RESET_PER_HOUR,
      syncPerMinute: e.RATE_LIMIT_SYNC_PER_MIN,
      signInFreeFailures: e.SIGN_IN_FREE_FAILURES,
      signInMaxDelaySec: e.SIGN_IN_MAX_DELAY_SEC,
    },
    leaderboardCacheMs: e.LEADERBOARD_CACHE_MS,
    tokenVersionCacheMs: e.TOKEN_VERSION_CACHE_MS,
    logLevel: e.LOG_LEVEL,
    docsEnabled: e.DOCS_ENABLED ?? !production,
  };
}
