import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

/** A query runs on the database or inside a caller's transaction alike. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** PostgreSQL's unique_violation, raised the same way by pg and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
