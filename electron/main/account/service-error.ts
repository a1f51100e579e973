/**
 * Why a request to the account service failed, in the terms the sync engine and the screens act on:
 * - offline: no connection, DNS, refused, reset, or the timeout passed (retry with backoff);
 * - server: a 5xx or 429 (retry with backoff; `retryAfterMs` from Retry-After when given);
 * - bad-reply: the reply was not the JSON we expect (HTML from a proxy, garbage, too large);
 * - rejected: a 4xx the user must act on (wrong password, invalid code…); `code` is the service's;
 * - signed-out: nobody is signed in, or the session was revoked (the refresh token was refused);
 * - no-server: no account service is configured.
 */
export type ServiceErrorKind = 'offline' | 'server' | 'bad-reply' | 'rejected' | 'signed-out' | 'no-server';

export class ServiceError extends Error {
  readonly kind: ServiceErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly retryAfterMs: number | null;

  constructor(
    kind: ServiceErrorKind,
    message: string,
    details: { status?: number; code?: string; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ServiceError';
    this.kind = kind;
    this.status = details.status ?? null;
    this.code = details.code ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof ServiceError;
}
