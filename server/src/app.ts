import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Redis } from 'ioredis';
import { createAccount } from './account/account';
import { createAccessTokens } from './auth/access-tokens';
import { createAccounts } from './auth/accounts';
import { createGoogleSignIn } from './auth/google/google-signin';
import { createOidcClient } from './auth/google/oidc-client';
import { createPasswordReset } from './auth/password-reset';
import type { PasswordHasher } from './auth/passwords';
import { deriveKeys } from './auth/secrets';
import { createSessions } from './auth/sessions';
import { createSignInThrottle } from './auth/sign-in-throttle';
import { createTokenVersions } from './auth/token-versions';
import { BackgroundTasks } from './background';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import type { DatabaseHandle } from './db/connect';
import { deleteExpired } from './db/queries/housekeeping';
import { createAuthenticator } from './http/bearer';
import { installErrorHandling } from './http/errors';
import { installRateLimits } from './http/rate-limits';
import { createLeaderboard } from './leaderboard/read-leaderboard';
import type { Mailer } from './mail/mailer';
import { registerAuthRoutes } from './routes/auth';
import { registerGoogleRoutes } from './routes/google';
import { registerHealthRoutes } from './routes/health';
import { registerLeaderboardRoutes } from './routes/leaderboard';
import { registerMeRoutes } from './routes/me';
import { registerSyncRoutes } from './routes/sync';
import type { Services } from './services';
import { createAttemptSync } from './sync/sync-attempts';

export interface LogDestination {
  write(line: string): void;
}

export interface AppDeps {
  config: Config;
  /** Migrated already; buildApp does not close it (the caller that opened it does). */
  database: DatabaseHandle;
  mailer: Mailer;
  passwords: PasswordHasher;
  /** The resolved TOKEN_SECRET (generated and kept in DATA_DIR when not configured). */
  tokenSecret: string;
  redis?: Redis | null;
  clock?: Clock;
  /** Where log lines go (tests capture them); stdout otherwise. */
  logDestination?: LogDestination;
}

const VERSION = '0.1.0';
const SWEEP_INTERVAL_MS = 10 * 60_000;

function loggerOptions(config: Config, destination: LogDestination | undefined): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    // Tokens travel in this header; reset codes and passwords travel in bodies, which are never logged.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: {
      // Paths only: query strings carry the provider's authorization codes and OAuth state.
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        remoteAddress: req.ip,
      }),
    },
    ...(destination ? { stream: destination } : {}),
  };
}

/** A hop count trusts that many proxies nearest to us (Fastify's typings lack the number form). */
function trustProxyOption(
  value: Config['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/** The whole HTTP service, ready to listen or to be driven by tests. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, mailer, passwords } = deps;
  const clock = deps.clock ?? systemClock;
  const redis = deps.redis ?? null;

  const app = Fastify({
    logger: loggerOptions(config, deps.logDestination),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: trustProxyOption(config.trustProxy),
    return503OnClosing: true,
    // One access-log line per request (below) instead of Fastify's two.
    disableRequestLogging: true,
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        // Paths only: query strings carry the provider's authorization codes and OAuth state.
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ip: request.ip,
      },
      'request',
    );
  });

  // Route schemas exist for the OpenAPI document; zod validates in the handlers and the replies
  // are plain JSON, so Fastify's own (ajv, fast-json-stringify) compilers are switched off.
  app.setValidatorCompiler(() => (value) => ({ value }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  installErrorHandling(app);
  // JSON only: a text/plain body would otherwise reach the handlers as a string.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  const allowed = new Set(config.corsOrigins);
  await app.register(cors, {
    // An allowlist of exact origins; the desktop app itself calls from its main process, without CORS.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['content-type', 'authorization'],
    maxAge: 600,
  });

  const limits = await installRateLimits(app, config.rateLimits, redis, config.redisKeyPrefix);

  if (config.docsEnabled) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'IntervYou account service',
          version: VERSION,
          description: 'Accounts, sign-in, score sync and the leaderboard. Never receives answer text or recordings.',
        },
        servers: [{ url: config.publicUrl }],
        components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  }

  const keys = deriveKeys(deps.tokenSecret);
  const access = createAccessTokens(keys.accessToken, config.accessTokenTtlSec, clock);
  const versions = createTokenVersions(database.db, clock, config.tokenVersionCacheMs);
  const background = new BackgroundTasks(app.log);
  const db = database.db;
  const services: Services = {
    database,
    redis,
    auth: createAuthenticator(access, versions),
    limits,
    signInThrottle: createSignInThrottle(
      {
        freeFailures: config.rateLimits.signInFreeFailures,
        baseDelayMs: 1000,
        maxDelayMs: config.rateLimits.signInMaxDelaySec * 1000,
      },
      redis,
      config.redisKeyPrefix,
      clock,
      (error) => app.log.warn({ err: error }, 'sign-in throttle store unavailable; not throttling'),
    ),
    accounts: createAccounts(db, passwords, mailer, keys.otp, clock),
    sessions: createSessions(db, access, config.refreshTokenTtlDays, keys.refreshSuccessor, versions, clock),
    passwordReset: createPasswordReset(db, passwords, mailer, keys.otp, versions, clock),
    google: config.oidc
      ? createGoogleSignIn(
          db,
          createOidcClient(config.oidc, clock),
          `${config.publicUrl}/v1/auth/google/callback`,
          clock,
          app.log,
          versions,
        )
      : null,
    account: createAccount(db, clock),
    sync: createAttemptSync(db, clock),
    leaderboard: createLeaderboard(db, clock, config.leaderboardCacheMs),
    background,
  };

  registerHealthRoutes(app, services);
  registerAuthRoutes(app, services);
  registerGoogleRoutes(app, services);
  registerMeRoutes(app, services);
  registerSyncRoutes(app, services);
  registerLeaderboardRoutes(app, services);

  // Expired OAuth states, sign-in codes, reset codes and long-dead refresh tokens are swept now
  // and then; every instance does it, which is harmless (a delete of what is already gone).
  let sweeper: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    sweeper = setInterval(() => {
      background.run('sweep-expired', async () => {
        const swept = await deleteExpired(db, clock());
        app.log.debug({ swept }, 'expired rows removed');
      });
    }, SWEEP_INTERVAL_MS);
    sweeper.unref();
  });

  // Mail queued by the last requests is sent before the process lets go of its connections.
  app.addHook('onClose', async () => {
    if (sweeper) clearInterval(sweeper);
    await Promise.all([background.drain(), services.leaderboard.settled()]);
  });

  return app;
}
