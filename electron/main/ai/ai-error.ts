import type { AiFailure } from '../../../shared/ai/ai-failure';
import { AppError } from '../../../shared/ipc/result';

/** A failed model call. `retryAfterMs` is the server's Retry-After, when it sent one. */
export class AiError extends Error {
  constructor(
    readonly failure: AiFailure,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'AiError';
  }

  /** Worth asking again after a pause: the server was busy or failed, not the request. */
  get retryable(): boolean {
    return this.failure === 'rate-limited' || this.failure === 'server-error';
  }
}

/** For the IPC boundary: an AppError the renderer shows as is. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof AiError)) return error;
  if (error.failure === 'not-configured') return new AppError('UNAVAILABLE', error.message);
  if (error.failure === 'cancelled') return new AppError('CONFLICT', error.message);
  return new AppError('UNAVAILABLE', error.message);
}
