import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { createDispatcher } from '../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../electron/main/ipc/registry';
import type { Platform } from '../../electron/main/platform/platform';
import type { MainServices } from '../../electron/main/services';

const ORIGIN = 'app://intervyou';

/** Calls channels the way the renderer does: through the dispatcher (zod in and out, errors as results). */
export function invoker(services: MainServices, platform?: Platform) {
  const dispatcher = createDispatcher({
    contract,
    handlers: createHandlers(services, platform),
    trustedOrigins: [ORIGIN],
  });
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> =>
    (await dispatcher.dispatch(channel, input, { origin: ORIGIN })) as Result<ChannelOutput<C>>;
}

/** The value of a call that must succeed; the error's message otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
