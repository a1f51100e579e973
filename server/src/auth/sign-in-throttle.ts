import type { Redis } from 'ioredis';
import type { Clock } from '../clock';
import { sha256Hex } from './secrets';

export interface SignInThrottleOptions {
  /** Wrong passwords a client may send for one account before it has to wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Failed password sign-ins counted per (account, client IP). A client that keeps guessing waits
 * longer and longer before its next try for that account is even checked; the account itself is
 * never locked, so nobody can keep its owner out by failing on purpose from elsewhere.
 */
export interface SignInThrottle {
  /** Milliseconds this client must still wait before trying this account again; 0 when it may. */
  waitMs(email: string, ip: string): Promise<number>;
  failed(email: string, ip: string): Promise<void>;
  /** A correct password from the client clears its record for the account. */
  succeeded(email: string, ip: string): Promise<void>;
}

interface State {
  failures: number;
  lockedUntil: number;
}

interface Store {
  read(key: string): Promise<State | null>;
  write(key: string, state: State, ttlMs: number): Promise<void>;
  remove(key: string): Promise<void>;
}

const MEMORY_ENTRIES = 100_000;

function memoryStore(clock: Clock): Store {
  const entries = new Map<string, State & { expires: number }>();
  return {
    read: async (key) => {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.expires <= clock().getTime()) {
        entries.delete(key);
        return null;
      }
      return entry;
    },
    write: async (key, state, ttlMs) => {
      entries.delete(key);
      if (entries.size >= MEMORY_ENTRIES) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { ...state, expires: clock().getTime() + ttlMs });
    },
    remove: async (key) => {
      entries.delete(key);
    },
  };
}

/** Shared by every instance, so spreading guesses over the load balancer does not reset the count. */
function redisStore(redis: Redis, prefix: string): Store {
  const full = (key: string) => `${prefix}sign-in-failures:${key}`;
  return {
    read: async (key) => {
      const [failures, lockedUntil] = await redis.hmget(full(key), 'failures', 'lockedUntil');
      if (failures === null || failures === undefined) return null;
      return { failures: Number(failures), lockedUntil: Number(lockedUntil ?? 0) };
    },
    write: async (key, state, ttlMs) => {
      await redis
        .multi()
        .hset(full(key), { failures: state.failures, lockedUntil: state.lockedUntil })
        .pexpire(full(key), ttlMs)
        .exec();
    },
    remove: async (key) => {
      await redis.del(full(key));
    },
  };
}

export function createSignInThrottle(
  options: SignInThrottleOptions,
  redis: Redis | null,
  redisPrefix: string,
  clock: Clock,
  /** An unreachable Redis must not stop sign-ins; like the rate limits, the throttle then fails open. */
  onStoreError: (error: unknown) => void,
): SignInThrottle {
  const store = redis ? redisStore(redis, redisPrefix) : memoryStore(clock);
  // Hashed so Redis (or a heap dump) holds neither email addresses nor client addresses.
  const keyOf = (email: string, ip: string) => sha256Hex(`${email.toLowerCase()}\n${ip}`).slice(0, 40);
  // A record outlives the longest wait, so a client cannot start over by pausing at the cap.
  const ttlMs = Math.max(2 * options.maxDelayMs, 60 * 60_000);

  const delayAfter = (failures: number) => {
    const over = failures - options.freeFailures;
    if (over <= 0) return 0;
    return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(over - 1, 30));
  };

  const guarded = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      onStoreError(error);
      return fallback;
    }
  };

  return {
    waitMs: (email, ip) =>
      guarded(async () => {
        const state = await store.read(keyOf(email, ip));
        return state ? Math.max(0, state.lockedUntil - clock().getTime()) : 0;
      }, 0),
    failed: (email, ip) =>
      guarded(async () => {
        const key = keyOf(email, ip);
        const failures = ((await store.read(key))?.failures ?? 0) + 1;
        const delay = delayAfter(failures);
        await store.write(key, { failures, lockedUntil: delay ? clock().getTime() + delay : 0 }, ttlMs);
      }, undefined),
    succeeded: (email, ip) => guarded(() => store.remove(keyOf(email, ip)), undefined),
  };
}
