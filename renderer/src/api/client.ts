import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/result';
import { bridge } from './bridge';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Calls a channel; resolves with its value or rejects with an ApiError carrying the code. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await bridge.invoke(channel, input);
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
