import type { Channel, ChannelOutput, ChannelParsedInput } from '../../../shared/ipc/contract';

export interface HandlerContext {
  /** The origin the request came from, already checked against the trusted list. */
  origin: string;
}

export type Handler<C extends Channel> = (
  input: ChannelParsedInput<C>,
  context: HandlerContext,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

export type Handlers<K extends Channel> = { [C in K]: Handler<C> };
export type HandlerMap = Handlers<Channel>;
