import { useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/event-names';
import type { EventPayload } from '../../../shared/ipc/events';
import { bridge } from './bridge';
import { useQuery, type QueryState } from './use-query';

/** Names that are both a channel (take no input) and an event carrying the same value. */
type LiveName = {
  [N in Channel & EventName]: EventPayload<N> extends ChannelOutput<N> ? N : never;
}[Channel & EventName];

export interface LiveQueryState<T> extends QueryState<T> {
  /** Shows a value a call just returned, before main's event about it arrives. */
  set(value: T): void;
}

/**
 * A status kept current by the event main pushes whenever it changes (account, sync, updates):
 * loaded once through the channel, then replaced by each event. A fresh load wins over older pushes.
 */
export function useLiveQuery<N extends LiveName>(name: N): LiveQueryState<ChannelOutput<N>> {
  const query = useQuery(name, {} as ChannelInput<N>);
  const [pushed, setPushed] = useState<ChannelOutput<N>>();
  useEffect(() => setPushed(undefined), [query.data]);
  // LiveName guarantees the event's payload is the channel's output.
  useEffect(() => bridge.on(name, (payload) => setPushed(payload as ChannelOutput<N>)), [name]);
  return { ...query, data: pushed ?? query.data, set: setPushed };
}
