import type { z } from 'zod';

export interface ServiceRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path on the account service, e.g. "/v1/sync/attempts". */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Per-request timeout; the client has a default. */
  timeoutMs?: number;
  /** Ends the request early (a cancelled sign-in); the caller says what that means. */
  signal?: AbortSignal;
}

/**
 * The signed-in session as other main-process modules use it (the sync engine, the leaderboard).
 * Implemented by the account client (electron/main/account); tokens never leave it.
 */
export interface AccountSession {
  /** True when a refresh token is held (the access token may still need refreshing). */
  isSignedIn(): boolean;
  /** The account service's base URL in use, or null when none is configured. */
  serverUrl(): string | null;
  /**
   * Sends a request with the access token (refreshing first when it is missing or expired), and
   * on a 401 refreshes once and retries once. The reply is checked with `reply`; a 204 gives
   * undefined. Throws ServiceError (service-error.ts): a refused refresh signs the user out and
   * throws kind 'signed-out'.
   */
  authorized<T>(request: ServiceRequest, reply: z.ZodType<T>): Promise<T>;
  /** The same without a token (health, anonymous leaderboard). */
  anonymous<T>(request: ServiceRequest, reply: z.ZodType<T>): Promise<T>;
  /** Called on sign-in, sign-out (incl. a revoked session) and user changes. */
  onChange(listener: () => void): () => void;
}
