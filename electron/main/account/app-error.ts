import { AppError, type ErrorCode } from '../../../shared/ipc/result';
import { isServiceError, type ServiceErrorKind } from './service-error';

const CODES: Record<ServiceErrorKind, ErrorCode> = {
  rejected: 'BAD_INPUT',
  'signed-out': 'FORBIDDEN',
  offline: 'UNAVAILABLE',
  server: 'UNAVAILABLE',
  'bad-reply': 'UNAVAILABLE',
  'no-server': 'UNAVAILABLE',
};

/** Runs an account call for a handler: a ServiceError becomes an AppError with the same message. */
export async function asAppError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isServiceError(error)) throw new AppError(CODES[error.kind], error.message);
    throw error;
  }
}
