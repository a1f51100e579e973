import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { bridge } from './bridge';
import { call, errorMessage } from './client';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Loads a channel's value, and reloads it when main says local data changed or the window
 * regains focus (another process — the CLI, a test — may have written to the database).
 */
export function useQuery<C extends Channel>(channel: C, input: ChannelInput<C>): QueryState<ChannelOutput<C>> {
  const [data, setData] = useState<ChannelOutput<C>>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(input);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    call(channel, JSON.parse(key) as ChannelInput<C>)
      .then((value) => {
        if (mine !== generation.current) return;
        setData(value);
        setError(undefined);
      })
      .catch((err: unknown) => {
        if (mine === generation.current) setError(errorMessage(err));
      })
      .finally(() => {
        if (mine === generation.current) setLoading(false);
      });
  }, [channel, key]);

  useEffect(() => {
    reload();
    const off = bridge.on('data:changed', () => reload());
    const onFocus = (): void => reload();
    window.addEventListener('focus', onFocus);
    return () => {
      off();
      window.removeEventListener('focus', onFocus);
    };
  }, [reload]);

  return { data, error, loading, reload };
}
