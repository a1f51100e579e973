import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { EventName } from './event-names';
import type { EventPayload } from './events';
import type { Result } from './result';

/** What the preload exposes as `window.intervyou`, and what the HTTP transport imitates. */
export interface IntervyouBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Electron IPC channel names; nothing else crosses the preload. */
export const IPC_INVOKE = 'intervyou:invoke';
export const IPC_EVENT = 'intervyou:event';
