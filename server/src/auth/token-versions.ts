import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import { tokenVersionOf } from '../db/queries/users';
import type { Database } from '../db/schema';

const CACHE_SIZE = 10_000;

export interface TokenVersions {
  /** The user's current token version, or null when the account no longer exists. */
  current(userId: string): Promise<number | null>;
  /** Drops the cached version after this instance raised it, so its own next request sees it at once. */
  forget(userId: string): void;
}

/**
 * Versions are read from the database at most once per `cacheMs` per user and instance: a signed-out
 * access token stops working at once on the instance that signed it out, and within `cacheMs` on
 * the others, for one primary-key read per active user every few seconds.
 */
export function createTokenVersions(db: Kysely<Database>, clock: Clock, cacheMs: number): TokenVersions {
  const cache = new Map<string, { version: number | null; readAt: number }>();
  return {
    current: async (userId) => {
      const now = clock().getTime();
      const known = cache.get(userId);
      if (known && now - known.readAt < cacheMs) return known.version;
      const version = await tokenVersionOf(db, userId);
      cache.delete(userId);
      if (cache.size >= CACHE_SIZE) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(userId, { version, readAt: now });
      return version;
    },
    forget: (userId) => {
      cache.delete(userId);
    },
  };
}
