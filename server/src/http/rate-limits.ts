import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { RateLimits } from '../config';
import { sha256Hex } from '../auth/secrets';
import { ApiError } from './errors';

const MINUTE = 60_000;

export interface Limiters {
  /** Per client IP over the sign-in, token and reset endpoints together. */
  authByIp(request: FastifyRequest): Promise<void>;
  /**
   * Per email address: reset and registration code confirmations. Password sign-ins are not limited per email (that
   * would let anyone lock an owner out); SignInThrottle slows the failing client instead.
   */
  codeConfirmByEmail(email: string, request: FastifyRequest): Promise<void>;
  /** Per email address: reset and registration emails sent. */
  codeMailByEmail(email: string, request: FastifyRequest): Promise<void>;
  syncByUser(userId: string, request: FastifyRequest): Promise<void>;
}

type Check = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * @fastify/rate-limit with its Redis store when Redis is configured, so every instance behind the
 * load balancer counts against the same totals; its in-memory store otherwise. The global per-IP
 * limit runs as the plugin's hook; the keyed limits below are called from handlers once the key
 * (an email from the body, a user from the token) is known.
 */
export async function installRateLimits(
  app: FastifyInstance,
  limits: RateLimits,
  redis: Redis | null,
  keyPrefix: string,
): Promise<Limiters> {
  await app.register(rateLimit, {
    global: true,
    max: limits.globalPerMinute,
    timeWindow: MINUTE,
    ...(redis ? { redis, nameSpace: `${keyPrefix}rl:` } : {}),
    // An unreachable Redis must not take the service down; the per-route limits then fail open too.
    skipOnError: true,
    keyGenerator: (request) => `ip:${request.ip}`,
  });

  // Keys are hashed so Redis holds no email addresses.
  const emailKey = (email: string) => sha256Hex(email.toLowerCase()).slice(0, 32);

  const make = (name: string, max: number, timeWindow: number, key: (request: FastifyRequest) => string): Check =>
    app.createRateLimit({ max, timeWindow, keyGenerator: (request) => `${name}:${key(request)}` });

  const enforce = async (check: Check, request: FastifyRequest) => {
    const result = await check(request);
    if (!result.isAllowed && result.isExceeded) {
      throw new ApiError(
        429,
        'rate_limited',
        `Too many attempts. Try again in ${Math.max(1, result.ttlInSeconds)} seconds.`,
      );
    }
  };

  // The email (or user) is carried on the request for the key generator; a WeakMap keeps it off the request type.
  const subjects = new WeakMap<FastifyRequest, string>();
  const subjectOf = (request: FastifyRequest) => subjects.get(request) ?? '';

  const authIp = make('auth-ip', limits.authPerMinute, MINUTE, (r) => r.ip);
  const resetConfirm = make('reset-confirm-email', limits.emailPer15Minutes, 15 * MINUTE, subjectOf);
  const resetRequest = make('reset-email', limits.resetRequestsPerHour, 60 * MINUTE, subjectOf);
  const sync = make('sync-user', limits.syncPerMinute, MINUTE, subjectOf);

  const keyed = (check: Check) => async (subject: string, request: FastifyRequest) => {
    subjects.set(request, subject);
    await enforce(check, request);
  };

  return {
    authByIp: (request) => enforce(authIp, request),
    codeConfirmByEmail: (email, request) => keyed(resetConfirm)(emailKey(email), request),
    codeMailByEmail: (email, request) => keyed(resetRequest)(emailKey(email), request),
    syncByUser: keyed(sync),
  };
}
