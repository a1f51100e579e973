import type { ChannelDef } from '../../../shared/ipc/channel';
import { AppError, fail, ok, type Result } from '../../../shared/ipc/result';
import { zodMessage } from '../../../shared/ipc/zod-message';

export interface Sender {
  /** Origin of the calling frame (e.g. "app://intervyou"), or null when it cannot be known. */
  origin: string | null;
}

type AnyHandler = (input: unknown, context: { origin: string }) => unknown;

export interface DispatcherOptions {
  contract: Record<string, ChannelDef>;
  handlers: Record<string, unknown>;
  trustedOrigins: readonly string[];
  /** Called for unexpected errors (bugs), never for AppErrors or bad input. */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

export interface Dispatcher {
  readonly channels: readonly string[];
  dispatch(channel: string, rawInput: unknown, sender: Sender): Promise<Result<unknown>>;
}

/** Start-up check: every channel of the contract has exactly one handler and vice versa. */
export function assertHandlersMatchContract(
  contract: Record<string, unknown>,
  handlers: Record<string, unknown>,
): void {
  const missing = Object.keys(contract).filter((name) => typeof handlers[name] !== 'function');
  const extra = Object.keys(handlers).filter((name) => !Object.hasOwn(contract, name));
  if (missing.length || extra.length) {
    const parts = [
      missing.length ? `channels without a handler: ${missing.join(', ')}` : '',
      extra.length ? `handlers without a channel: ${extra.join(', ')}` : '',
    ].filter(Boolean);
    throw new Error(`IPC registration failed — ${parts.join('; ')}`);
  }
}

/**
 * The one handle() wrapper every request goes through, whatever the transport: sender check,
 * zod-parsed input, the handler, a zod-checked output, and a Result instead of a thrown error.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { contract, handlers, trustedOrigins } = options;
  assertHandlersMatchContract(contract, handlers);
  const trusted = new Set(trustedOrigins);

  return {
    channels: Object.keys(contract),
    async dispatch(channel, rawInput, sender) {
      if (!Object.hasOwn(contract, channel)) {
        return fail('UNKNOWN_CHANNEL', `Unknown channel "${String(channel).slice(0, 80)}"`);
      }
      const def = contract[channel] as ChannelDef;
      const handler = handlers[channel] as AnyHandler;
      if (sender.origin === null || !trusted.has(sender.origin)) {
        return fail('FORBIDDEN', `Requests from ${sender.origin ?? 'an unknown origin'} are not allowed`);
      }
      const input = def.input.safeParse(rawInput ?? {});
      if (!input.success) return fail('BAD_INPUT', zodMessage(input.error));
      try {
        const value = await handler(input.data, { origin: sender.origin });
        const output = def.output.safeParse(value);
        if (!output.success) {
          options.onUnexpectedError?.(
            channel,
            new Error(`Output of ${channel} broke the contract: ${zodMessage(output.error)}`),
          );
          return fail('INTERNAL', `Something went wrong in ${channel}`);
        }
        return ok(output.data);
      } catch (error) {
        if (error instanceof AppError) return fail(error.code, error.message);
        options.onUnexpectedError?.(channel, error);
        return fail('INTERNAL', `Something went wrong in ${channel}`);
      }
    },
  };
}
