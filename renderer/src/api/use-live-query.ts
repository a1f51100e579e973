import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import type { EventName } from '../../../shared/ipc/event-names';
import type { EventPayload } from '../../../shared/ipc/events';
import { bridge } from './bridge';
import { call, errorMessage } from './client';
import type { QueryState } from './use-query';

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
 * loaded through the channel at first and when the window regains focus, then replaced by each
 * event. A load answered after an event is older than it (the reply and the event travel apart),
 * so it is dropped.
 */
export function useLiveQuery<N extends LiveName>(name: N): LiveQueryState<ChannelOutput<N>> {
  const [data, setData] = useState<ChannelOutput<N>>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const changes = useRef(0);

  const set = useCallback((value: ChannelOutput<N>) => {
    changes.current += 1;
    setData(value);
  }, []);

  const reload = useCallback(() => {
    const seen = changes.current;
    setLoading(true);
    call(name, {} as ChannelInput<N>)
      .then((value) => {
        if (changes.current !== seen) return;
        setData(value);
        setError(undefined);
      })
      .catch((err: unknown) => {
        if (changes.current === seen) setError(errorMessage(err));
      })
      .finally(() => setLoading(false));
  }, [name]);

  useEffect(() => {
    reload();
    // LiveName guarantees the event's payload is the channel's output.
    const off = bridge.on(name, (payload) => {
      set(payload as ChannelOutput<N>);
      setError(undefined);
    });
    const onFocus = (): void => reload();
    window.addEventListener('focus', onFocus);
    return () => {
      off();
      window.removeEventListener('focus', onFocus);
    };
  }, [name, reload, set]);

  return { data, error, loading, reload, set };
}
